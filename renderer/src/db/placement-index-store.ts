import { looksLikePlacementIndex, type PlacementIndex } from '../../../shared/conflicts';
import type { WorkbookDb } from './db';
import type { ImportRecord } from './schema';
import {
  looksPacked,
  packPlacementIndex,
  unpackPlacementIndex,
  type PackedPlacementIndex,
} from './placement-index-pack';

/**
 * Each imported file's placements index for the conflict check (its 903
 * episodes and Annex A List 8 rows in columns), kept beside its rows: built
 * by the import worker from the rows it has just read, or, for a file that
 * came in another way (a bundle opened, an import checked again), the first
 * time the conflicts need it. The conflicts of an inspection then only pool
 * these. A cache: keyed by what it was built from, never the only copy.
 */

/** Bump when the index's shape or the rules that build it change: older ones are rebuilt. */
export const PLACEMENT_INDEX_VERSION = 2;

/** One import's stored placements index and what it was built from. */
export type StoredPlacementIndex = {
  readonly importId: string;
  readonly inspectionId: string;
  readonly key: string;
  /** Packed (see {@link packPlacementIndex}); version 1 kept the index as it is. */
  readonly placements: PackedPlacementIndex;
};

/** What an import's placements index is built from: the version and what identifies the import's stored rows. */
export function placementIndexKey(record: ImportRecord): string {
  return JSON.stringify([
    PLACEMENT_INDEX_VERSION,
    record.sha256,
    record.importedAt,
    record.rulesVersion ?? 1,
    record.rows,
  ]);
}

/** The stored indexes of `imports`, by import id: only those built from what each import is now. */
export async function readPlacementIndexes(
  db: WorkbookDb,
  imports: readonly ImportRecord[],
): Promise<Map<string, PlacementIndex>> {
  const stored = await db.placementIndexes.bulkGet(imports.map((record) => record.id));
  const found = new Map<string, PlacementIndex>();
  imports.forEach((record, at) => {
    const entry = stored[at];
    if (entry?.key !== placementIndexKey(record) || !looksPacked(entry.placements)) return;
    const placements = unpackPlacementIndex(entry.placements);
    if (looksLikePlacementIndex(placements)) found.set(record.id, placements);
  });
  return found;
}

/** Keeps the placements indexes of some imports, replacing older ones. */
export async function keepPlacementIndexes(
  db: WorkbookDb,
  entries: readonly { readonly record: ImportRecord; readonly placements: PlacementIndex }[],
): Promise<void> {
  if (entries.length === 0) return;
  await db.placementIndexes.bulkPut(
    entries.map(({ record, placements }) => ({
      importId: record.id,
      inspectionId: record.inspectionId,
      key: placementIndexKey(record),
      placements: packPlacementIndex(placements),
    })),
  );
}

/** Drops the placements indexes of an inspection's imports that are gone (removed or replaced). */
export async function dropStalePlacementIndexes(
  db: WorkbookDb,
  inspectionId: string,
  live: ReadonlySet<string>,
): Promise<void> {
  const stale = (
    await db.placementIndexes.where('inspectionId').equals(inspectionId).primaryKeys()
  ).filter((id) => !live.has(id));
  if (stale.length > 0) await db.placementIndexes.bulkDelete(stale);
}
