import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { createClock, createRecorder } from '../../../../shared/bundle';
import { buildDemo } from '../../../../shared/demo';
import { addEvidence, createInspection } from '../../../../shared/workbook';
import type { WorkbookDb } from '../../../../renderer/src/db/db';
import { openTestDb } from './test-db';
import {
  loadOperations,
  loadWorkbook,
  newId,
  runCommand,
  storeLog,
} from '../../../../renderer/src/db/workbook-repository';
import { deleteInspection } from '../../../../renderer/src/db/bundle-repository';

let db: WorkbookDb | undefined;
afterEach(async () => {
  await db?.delete();
  db = undefined;
});

function open(): WorkbookDb {
  db = openTestDb(`test-${Math.random().toString(36).slice(2)}`);
  return db;
}

const now = () => new Date().toISOString();

async function demo(store: WorkbookDb): Promise<string> {
  const stored = await storeLog(store, buildDemo('ilacs-2026', { newId, now }));
  if (!stored.ok) throw new Error(stored.error.message);
  return stored.data;
}

describe('workbook repository', () => {
  it('creates an inspection and records each command as its author', async () => {
    const store = open();
    const created = await runCommand(store, null, 'Amara', (context) =>
      createInspection(context, {
        kind: 'ilacs-standard',
        council: { name: 'Westbury', laCode: '897' },
        onSite: { start: '2026-10-05', end: '2026-10-09' },
        team: [{ name: 'Amara', role: 'lead' }],
      }),
    );
    expect(created.ok).toBe(true);
    const id = created.ok ? created.data : '';
    const workbook = await loadWorkbook(store, id);
    expect(workbook.ok && workbook.data.inspection.council.name).toBe('Westbury');
    expect((await loadOperations(store, id)).every((op) => op.author === 'Amara')).toBe(true);
  });

  it('keeps the log it read until the store holds a different number of operations', async () => {
    const store = open();
    const id = await demo(store);
    const first = await loadOperations(store, id);
    expect(await loadOperations(store, id)).toBe(first);

    // A command made here: the cached log grows by exactly its operations.
    const added = await runCommand(store, id, 'Tom', (context) =>
      addEvidence(context, {
        source: 'council',
        areas: ['leaders'],
        finding: 'strength',
        kind: 'meeting',
        text: 'Leaders know their services well.',
      }),
    );
    if (!added.ok) throw new Error(added.error.message);
    const second = await loadOperations(store, id);
    expect(second.length).toBeGreaterThan(first.length);
    const workbook = await loadWorkbook(store, id);
    expect(workbook.ok && workbook.data.evidence.some((e) => e.id === added.data)).toBe(true);

    // A write that bypassed this module (another tab) is seen too: the count differs.
    const recorder = createRecorder(createClock('Other tab'), second);
    const other = recorder.create('evidence', 'ev-othertab', {
      source: 'council',
      kind: 'document',
      areas: ['leaders'],
      checklistItems: [],
      finding: 'improvement',
      text: 'Written in another tab.',
      relatesTo: '2026-10-05',
      recordedAt: now(),
      author: 'Other tab',
      childIds: [],
      attachments: [],
    });
    await store.operations.bulkAdd(other.map((op) => ({ ...op, inspectionId: id })));
    const third = await loadWorkbook(store, id);
    expect(third.ok && third.data.evidence.some((e) => e.id === 'ev-othertab')).toBe(true);
  });

  it('forgets a deleted inspection entirely', async () => {
    const store = open();
    const id = await demo(store);
    await loadOperations(store, id);
    await deleteInspection(store, id);
    expect(await loadOperations(store, id)).toEqual([]);
    expect(await store.inspections.count()).toBe(0);
    expect((await loadWorkbook(store, id)).ok).toBe(false);
  });
});
