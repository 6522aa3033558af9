import type { InputFile } from '../../../shared/records/read-files';
import { providersFrom } from '../../../shared/records/registered-providers';
import {
  providerListEntries,
  returnEntries,
  workbookFromOperations,
  type CheckContext,
  type ImportEntry,
  type ImportPeriod,
} from '../../../shared/workbook';
import type { WorkbookDb } from './db';
import { storedRecords } from './stored-records';
import { loadOperations } from './workbook-repository';

/** Some imports' source bytes from the store, as files to read (a missing one is left out). */
export async function sourcesOf(
  db: WorkbookDb,
  entries: readonly Pick<ImportEntry, 'fileName' | 'sha256'>[],
): Promise<InputFile[]> {
  const stored = await db.sourceFiles.bulkGet(entries.map((entry) => entry.sha256));
  return entries.flatMap((entry, index) => {
    const source = stored[index];
    return source === undefined ? [] : [{ name: entry.fileName, bytes: source.bytes }];
  });
}

/**
 * What one owner's SSDA903 return of `period` is checked in (shared
 * CheckContext): for this year's, the owner's previous-year files; for
 * either, the providers of the inspection's provider lists (read back from
 * their stored rows, not parsed again) and the council's LA code. It is
 * passed to the import worker as it is (a Map survives structured clone).
 */
export async function checkContextIn(
  db: WorkbookDb,
  inspectionId: string,
  owner: string,
  period: ImportPeriod,
): Promise<CheckContext> {
  const operations = await loadOperations(db, inspectionId);
  const previous =
    period === 'current' ? await sourcesOf(db, returnEntries(operations, owner, 'previous')) : [];
  const lists = new Set(providerListEntries(operations).map((entry) => entry.id));
  const providers =
    lists.size === 0
      ? undefined
      : providersFrom(
          (
            await storedRecords(db, inspectionId, { imports: lists, problems: false })
          ).owners.flatMap((entry) => entry.files),
        );
  const workbook = workbookFromOperations(operations);
  const laCode = workbook.ok ? workbook.data.inspection.council.laCode : undefined;
  return {
    ...(previous.length === 0 ? {} : { previous }),
    ...(providers === undefined ? {} : { providers }),
    ...(laCode === undefined ? {} : { laCode }),
  };
}
