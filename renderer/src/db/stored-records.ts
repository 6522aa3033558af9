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
    ...(record.date === undefined ? {} : { date: record.date }),
  };
}

/**
 * An inspection's imported records as the readers made them at import, read
 * back from the store (rows and problems in chunks), one owner at a time:
 * what the indicators, conflicts and report take, without parsing any
 * source file again.
 */
export async function storedRecords(
  db: WorkbookDb,
  inspectionId: string,
): Promise<ImportedRecords> {
  const imports = await db.imports.where('inspectionId').equals(inspectionId).toArray();
  imports.sort((a, b) => (a.importedAt < b.importedAt ? -1 : a.importedAt > b.importedAt ? 1 : 0));
  const ids = imports.map((record) => record.id);
  const [rowChunks, problemChunks] = await Promise.all([
    db.rowChunks.where('importId').anyOf(ids).toArray(),
    db.problemChunks.where('importId').anyOf(ids).toArray(),
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
