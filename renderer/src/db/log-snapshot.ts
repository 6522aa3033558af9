import type { Operation } from '../../../shared/bundle';
import type { WorkbookDb } from './db';

/**
 * An inspection's log kept whole in one record beside its operations, so
 * opening a workbook reads (and, in the encrypted store, decrypts) one
 * record and the few operations added since, not every operation one by one:
 * per-record cost is what dominates a log of hundreds of small operations.
 * The operations stay the truth. Operations are only ever added (`bulkAdd`,
 * which refuses an id already there) or deleted with their inspection, so an
 * operation with a given id never changes: the log is the snapshot's
 * operations whose ids the store still lists, plus those it lists that the
 * snapshot lacks. A stale or missing snapshot is therefore never wrong, only
 * slower; it is written again once enough operations lie outside it.
 */
export type StoredLogSnapshot = {
  readonly inspectionId: string;
  readonly operations: readonly Operation[];
};

/** Operations outside the snapshot read one by one before it is written again (at least). */
const TAIL_LIMIT = 32;

function withoutInspectionId({
  inspectionId: _omit,
  ...op
}: Operation & { readonly inspectionId: string }): Operation {
  return op;
}

/** Whether `ops`, read with a snapshot that left `tail` out and `dropped` stale, should be kept anew. */
function worthKeeping(total: number, tail: number, dropped: number): boolean {
  return dropped > 0 || tail >= Math.max(TAIL_LIMIT, total / 50);
}

/**
 * Keeps `operations` as the inspection's snapshot, after the current task:
 * the screen that read the log is not held up, and the write runs outside
 * any live query (Dexie refuses writes inside one,
 * https://dexie.org/docs/liveQuery()). A failure (the store locked) only loses speed.
 */
function keepSnapshot(
  db: WorkbookDb,
  inspectionId: string,
  operations: readonly Operation[],
): void {
  setTimeout(() => {
    db.logSnapshots.put({ inspectionId, operations }).catch(() => undefined);
  }, 0);
}

/** The inspection's operations as the store holds them now, in no set order. */
export async function readLog(db: WorkbookDb, inspectionId: string): Promise<Operation[]> {
  const byInspection = () => db.operations.where('inspectionId').equals(inspectionId);
  const [ids, snapshot] = await Promise.all([
    byInspection().primaryKeys(),
    db.logSnapshots.get(inspectionId),
  ]);
  if (snapshot === undefined) {
    const operations = (await byInspection().toArray()).map(withoutInspectionId);
    if (worthKeeping(operations.length, operations.length, 0))
      keepSnapshot(db, inspectionId, operations);
    return operations;
  }
  const listed = new Set<string>(ids);
  const kept = snapshot.operations.filter((op) => listed.has(op.id));
  const inSnapshot = new Set(kept.map((op) => op.id));
  const missing = ids.filter((id) => !inSnapshot.has(id));
  const tail = missing.length === 0 ? [] : await db.operations.bulkGet(missing);
  const operations = [
    ...kept,
    ...tail.flatMap((op) => (op === undefined ? [] : [withoutInspectionId(op)])),
  ];
  if (worthKeeping(operations.length, missing.length, snapshot.operations.length - kept.length))
    keepSnapshot(db, inspectionId, operations);
  return operations;
}
