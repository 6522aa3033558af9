import type { ComparatorDataset, ComparatorFile } from '../../../shared/comparators/types';
import {
  applyComparatorUpdate,
  comparatorsStoreSchema,
  type ComparatorsStore,
  type UpdateResult,
} from '../../../shared/comparators/update';
import type { WorkbookDb } from './db';

/** The one stored update: a newer DfE release, with the record of every load. */
export type StoredComparators = ComparatorsStore & { readonly id: 'current' };

const ID = 'current';

/**
 * The bundled dataset, loaded on first use: a module of its own (about
 * 180 KB), so the app's first screen does not wait for it
 * (https://vite.dev/guide/features#dynamic-import).
 */
export async function bundled(): Promise<ComparatorDataset> {
  return (await import('../../../shared/comparators/bundled')).bundledComparators();
}

/**
 * The stored update, checked with the full schema; undefined when none was
 * loaded, or when what is stored no longer reads as one (the bundled figures
 * are then used, as they would be without it).
 */
export async function readComparatorUpdate(db: WorkbookDb): Promise<ComparatorsStore | undefined> {
  const row = await db.comparatorUpdates.get(ID);
  if (row === undefined) return undefined;
  const { id: _id, ...store } = row;
  const checked = comparatorsStoreSchema.safeParse(store);
  return checked.success ? checked.data : undefined;
}

/** The comparators in force: the stored update, or the dataset bundled with the app. */
export async function comparatorsInForce(db: WorkbookDb): Promise<ComparatorDataset> {
  return (await readComparatorUpdate(db))?.dataset ?? (await bundled());
}

/**
 * Loads a newer DfE release (as `workbook comparators update` does): checks
 * every file, and stores the new dataset with a record of what was loaded
 * only if none is refused; nothing stored changes otherwise.
 */
export async function loadComparatorUpdate(
  db: WorkbookDb,
  files: readonly ComparatorFile[],
  by: string,
): Promise<UpdateResult> {
  const result = applyComparatorUpdate(
    files,
    await readComparatorUpdate(db),
    await bundled(),
    by,
    new Date().toISOString(),
  );
  if (result.ok) await db.comparatorUpdates.put({ id: ID, ...result.store });
  return result;
}

/** Goes back to the bundled figures: the stored update is removed. */
export async function removeComparatorUpdate(db: WorkbookDb): Promise<void> {
  await db.comparatorUpdates.delete(ID);
}
