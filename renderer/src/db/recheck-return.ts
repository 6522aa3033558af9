import { createClock, createRecorder } from '../../../shared/bundle';
import { RULES_VERSION } from '../../../shared/records/rules-version';
import type { CollectionYear } from '../../../shared/records/ssda903';
import type { Result } from '../../../shared/util/result';
import { err, ok } from '../../../shared/util/result';
import {
  givenYearOfReturn,
  recordRecheck,
  returnEntries,
  type ImportPeriod,
} from '../../../shared/workbook';
import type { WorkbookDb } from './db';
import { checkContextIn, sourcesOf } from './import-context';
import { storeImportsIn, type ParsedImport } from './imports-repository';
import type { RebuildParser } from './rebuild-imports';
import type { ImportRecord } from './schema';
import { loadOperations, newId } from './workbook-repository';

/** The year a person gave for a stored import, as the store keeps it (a log choice first). */
export function givenYearOfRecord(record: ImportRecord | undefined): CollectionYear | undefined {
  if (record === undefined || record.givenYear === null) return undefined;
  if (record.givenYear !== undefined) return record.givenYear;
  return record.yearSource === 'given' ? record.year : undefined;
}

/**
 * Checks one owner's stored SSDA903 return of `period` again from its
 * source files (in the import worker, via `parse`): under `year` (`null`:
 * the year the episodes imply; absent: the year chosen before), with the
 * owner's previous-year return, the provider lists and the LA code as they
 * are now. The new counts and the year chosen go in the log (so a merge
 * carries them), the new rows and problems in the store, in one
 * transaction. Returns how many files were checked again.
 */
export async function recheckReturnIn(
  db: WorkbookDb,
  inspectionId: string,
  author: string,
  owner: string,
  period: ImportPeriod,
  parse: RebuildParser,
  year?: CollectionYear | null,
): Promise<Result<number>> {
  const operations = await loadOperations(db, inspectionId);
  const entries = returnEntries(operations, owner, period);
  if (entries.length === 0) return ok(0);
  const records = await db.imports.bulkGet(entries.map((entry) => entry.id));
  const files = await sourcesOf(db, entries);
  if (files.length !== entries.length) {
    return err(
      'records.missing-source',
      `The imported files of ${owner === 'council' ? 'the council' : owner} cannot all be found on this device, so they were not checked again; import them again.`,
    );
  }
  const chosen =
    year === undefined
      ? givenYearOfReturn(entries, (entry) =>
          givenYearOfRecord(records.find((record) => record?.id === entry.id)),
        )
      : (year ?? undefined);
  const context = await checkContextIn(db, inspectionId, owner, period);
  const parsed = await parse(files, { ...(chosen === undefined ? {} : { year: chosen }), context });
  if (!parsed.ok) return parsed;
  const batch: ParsedImport[] = [];
  entries.forEach((_, index) => {
    const file = parsed.data[index];
    const record = records[index];
    if (file === undefined || record === undefined) return;
    batch.push({
      record: {
        ...record,
        rows: file.rows,
        tables: file.tableCounts,
        problems: file.problemCounts,
        ...(file.year === undefined ? {} : { year: file.year }),
        ...(file.yearSource === undefined ? {} : { yearSource: file.yearSource }),
        ...(year === undefined ? {} : { givenYear: year }),
        rulesVersion: RULES_VERSION,
      },
      tables: file.tables,
      problems: file.problems,
    });
  });
  const outcome = recordRecheck(
    {
      operations,
      recorder: createRecorder(createClock(author), operations),
      author,
      now: () => new Date().toISOString(),
      newId,
    },
    batch.map(({ record }) => ({
      id: record.id,
      rows: record.rows,
      tables: record.tables,
      problems: record.problems,
      ...(year === undefined ? {} : { givenYear: year }),
    })),
  );
  if (!outcome.ok) return outcome;
  await db.transaction(
    'rw',
    [db.operations, db.inspections, db.imports, db.rowChunks, db.problemChunks],
    async () => {
      await db.operations.bulkAdd(outcome.data.operations.map((op) => ({ ...op, inspectionId })));
      await db.inspections.update(inspectionId, { updatedAt: new Date().toISOString() });
      await storeImportsIn(db, batch);
    },
  );
  return ok(batch.length);
}
