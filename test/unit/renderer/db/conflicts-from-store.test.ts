import 'fake-indexeddb/auto';
import { createHash } from 'node:crypto';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { Operation } from '../../../../shared/bundle';
import { buildDemo, demoProviders, generateDemoRecords } from '../../../../shared/demo';
import type { Workbook } from '../../../../shared/domain';
import type { InputFile } from '../../../../shared/records/read-files';
import { readImportCall } from '../../../../shared/tasks';
import {
  keptIndexesOf,
  runConflicts,
  workbookFromOperations,
  type LinkChange,
} from '../../../../shared/workbook';
import { conflictsFromStore } from '../../../../renderer/src/db/conflicts-from-store';
import type { WorkbookDb } from '../../../../renderer/src/db/db';
import { openTestDb } from './test-db';
import { storeImportCall } from '../../../../renderer/src/db/import-call';
import { storedRecords } from '../../../../renderer/src/db/stored-records';
import { loadOperations, storeLog } from '../../../../renderer/src/db/workbook-repository';

let db: WorkbookDb | undefined;
afterEach(async () => {
  await db?.delete();
  db = undefined;
});

let counter = 0;
const ids = {
  newId: (prefix: string) => `${prefix}-${(counter += 1)}`,
  now: () => new Date(Date.UTC(2026, 9, 16, 9, 0, counter)).toISOString(),
};

const demoLog: Operation[] = [];
let demoFiles: ReturnType<typeof generateDemoRecords> | undefined;
beforeAll(() => {
  demoLog.push(...buildDemo('ilacs-2026', ids));
  demoFiles = generateDemoRecords({ year: 2025 });
}, 120_000);

function sha256(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

/**
 * The demo inspection with its records imported as the app imports files a
 * person chooses: each owner's files read together, stored in one
 * transaction with what the import worker keeps beside them.
 */
async function importedDemo(): Promise<{ store: WorkbookDb; id: string; workbook: Workbook }> {
  const store = openTestDb(`test-${Math.random().toString(36).slice(2)}`);
  db = store;
  const stored = await storeLog(store, demoLog);
  if (!stored.ok) throw new Error(stored.error.message);
  const before = workbookFromOperations(demoLog);
  if (!before.ok || demoFiles === undefined) throw new Error('no demo');
  const providerId = (key: string) =>
    before.data.providers.find((p) => p.name === demoProviders.find((d) => d.key === key)?.name)
      ?.id ?? key;
  const groups: readonly [string, readonly InputFile[]][] = [
    ['council', [...demoFiles.council, demoFiles.cin.council]],
    [providerId('trust'), [...demoFiles.providers.trust, demoFiles.cin.trust]],
    [providerId('swp'), [...demoFiles.providers.swp, demoFiles.cin.swp]],
    ['council', demoFiles.inspection],
  ];
  for (const [owner, files] of groups) {
    const parsed = readImportCall(files, []);
    const saved = await storeImportCall(
      store,
      stored.data,
      owner,
      'Lead',
      parsed.map((file, at) => {
        const bytes = files[at]?.bytes ?? new Uint8Array();
        return { parsed: file, sha256: sha256(bytes), bytes, ...keptIndexesOf(file) };
      }),
    );
    if (!saved.ok) throw new Error(saved.error.message);
  }
  const workbook = workbookFromOperations(await loadOperations(store, stored.data));
  if (!workbook.ok) throw new Error(workbook.error.message);
  return { store, id: stored.data, workbook: workbook.data };
}

/** The conflicts found from the stored rows, as the app found them before the indexes. */
async function fromRows(store: WorkbookDb, id: string, workbook: Workbook, whatIf?: LinkChange) {
  const operations = await loadOperations(store, id);
  return runConflicts(workbook, operations, await storedRecords(store, id), whatIf);
}

async function fromIndexes(store: WorkbookDb, id: string, workbook: Workbook, whatIf?: LinkChange) {
  const writes: Promise<void>[] = [];
  const imports = await store.imports.where('inspectionId').equals(id).toArray();
  const operations = await loadOperations(store, id);
  const report = await conflictsFromStore(
    store,
    id,
    workbook,
    operations,
    imports,
    (write) => writes.push(write),
    whatIf,
  );
  await Promise.all(writes);
  return report;
}

/** Drops the stored rows of every council's and provider's file (the registers' stay). */
async function dropPlacementRows(store: WorkbookDb, id: string): Promise<number> {
  const imports = await store.imports.where('inspectionId').equals(id).toArray();
  const counted = imports.filter((record) => record.owner !== 'inspection').map((r) => r.id);
  return store.rowChunks.where('importId').anyOf(counted).delete();
}

describe('the conflicts from the store', () => {
  it('are found from the placements kept at import, without reading a council or provider row', async () => {
    const { store, id, workbook } = await importedDemo();
    const expected = await fromRows(store, id, workbook);
    expect(expected.conflicts.length).toBeGreaterThan(0);
    expect(expected.leads.length).toBeGreaterThan(0);
    expect(await store.placementIndexes.count()).toBe(
      (await store.imports.toArray()).filter((record) => record.owner !== 'inspection').length,
    );
    // With those rows gone, only the kept indexes can give the placements.
    expect(await dropPlacementRows(store, id)).toBeGreaterThan(0);
    expect(await fromIndexes(store, id, workbook)).toEqual(expected);
  }, 120_000);

  it('try a link decision ("what would this change?") from the same indexes', async () => {
    const { store, id, workbook } = await importedDemo();
    const lead = (await fromRows(store, id, workbook)).leads[0];
    if (lead === undefined) throw new Error('the demo has no lead');
    const company = lead.chain.map((link) => /\(([A-Z0-9]{8})\)$/.exec(link.to)?.[1]).find(Boolean);
    const whatIf: LinkChange = {
      owner: lead.owner.name,
      company: company ?? '00000000',
      decision: 'confirmed',
    };
    const expected = await fromRows(store, id, workbook, whatIf);
    expect(expected.conflicts.length).toBeGreaterThan(
      (await fromRows(store, id, workbook)).conflicts.length,
    );
    await dropPlacementRows(store, id);
    expect(await fromIndexes(store, id, workbook, whatIf)).toEqual(expected);
  }, 120_000);

  it('index a file that came without one (a bundle opened) from its rows, once, and keep it', async () => {
    const { store, id, workbook } = await importedDemo();
    await store.placementIndexes.clear();
    const expected = await fromRows(store, id, workbook);
    expect(await fromIndexes(store, id, workbook)).toEqual(expected);
    expect(await store.placementIndexes.count()).toBeGreaterThan(0);
    await dropPlacementRows(store, id);
    expect(await fromIndexes(store, id, workbook)).toEqual(expected);
  }, 120_000);

  it('rebuild an index kept under an older key, and drop that of an import that is gone', async () => {
    const { store, id, workbook } = await importedDemo();
    const expected = await fromRows(store, id, workbook);
    const [first] = await store.placementIndexes.toArray();
    if (first === undefined) throw new Error('no index kept');
    await store.placementIndexes.put({ ...first, key: 'an older key' });
    await store.placementIndexes.put({ ...first, importId: 'gone' });
    expect(await fromIndexes(store, id, workbook)).toEqual(expected);
    const kept = await store.placementIndexes.get(first.importId);
    expect(kept?.key).not.toBe('an older key');
    expect(await store.placementIndexes.get('gone')).toBeUndefined();
  }, 120_000);
});
