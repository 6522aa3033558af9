import 'fake-indexeddb/auto';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { WorkbookDb } from '../../../renderer/src/db/db';
import { openBundle, readInspectionBundle } from '../../../renderer/src/db/bundle-repository';
import { importIdentity } from '../../../renderer/src/db/identity-store';
import { loadOperations, runCommand } from '../../../renderer/src/db/workbook-repository';
import { readRecordFiles } from '../../../shared/records/read-files';
import { ok } from '../../../shared/util/result';
import { setGrade, verifyLogFully } from '../../../shared/workbook';
import { json, newWorkbook, run, workDir } from '../electron/cli/helpers';
import { freshStore } from './app-store';

/*
 * One signed write made by the command and by the app, in a workbook whose
 * lead signed the roster: both act as the roster member whose key they
 * hold, and both write changes that every signature check accepts.
 */

let db: WorkbookDb | undefined;
afterEach(async () => {
  await db?.delete();
  db = undefined;
});

async function keyFile(dir: string, name: string): Promise<string> {
  const file = path.join(dir, `${name}.key`);
  expect((await run(['keys', 'new', '--out', file])).code).toBe(0);
  return file;
}

describe('a signed write: the command and the app alike', () => {
  it('sign with the key on the roster, as its member, and refuse a key not on it', async () => {
    const dir = await workDir();
    const file = await newWorkbook(dir, 'signed');
    const lead = await keyFile(dir, 'lead');
    expect((await run(['team', 'sign', file, '--identity', lead, '--as', 'Lead'])).code).toBe(0);

    // The app, holding the lead's identity, opens the signed workbook and grades.
    const bundle = readInspectionBundle('signed.inspection', new Uint8Array(await readFile(file)));
    if (!bundle.ok) throw new Error(bundle.error.message);
    db = freshStore();
    const imported = await importIdentity(db, new Uint8Array(await readFile(lead)), undefined);
    expect(imported.ok).toBe(true);
    const opened = await openBundle(db, bundle.data, async (files) => ok(readRecordFiles(files)));
    if (!opened.ok) throw new Error(opened.error.message);
    // The name typed in Settings does not matter: the key says who acts.
    const graded = await runCommand(db, opened.data, 'Typed Name', (c) =>
      setGrade(c, { area: 'leaders', grade: 'good', rationale: 'Sound' }),
    );
    expect(graded).toMatchObject({ ok: true });
    const appLog = await loadOperations(db, opened.data);

    // The command grades the same way in the file.
    const cli = await run([
      'grade',
      file,
      '--area',
      'leaders',
      '--grade',
      'good',
      '--rationale',
      'Sound',
      '--identity',
      lead,
    ]);
    expect(cli.code, cli.stderr).toBe(0);
    const cliLog = readInspectionBundle('signed.inspection', new Uint8Array(await readFile(file)));
    if (!cliLog.ok) throw new Error(cliLog.error.message);

    for (const log of [appLog, cliLog.data.operations]) {
      const grades = log.filter((op) => op.entity === 'judgement');
      expect(grades.length).toBeGreaterThan(0);
      expect(grades.every((op) => op.author === 'Lead' && op.sig !== undefined)).toBe(true);
      const checked = await verifyLogFully(log);
      expect(checked.problems).toEqual([]);
      expect(grades.every((op) => checked.verified.has(op))).toBe(true);
    }

    // A key not on the roster: both refuse with the same words.
    const stranger = await keyFile(dir, 'stranger');
    await importIdentity(db, new Uint8Array(await readFile(stranger)), undefined);
    const appRefused = await runCommand(db, opened.data, 'Lead', (c) =>
      setGrade(c, { area: 'leaders', grade: 'outstanding', rationale: 'Mine' }),
    );
    const cliRefused = await run([
      'grade',
      file,
      '--area',
      'leaders',
      '--grade',
      'outstanding',
      '--rationale',
      'Mine',
      '--identity',
      stranger,
    ]);
    expect(appRefused.ok).toBe(false);
    if (appRefused.ok) return;
    expect(appRefused.error.message).toMatch(/is not on this workbook's team roster/);
    // (The command also notes, on its own line, that this workbook is not encrypted.)
    expect(cliRefused.stderr.trim().split('\n').at(-1)).toBe(
      `workbook: ${file}: ${appRefused.error.message}`,
    );
    expect(json(await run(['log', file, '--json']))).toMatchObject({ signed: true });
  });
});
