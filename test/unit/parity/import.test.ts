import 'fake-indexeddb/auto';
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createInspection } from '../../../shared/workbook';
import { readImportCall } from '../../../shared/tasks';
import type { WorkbookDb } from '../../../renderer/src/db/db';
import { openTestDb } from '../renderer/db/test-db';
import { storedFilesToReadWith, storeImportCall } from '../../../renderer/src/db/import-call';
import { listImports, problemsOf } from '../../../renderer/src/db/imports-repository';
import { runCommand } from '../../../renderer/src/db/workbook-repository';
import { json, newWorkbook, runProcess, workDir } from '../electron/cli/helpers';

const fixtures = path.resolve(import.meta.dirname, '../../fixtures/ssda903');

let db: WorkbookDb | undefined;
afterEach(async () => {
  await db?.delete();
  db = undefined;
});

type Counts = { readonly error: number; readonly warning: number; readonly info: number };

/** A new inspection in a fresh app store (kept in `db` for clean-up). */
async function appInspection(
  name: string,
): Promise<{ readonly store: WorkbookDb; readonly inspectionId: string }> {
  const store = openTestDb(`${name}-${Math.random().toString(36).slice(2)}`);
  db = store;
  const created = await runCommand(store, null, 'Lead', (context) =>
    createInspection(context, {
      kind: 'ilacs-standard',
      council: { name: 'Northmoor', laCode: '899' },
      onSite: { start: '2026-10-05', end: '2026-10-05' },
      team: [{ name: 'Lead', role: 'lead' }],
    }),
  );
  if (!created.ok) throw new Error(created.error.message);
  return { store, inspectionId: created.data };
}

/** The app's path for one import call: stored files read with, the worker's read, one transaction. */
async function appImport(
  store: WorkbookDb,
  inspectionId: string,
  names: readonly string[],
  as: readonly string[] = names,
): Promise<readonly string[]> {
  const files = await Promise.all(
    names.map(async (name, at) => ({
      name: as[at] ?? name,
      bytes: new Uint8Array(await readFile(path.join(fixtures, name))),
    })),
  );
  const stored = await storedFilesToReadWith(store, inspectionId, 'council', files);
  const parsed = readImportCall(files, stored);
  const saved = await storeImportCall(
    store,
    inspectionId,
    'council',
    'Lead',
    parsed.map((file, index) => ({
      parsed: file,
      sha256: createHash('sha256')
        .update(files[index]?.bytes ?? new Uint8Array())
        .digest('hex'),
      bytes: files[index]?.bytes ?? new Uint8Array(),
    })),
  );
  if (!saved.ok) throw new Error(saved.error.message);
  return saved.data.replaced;
}

function countsOf(value: unknown): Counts[] {
  const files: unknown = Reflect.get(Object(value), 'files');
  if (!Array.isArray(files)) throw new Error('no files in the import output');
  return files.map((file: unknown) => {
    const problems: unknown = Reflect.get(Object(file), 'problems');
    return {
      error: Number(Reflect.get(Object(problems), 'error')),
      warning: Number(Reflect.get(Object(problems), 'warning')),
      info: Number(Reflect.get(Object(problems), 'info')),
    };
  });
}

describe('import: the command and the app read an owner’s files alike', () => {
  it('a return imported one table at a time is checked against the tables already stored', async () => {
    // The command, as a child process: the Header first, then the Episodes on their own.
    const dir = await workDir();
    const file = await newWorkbook(dir, 'parity');
    const header = await runProcess(['import', file, path.join(fixtures, 'header.csv'), '--json']);
    expect(header.code).toBe(0);
    const episodes = await runProcess([
      'import',
      file,
      path.join(fixtures, 'episodes.csv'),
      '--json',
    ]);
    const [cliCounts] = countsOf(json(episodes));

    // The app's path, on a Dexie store, with the same two calls.
    const { store, inspectionId } = await appInspection('parity');
    await appImport(store, inspectionId, ['header.csv']);
    await appImport(store, inspectionId, ['episodes.csv']);
    const imports = await listImports(store, inspectionId);
    const stored = imports.find((record) => record.fileName === 'episodes.csv');
    expect(stored?.problems).toEqual(cliCounts);
    const problems = await problemsOf(store, stored?.id ?? '');
    // Read alone, the Episodes would say the Header is missing; read with it, never.
    expect(problems.map((p) => p.message).join('\n')).not.toMatch(/No Header table/);
    const alone = readImportCall(
      [
        {
          name: 'episodes.csv',
          bytes: new Uint8Array(await readFile(path.join(fixtures, 'episodes.csv'))),
        },
      ],
      [],
    );
    expect(alone[0]?.problems.some((p) => /No Header table/.test(p.message))).toBe(true);
  });

  it('a 903 table brought again under another name replaces the stored one, rows and all, as the command does', async () => {
    const { store, inspectionId } = await appInspection('replace');
    await appImport(store, inspectionId, ['header.csv', 'episodes.csv']);
    const before = await listImports(store, inspectionId);
    const old = before.find((record) => record.fileName === 'episodes.csv');
    expect(
      await store.rowChunks
        .where('importId')
        .equals(old?.id ?? '')
        .count(),
    ).toBeGreaterThan(0);
    const replaced = await appImport(
      store,
      inspectionId,
      ['episodes.csv'],
      ['episodes-november.csv'],
    );
    expect(replaced).toEqual(['episodes.csv']);
    const after = await listImports(store, inspectionId);
    expect(after.map((record) => record.fileName).sort()).toEqual([
      'episodes-november.csv',
      'header.csv',
    ]);
    expect(
      await store.rowChunks
        .where('importId')
        .equals(old?.id ?? '')
        .count(),
    ).toBe(0);
    const newer = after.find((record) => record.fileName === 'episodes-november.csv');
    expect(newer?.problems).toEqual(old?.problems);
  });
});
