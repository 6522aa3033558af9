import type { Operation } from '../../../shared/bundle';
import {
  placementIndexOf,
  type ConflictReport,
  type PlacementIndex,
} from '../../../shared/conflicts';
import type { Workbook } from '../../../shared/domain';
import {
  conflictsFrom,
  type ConflictSources,
  type LinkChange,
  type PlacementFile,
  type RegisterFile,
} from '../../../shared/workbook';
import type { WorkbookDb } from './db';
import type { KeepLater } from './indicators-from-store';
import {
  dropStalePlacementIndexes,
  keepPlacementIndexes,
  readPlacementIndexes,
} from './placement-index-store';
import type { ImportRecord } from './schema';
import { storedRecords } from './stored-records';

/**
 * Each import's placements index: the one kept for it (built at import),
 * else built now from its stored rows — only those imports' rows, only
 * their Episodes and List 8 — and kept for next time.
 */
async function placementIndexesOf(
  db: WorkbookDb,
  inspectionId: string,
  imports: readonly ImportRecord[],
  keepLater: KeepLater,
): Promise<Map<string, PlacementIndex>> {
  const found = await readPlacementIndexes(db, imports);
  const missing = new Map(
    imports.filter((record) => !found.has(record.id)).map((record) => [record.id, record]),
  );
  if (missing.size > 0) {
    const records = await storedRecords(db, inspectionId, {
      table: (_owner, table) => table === 'Episodes' || table === 'List 8',
      problems: false,
      imports: new Set(missing.keys()),
    });
    const built: { record: ImportRecord; placements: PlacementIndex }[] = [];
    for (const file of records.owners.flatMap((owner) => owner.files)) {
      const record = missing.get(file.importId);
      if (record === undefined) continue;
      const placements = placementIndexOf(file.tables);
      found.set(record.id, placements);
      built.push({ record, placements });
    }
    keepLater(keepPlacementIndexes(db, built));
  }
  return found;
}

/** The imports by owner, each owner's in the order they were imported (as the stored records are read). */
function inImportOrder(imports: readonly ImportRecord[]): ImportRecord[] {
  const sorted = imports.toSorted((a, b) =>
    a.importedAt < b.importedAt ? -1 : a.importedAt > b.importedAt ? 1 : 0,
  );
  const owners = new Map<string, ImportRecord[]>();
  for (const record of sorted)
    owners.set(record.owner, [...(owners.get(record.owner) ?? []), record]);
  return [...owners.values()].flat();
}

/**
 * What the conflicts of an inspection's imports are found from: the
 * registers' rows (provider lists, Companies House files) and every other
 * file's placements from the index kept beside it, so no 903 or Annex A row
 * is read when every import's index is kept. `imports` are the
 * inspection's imports as stored (`db.imports` by inspection).
 */
export async function conflictSourcesFromStore(
  db: WorkbookDb,
  inspectionId: string,
  imports: readonly ImportRecord[],
  keepLater: KeepLater,
): Promise<ConflictSources> {
  const ordered = inImportOrder(imports);
  const wide = ordered.filter((record) => record.owner === 'inspection');
  const counted = ordered.filter(
    (record) => record.owner !== 'inspection' && record.period !== 'previous',
  );
  const [stored, indexes] = await Promise.all([
    wide.length === 0
      ? undefined
      : storedRecords(db, inspectionId, {
          problems: false,
          imports: new Set(wide.map((record) => record.id)),
        }),
    placementIndexesOf(db, inspectionId, counted, keepLater),
  ]);
  keepLater(
    dropStalePlacementIndexes(db, inspectionId, new Set(imports.map((record) => record.id))),
  );
  const registers: RegisterFile[] = stored?.owners.flatMap((owner) => owner.files) ?? [];
  const files: PlacementFile[] = counted.flatMap((record) => {
    const placements = indexes.get(record.id);
    if (placements === undefined) return [];
    return [
      {
        file: record.fileName,
        ...(record.year === undefined ? {} : { year: record.year }),
        placements,
      },
    ];
  });
  return { registers, files };
}

/** The conflicts of an inspection's imports and log (see {@link conflictSourcesFromStore}). */
export async function conflictsFromStore(
  db: WorkbookDb,
  inspectionId: string,
  workbook: Workbook,
  operations: readonly Operation[],
  imports: readonly ImportRecord[],
  keepLater: KeepLater,
  whatIf?: LinkChange,
): Promise<ConflictReport> {
  const sources = await conflictSourcesFromStore(db, inspectionId, imports, keepLater);
  return conflictsFrom(workbook, operations, sources, whatIf);
}
