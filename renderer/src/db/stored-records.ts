import type { ParsedFile } from '../../../shared/records/read-files';
import type { ImportedRecords, OwnedRecords } from '../../../shared/workbook';
import type { WorkbookDb } from './db';
import type { ImportRecord, ProblemChunk, RowChunk } from './schema';

function byIndex(a: { readonly index: number }, b: { readonly index: number }): number {
  return a.index - b.index;
}

function parsedFrom(
  record: ImportRecord,
  rowChunks: readonly RowChunk[],
  problemChunks: readonly ProblemChunk[],
): ParsedFile & { readonly importId: string } {
  const tables: Record<string, unknown[]> = {};
  for (const table of Object.keys(record.tables)) tables[table] = [];
  for (const chunk of [...rowChunks].sort(byIndex)) {
    (tables[chunk.table] ??= []).push(...chunk.rows);
  }
  const problems = [...problemChunks].sort(byIndex).flatMap((chunk) => chunk.problems);
  return {
    importId: record.id,
    file: record.fileName,
    size: record.size,
    kind: record.kind,
    tables,
    problems,
    rows: record.rows,
    tableCounts: record.tables,
    problemCounts: record.problems,
    ...(record.year === undefined ? {} : { year: record.year }),
    ...(record.yearSource === undefined ? {} : { yearSource: record.yearSource }),
    ...(record.date === undefined ? {} : { date: record.date }),
  };
}

/** Which stored rows a reader needs: a table's rows are read when `table` says so. */
export type StoredReading = {
  /** Whether to read the rows of `table` of an import for `owner` (default: every table). */
  readonly table?: (owner: string, table: string) => boolean;
  /** Whether to read the problems (default: true). */
  readonly problems?: boolean;
  /** Only these imports, by id (default: every import of the inspection). */
  readonly imports?: ReadonlySet<string>;
};

/** The row chunks of the tables `reading` wants: by id prefix, so other tables are never read. */
async function rowChunksOf(
  db: WorkbookDb,
  imports: readonly ImportRecord[],
  wanted: StoredReading['table'],
): Promise<RowChunk[]> {
  if (wanted === undefined) {
    return db.rowChunks
      .where('importId')
      .anyOf(imports.map((record) => record.id))
      .toArray();
  }
  // Chunk ids are `${importId}/${table}/${index}`.
  const ranges = imports.flatMap((record) =>
    Object.keys(record.tables)
      .filter((table) => wanted(record.owner, table))
      .map((table): [string, string] => [`${record.id}/${table}/`, `${record.id}/${table}/\uffff`]),
  );
  if (ranges.length === 0) return [];
  return db.rowChunks.where('id').inAnyRange(ranges).toArray();
}

/**
 * An inspection's imported records as the readers made them at import, read
 * back from the store (rows and problems in chunks), one owner at a time:
 * what the indicators, conflicts and report take, without parsing any
 * source file again. With `reading`, only the tables (and problems) a task
 * uses are read; every table is still listed, empty when unread.
 */
export async function storedRecords(
  db: WorkbookDb,
  inspectionId: string,
  reading: StoredReading = {},
): Promise<ImportedRecords> {
  const only = reading.imports;
  const imports = (await db.imports.where('inspectionId').equals(inspectionId).toArray()).filter(
    (record) => only === undefined || only.has(record.id),
  );
  imports.sort((a, b) => (a.importedAt < b.importedAt ? -1 : a.importedAt > b.importedAt ? 1 : 0));
  const ids = imports.map((record) => record.id);
  const [rowChunks, problemChunks] = await Promise.all([
    rowChunksOf(db, imports, reading.table),
    reading.problems === false ? [] : db.problemChunks.where('importId').anyOf(ids).toArray(),
  ]);
  const rowsOf = groupBy(rowChunks);
  const problemsOf = groupBy(problemChunks);
  const owners = new Map<string, (ParsedFile & { readonly importId: string })[]>();
  for (const record of imports) {
    const files = owners.get(record.owner) ?? [];
    files.push(parsedFrom(record, rowsOf.get(record.id) ?? [], problemsOf.get(record.id) ?? []));
    owners.set(record.owner, files);
  }
  const list: OwnedRecords[] = [...owners].map(([owner, files]) => ({ owner, files }));
  return { owners: list, missing: [] };
}

function groupBy<T extends { readonly importId: string }>(items: readonly T[]): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const group = groups.get(item.importId) ?? [];
    group.push(item);
    groups.set(item.importId, group);
  }
  return groups;
}
