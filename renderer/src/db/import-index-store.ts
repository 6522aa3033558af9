import type { ImportIndex } from '../../../shared/records/indicators';
import type { WorkbookDb } from './db';
import type { ImportRecord } from './schema';

/**
 * Each imported file's index for the indicators (its 903 rows by child,
 * dates parsed; its Annex A lists; a CIN census's facts), kept beside its rows: built by the
 * import worker from the rows it has just read, or, for a file that came
 * in another way (a bundle opened, an import checked again), the first time
 * the indicators need it. The indicators of an inspection then only pool
 * these. A cache: keyed by what it was built from, never the only copy.
 */

/** Bump when the index's shape or the rules that build it change: older ones are rebuilt. */
export const IMPORT_INDEX_VERSION = 2;

/** One import's stored index and what it was built from. */
export type StoredImportIndex = {
  readonly importId: string;
  readonly inspectionId: string;
  readonly key: string;
  readonly index: ImportIndex;
};

/** What an import's index is built from: the index version and what identifies the import's stored rows. */
export function importIndexKey(record: ImportRecord): string {
  return JSON.stringify([
    IMPORT_INDEX_VERSION,
    record.sha256,
    record.importedAt,
    record.rulesVersion ?? 1,
    record.rows,
  ]);
}

/** Whether a CIN part read back (absent for a file that is not a census) has its maps and sets. */
function looksLikeCinPart(cin: unknown): boolean {
  if (cin === undefined) return true;
  if (typeof cin !== 'object' || cin === null) return false;
  const facts: unknown = Reflect.get(cin, 'facts');
  return (
    Array.isArray(Reflect.get(cin, 'censuses')) &&
    typeof facts === 'object' &&
    facts !== null &&
    Reflect.get(facts, 'referrals') instanceof Map &&
    Reflect.get(facts, 'plans') instanceof Map &&
    Reflect.get(facts, 'inNeed') instanceof Set
  );
}

/** Whether a value read back has the typed columns an index is made of (else it is rebuilt). */
function looksLikeImportIndex(value: unknown): value is ImportIndex {
  if (typeof value !== 'object' || value === null) return false;
  if (!looksLikeCinPart(Reflect.get(value, 'cin'))) return false;
  const ssda903: unknown = Reflect.get(value, 'ssda903');
  if (typeof ssda903 !== 'object' || ssda903 === null) return false;
  const episodes: unknown = Reflect.get(ssda903, 'episodes');
  return (
    Array.isArray(Reflect.get(ssda903, 'ids')) &&
    typeof episodes === 'object' &&
    episodes !== null &&
    Reflect.get(episodes, 'start') instanceof Int32Array &&
    Reflect.get(ssda903, 'tables') instanceof Set &&
    Reflect.get(ssda903, 'skipped') instanceof Map
  );
}

/** The stored indexes of `imports`, by import id: only those built from what each import is now. */
export async function readImportIndexes(
  db: WorkbookDb,
  imports: readonly ImportRecord[],
): Promise<Map<string, ImportIndex>> {
  const stored = await db.importIndexes.bulkGet(imports.map((record) => record.id));
  const found = new Map<string, ImportIndex>();
  imports.forEach((record, at) => {
    const entry = stored[at];
    if (entry?.key === importIndexKey(record) && looksLikeImportIndex(entry.index)) {
      found.set(record.id, entry.index);
    }
  });
  return found;
}

/** Keeps the indexes of some imports, replacing older ones. */
export async function keepImportIndexes(
  db: WorkbookDb,
  entries: readonly { readonly record: ImportRecord; readonly index: ImportIndex }[],
): Promise<void> {
  await db.importIndexes.bulkPut(
    entries.map(({ record, index }) => ({
      importId: record.id,
      inspectionId: record.inspectionId,
      key: importIndexKey(record),
      index,
    })),
  );
}

/** Drops the indexes of an inspection's imports that are gone (removed or replaced). */
export async function dropStaleImportIndexes(
  db: WorkbookDb,
  inspectionId: string,
  live: ReadonlySet<string>,
): Promise<void> {
  const stale = (
    await db.importIndexes.where('inspectionId').equals(inspectionId).primaryKeys()
  ).filter((id) => !live.has(id));
  if (stale.length > 0) await db.importIndexes.bulkDelete(stale);
}
