import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import type { Operation } from '../../../../shared/bundle';
import { declareWorkbookDb, type WorkbookDb } from '../../../../renderer/src/db/db';
import { deleteInspection } from '../../../../renderer/src/db/bundle-repository';
import { readLog } from '../../../../renderer/src/db/log-snapshot';
import { openTestDb } from './test-db';

const opened: WorkbookDb[] = [];
afterEach(async () => {
  for (const db of opened.splice(0)) await db.delete();
});

/** An inspection's team folder record, as the Overview keeps it once a folder is chosen. */
function teamFolder(inspectionId: string) {
  return {
    inspectionId,
    host: 'desktop' as const,
    name: '/shared/team',
    token: 'token-1',
    joinedAt: '2026-11-01T09:00:00.000Z',
    team: [],
    refused: [],
    waiting: 0,
  };
}

function open(): { db: WorkbookDb; name: string } {
  const name = `log-snapshot-${Math.random().toString(36).slice(2)}`;
  const db = openTestDb(name);
  opened.push(db);
  return { db, name };
}

/** An evidence note's text as the log records it: each names a child, as inspectors' notes do. */
function note(n: number, inspectionId = 'insp-harbour'): Operation & { inspectionId: string } {
  const at = String(n).padStart(4, '0');
  return {
    id: `op-${at}`,
    author: 'amara',
    hlc: `2026-03-01T10:00:00.000Z-${at}-amara`,
    entity: 'evidence',
    entityId: `ev-${at}`,
    field: 'text',
    value: `Visit note ${n} about Jayden Okoro`,
    prev: null,
    inspectionId,
  };
}

const ids = (ops: readonly Operation[]) => ops.map((op) => op.id).sort();

/** Lets the snapshot, kept after the read's task, be written. */
async function snapshotWritten(db: WorkbookDb, inspectionId: string, size: number) {
  for (let tries = 0; tries < 100; tries += 1) {
    const snapshot = await db.logSnapshots.get(inspectionId);
    if (snapshot?.operations.length === size) return snapshot;
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
  throw new Error(`no snapshot of ${size} operations was written`);
}

describe('the log kept whole in one record', () => {
  it('reads a log without a snapshot whole, then keeps one, sealed like every other record', async () => {
    const { db, name } = open();
    const log = Array.from({ length: 40 }, (_, n) => note(n));
    await db.operations.bulkAdd(log);
    expect(ids(await readLog(db, 'insp-harbour'))).toEqual(ids(log));
    const snapshot = await snapshotWritten(db, 'insp-harbour', 40);
    expect(ids(snapshot.operations)).toEqual(ids(log));
    // On disk: the inspection's id beside sealed bytes, no note readable.
    const raw = declareWorkbookDb(name);
    opened.push(raw);
    const stored: unknown = await raw.logSnapshots.get('insp-harbour');
    expect(Object.keys(Object(stored)).sort()).toEqual(['inspectionId', 'sealed']);
    expect(
      JSON.stringify(stored, (_key, value: unknown) =>
        value instanceof Uint8Array ? new TextDecoder('latin1').decode(value) : value,
      ),
    ).not.toContain('Okoro');
  });

  it('gives the store’s log exactly: operations added since the snapshot read one by one, deleted ones left out', async () => {
    const { db } = open();
    await db.operations.bulkAdd(Array.from({ length: 40 }, (_, n) => note(n)));
    await readLog(db, 'insp-harbour');
    await snapshotWritten(db, 'insp-harbour', 40);
    // Added after the snapshot: read from the operations, not missed.
    await db.operations.bulkAdd([note(40), note(41)]);
    const read = await readLog(db, 'insp-harbour');
    expect(read).toHaveLength(42);
    expect(read.find((op) => op.id === 'op-0041')).toEqual(
      (({ inspectionId: _omit, ...op }) => op)(note(41)),
    );
    // Deleted from the store (as with its inspection): gone from the log, though the snapshot had it.
    await db.operations.bulkDelete(['op-0000', 'op-0001']);
    const after = await readLog(db, 'insp-harbour');
    expect(ids(after)).toEqual(ids(Array.from({ length: 40 }, (_, n) => note(n + 2))));
    // Another inspection's operations never enter this one's log.
    await db.operations.bulkAdd([note(900, 'insp-other')]);
    expect(ids(await readLog(db, 'insp-harbour'))).toEqual(ids(after));
  });

  it('keeps a small log without a snapshot until it grows, and a new one once many operations lie outside it', async () => {
    const { db } = open();
    await db.operations.bulkAdd(Array.from({ length: 5 }, (_, n) => note(n)));
    await readLog(db, 'insp-harbour');
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(await db.logSnapshots.get('insp-harbour')).toBeUndefined();
    await db.operations.bulkAdd(Array.from({ length: 35 }, (_, n) => note(n + 5)));
    await readLog(db, 'insp-harbour');
    await snapshotWritten(db, 'insp-harbour', 40);
    await db.operations.bulkAdd(Array.from({ length: 32 }, (_, n) => note(n + 40)));
    await readLog(db, 'insp-harbour');
    await snapshotWritten(db, 'insp-harbour', 72);
  });

  it('is deleted with its inspection', async () => {
    const { db } = open();
    await db.operations.bulkAdd(Array.from({ length: 40 }, (_, n) => note(n)));
    await readLog(db, 'insp-harbour');
    await snapshotWritten(db, 'insp-harbour', 40);
    await deleteInspection(db, 'insp-harbour');
    expect(await db.logSnapshots.get('insp-harbour')).toBeUndefined();
    expect(await readLog(db, 'insp-harbour')).toEqual([]);
  });

  it('takes the inspection’s team folder with it, and leaves another inspection’s', async () => {
    const { db } = open();
    await db.teamFolders.bulkPut([teamFolder('insp-harbour'), teamFolder('insp-other')]);
    await deleteInspection(db, 'insp-harbour');
    expect(await db.teamFolders.get('insp-harbour')).toBeUndefined();
    expect(await db.teamFolders.get('insp-other')).toBeDefined();
  });
});
