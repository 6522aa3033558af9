import 'fake-indexeddb/auto';
import { copyFile, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { z } from 'zod';
import type { WorkbookDb } from '../../../renderer/src/db/db';
import {
  mergeBundle,
  openBundle,
  readInspectionBundle,
} from '../../../renderer/src/db/bundle-repository';
import { loadWorkbook } from '../../../renderer/src/db/workbook-repository';
import { judge } from '../../../shared/domain';
import { readRecordFiles } from '../../../shared/records/read-files';
import { ok } from '../../../shared/util/result';
import { json, newWorkbook, run, runProcess, workDir } from '../electron/cli/helpers';
import { freshStore } from './app-store';

/** Sets the headline summary in one copy, as one inspector. */
function set(file: string, text: string, as: string) {
  return run(['summary', 'set', file, '--text', text, '--as', as]);
}

let db: WorkbookDb | undefined;
afterEach(async () => {
  await db?.delete();
  db = undefined;
});

const parse = async (files: readonly { name: string; bytes: Uint8Array }[]) =>
  ok(readRecordFiles(files));

/** The app's path for a file chosen in "Open a bundle": read, checked, stored. */
async function appOpen(store: WorkbookDb, file: string) {
  const bundle = readInspectionBundle(file, new Uint8Array(await readFile(file)));
  if (!bundle.ok) return bundle;
  return openBundle(store, bundle.data, parse);
}

/** What both sides report of a clash: where, and the two values. */
const clashesSchema = z.array(
  z.object({
    entity: z.string(),
    id: z.string(),
    field: z.string(),
    kept: z.object({ value: z.unknown(), author: z.string() }),
    other: z.object({ value: z.unknown(), author: z.string() }),
  }),
);

describe('open a bundle: the command and the app read and refuse a file alike', () => {
  it('a file that is not a bundle is refused by both with the same words', async () => {
    const dir = await workDir();
    const file = path.join(dir, 'notes.inspection');
    await writeFile(file, 'these are meeting notes, not a bundle');
    const cli = await runProcess(['judge', file]);
    expect(cli.code).not.toBe(0);
    db = freshStore();
    const app = await appOpen(db, file);
    expect(app.ok).toBe(false);
    if (app.ok) return;
    expect(app.error.message).toContain(file);
    expect(cli.stderr.trim()).toBe(`workbook: ${app.error.message}`);
    expect(await db.inspections.count()).toBe(0);
  });

  it('a bundle opens to the same workbook in both', async () => {
    const dir = await workDir();
    const file = await newWorkbook(dir, 'open');
    expect((await run(['summary', 'set', file, '--text', 'Services are good.'])).code).toBe(0);
    const cli = json(await runProcess(['judge', file, '--json']));
    db = freshStore();
    const opened = await appOpen(db, file);
    if (!opened.ok) throw new Error(opened.error.message);
    const workbook = await loadWorkbook(db, opened.data);
    if (!workbook.ok) throw new Error(workbook.error.message);
    expect(workbook.data.summary).toBe('Services are good.');
    // The combined judgement the command prints is the one the app's workbook gives.
    expect(JSON.parse(JSON.stringify(judge(workbook.data)))).toEqual(cli);
  });
});

describe('merge: the command and the app merge two copies alike', () => {
  it('the same clash is kept the same way, and nothing of either side is lost', async () => {
    const dir = await workDir();
    const base = await newWorkbook(dir, 'base');
    const mine = path.join(dir, 'mine.inspection');
    const theirs = path.join(dir, 'theirs.inspection');
    await copyFile(base, mine);
    await copyFile(base, theirs);
    expect((await set(mine, 'Leaders know their services.', 'Lead')).code).toBe(0);
    expect((await set(theirs, 'Leaders know most services.', 'Ruth')).code).toBe(0);
    const provider = await run(['provider', 'add', theirs, '--name', 'Northmoor Trust', '--json']);
    expect(provider.code).toBe(0);

    const out = path.join(dir, 'merged.inspection');
    const cli = json(await runProcess(['merge', mine, theirs, '--out', out, '--json']));
    const cliClashes = clashesSchema.parse(Reflect.get(Object(cli), 'clashes'));

    db = freshStore();
    const opened = await appOpen(db, mine);
    if (!opened.ok) throw new Error(opened.error.message);
    const theirsBundle = readInspectionBundle(theirs, new Uint8Array(await readFile(theirs)));
    if (!theirsBundle.ok) throw new Error(theirsBundle.error.message);
    const merged = await mergeBundle(db, opened.data, theirsBundle.data, 'Lead', parse);
    if (!merged.ok) throw new Error(merged.error.message);

    expect(cliClashes).toHaveLength(1);
    expect(clashesSchema.parse(merged.data.clashes)).toEqual(cliClashes);
    // Nothing lost: the provider only "theirs" added is in both merged workbooks.
    const app = await loadWorkbook(db, opened.data);
    if (!app.ok) throw new Error(app.error.message);
    expect(app.data.providers.map((p) => p.name)).toEqual(['Northmoor Trust']);
    const cliProviders = json(await runProcess(['provider', 'list', out, '--json']));
    expect(JSON.stringify(cliProviders)).toContain('Northmoor Trust');
    expect(app.data.summary).toBe(cliClashes[0]?.kept.value);
  });

  it('two different inspections are refused by both with the same words', async () => {
    const dir = await workDir();
    const a = await newWorkbook(dir, 'a');
    const b = await newWorkbook(dir, 'b');
    const cli = await runProcess(['merge', a, b, '--out', path.join(dir, 'c.inspection')]);
    expect(cli.code).not.toBe(0);
    db = freshStore();
    const opened = await appOpen(db, a);
    if (!opened.ok) throw new Error(opened.error.message);
    const other = readInspectionBundle(b, new Uint8Array(await readFile(b)));
    if (!other.ok) throw new Error(other.error.message);
    const app = await mergeBundle(db, opened.data, other.data, 'Lead', parse);
    expect(app.ok).toBe(false);
    if (app.ok) return;
    expect(app.error.message).toMatch(/different inspections/);
    expect(cli.stderr.trim()).toBe(`workbook: ${a} + ${b}: ${app.error.message}`);
  });
});
