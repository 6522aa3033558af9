import {
  indicatorIndexOf,
  indicatorsFromIndex,
  indicatorsReadTable,
  type ImportIndex,
  type IndicatorReport,
} from '../../../shared/records/indicators';
import type { Workbook } from '../../../shared/domain';
import { importIndexOf, indexedOwnersFor, inspectionWideKinds } from '../../../shared/workbook';
import type { WorkbookDb } from './db';
import { dropStaleImportIndexes, keepImportIndexes, readImportIndexes } from './import-index-store';
import type { ImportRecord } from './schema';
import { storedRecords } from './stored-records';

/** Writes that may finish after the answer (a cache): the caller decides how to wait or log. */
export type KeepLater = (write: Promise<void>) => void;

/**
 * Each import's index: the one kept for it (built at import), else built
 * now from its stored rows — only those imports' rows, only the tables the
 * indicators count — and kept for next time.
 */
export async function importIndexesOf(
  db: WorkbookDb,
  inspectionId: string,
  imports: readonly ImportRecord[],
  keepLater: KeepLater,
): Promise<Map<string, ImportIndex>> {
  const found = await readImportIndexes(db, imports);
  const missing = new Map(
    imports.filter((record) => !found.has(record.id)).map((record) => [record.id, record]),
  );
  if (missing.size > 0) {
    const records = await storedRecords(db, inspectionId, {
      table: (_owner, table) => indicatorsReadTable(table),
      problems: false,
      imports: new Set(missing.keys()),
    });
    const built: { record: ImportRecord; index: ImportIndex }[] = [];
    for (const { files } of records.owners) {
      for (const file of files) {
        const record = missing.get(file.importId);
        if (record === undefined) continue;
        const index = importIndexOf(file);
        found.set(record.id, index);
        built.push({ record, index });
      }
    }
    keepLater(keepImportIndexes(db, built));
  }
  keepLater(dropStaleImportIndexes(db, inspectionId, new Set(imports.map((record) => record.id))));
  return found;
}

/**
 * The indicators of an inspection's imports (default options), by pooling
 * each counted import's index: no stored row is read when every import's
 * index is kept. Provider lists and Companies House files describe the
 * market, not anyone's children, and are not counted.
 */
export async function indicatorsFromStore(
  db: WorkbookDb,
  inspectionId: string,
  workbook: Workbook,
  imports: readonly ImportRecord[],
  keepLater: KeepLater,
): Promise<IndicatorReport> {
  // Nor is an owner's previous-year return: it is there for the DfE's checks across years.
  const counted = imports.filter(
    (file) => !inspectionWideKinds.some((kind) => kind === file.kind) && file.period !== 'previous',
  );
  const indexes = await importIndexesOf(db, inspectionId, counted, keepLater);
  const owners = new Map<string, ImportIndex[]>();
  for (const record of counted) {
    const index = indexes.get(record.id);
    if (index === undefined) continue;
    owners.set(record.owner, [...(owners.get(record.owner) ?? []), index]);
  }
  const pooled = indexedOwnersFor(
    workbook,
    [...owners].map(([owner, list]) => ({ owner, imports: list })),
  );
  return indicatorsFromIndex(indicatorIndexOf(pooled));
}
