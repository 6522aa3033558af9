import 'fake-indexeddb/auto';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { WorkbookDb } from '../../../renderer/src/db/db';
import { openBundle, readInspectionBundle } from '../../../renderer/src/db/bundle-repository';
import { conflictsFromStore } from '../../../renderer/src/db/conflicts-from-store';
import { loadOperations, loadWorkbook } from '../../../renderer/src/db/workbook-repository';
import { readRecordFiles } from '../../../shared/records/read-files';
import { ok } from '../../../shared/util/result';
import { json, run, runProcess, workDir } from '../electron/cli/helpers';
import { freshStore } from './app-store';

let db: WorkbookDb | undefined;
afterEach(async () => {
  await db?.delete();
  db = undefined;
});

/** The app's conflicts for an inspection, as the data worker finds them (from the store). */
async function appConflicts(store: WorkbookDb, id: string): Promise<unknown> {
  const workbook = await loadWorkbook(store, id);
  if (!workbook.ok) throw new Error(workbook.error.message);
  const imports = await store.imports.where('inspectionId').equals(id).toArray();
  const writes: Promise<void>[] = [];
  const report = await conflictsFromStore(
    store,
    id,
    workbook.data,
    await loadOperations(store, id),
    imports,
    (write) => writes.push(write),
  );
  await Promise.all(writes);
  // What the command prints is JSON: compared as JSON.
  return JSON.parse(JSON.stringify(report));
}

describe('conflicts: the command and the app find the same', () => {
  it('on the demo, opened as a bundle: from its rows first, then from the indexes kept', async () => {
    const dir = await workDir();
    const file = path.join(dir, 'demo.inspection');
    expect((await run(['demo', '--out', file])).code).toBe(0);
    const cli = json(await runProcess(['conflicts', file, '--json']));
    expect(Reflect.get(Object(cli), 'conflicts')).not.toEqual([]);

    const store = freshStore();
    db = store;
    const bundle = readInspectionBundle(file, new Uint8Array(await readFile(file)));
    if (!bundle.ok) throw new Error(bundle.error.message);
    const opened = await openBundle(store, bundle.data, async (files) =>
      ok(readRecordFiles(files)),
    );
    if (!opened.ok) throw new Error(opened.error.message);
    // A bundle's files come with rows, not indexes: the first check builds and keeps them.
    expect(await store.placementIndexes.count()).toBe(0);
    expect(await appConflicts(store, opened.data)).toEqual(cli);
    expect(await store.placementIndexes.count()).toBeGreaterThan(0);
    const imports = await store.imports.where('inspectionId').equals(opened.data).toArray();
    const counted = imports.filter((record) => record.owner !== 'inspection').map((r) => r.id);
    await store.rowChunks.where('importId').anyOf(counted).delete();
    expect(await appConflicts(store, opened.data)).toEqual(cli);
  }, 240_000);
});
