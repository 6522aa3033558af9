import type { RecordProblem } from '../../../shared/records/problem';
import type { WorkbookDb } from './db';
import { CHUNK_ROWS, type ImportRecord, type ProblemChunk, type RowChunk } from './schema';

/** One parsed file ready to store: its description plus rows per table and its problems. */
export type ParsedImport = {
  readonly record: ImportRecord;
  readonly tables: Readonly<Record<string, readonly unknown[]>>;
  readonly problems: readonly RecordProblem[];
};

function chunksOf<T>(items: readonly T[], size: number): T[][] {
  const chunks: T[][] = [];
  for (let start = 0; start < items.length; start += size)
    chunks.push(items.slice(start, start + size));
  return chunks;
}

/**
 * Stores the files of one import call in a single transaction: all of them
 * or, if anything fails, none (IndexedDB rolls the transaction back). A file
 * already imported for the same owner under the same name is replaced.
 */
export async function storeImports(db: WorkbookDb, batch: readonly ParsedImport[]): Promise<void> {
  await db.transaction('rw', db.imports, db.rowChunks, db.problemChunks, () =>
    storeImportsIn(db, batch),
  );
}

/** The body of {@link storeImports}, for callers that already hold a transaction over the three tables. */
export async function storeImportsIn(
  db: WorkbookDb,
  batch: readonly ParsedImport[],
): Promise<void> {
  for (const item of batch) {
    const { record } = item;
    const replaced = await db.imports
      .where('[inspectionId+owner]')
      .equals([record.inspectionId, record.owner])
      // This year's header.csv does not replace last year's: each return keeps its own files.
      .filter(
        (existing) => existing.fileName === record.fileName && existing.period === record.period,
      )
      .primaryKeys();
    for (const id of replaced) await removeImportIn(db, id);
    await db.imports.add(record);
    const rowChunks: RowChunk[] = [];
    for (const [table, rows] of Object.entries(item.tables)) {
      chunksOf(rows, CHUNK_ROWS).forEach((slice, index) =>
        rowChunks.push({
          id: `${record.id}/${table}/${index}`,
          importId: record.id,
          table,
          index,
          rows: slice,
        }),
      );
    }
    await db.rowChunks.bulkAdd(rowChunks);
    const problemChunks: ProblemChunk[] = chunksOf(item.problems, CHUNK_ROWS).map(
      (slice, index) => ({
        id: `${record.id}/${index}`,
        importId: record.id,
        index,
        problems: slice,
      }),
    );
    await db.problemChunks.bulkAdd(problemChunks);
  }
}

/** Deletes one import's record, rows and problems, inside the caller's transaction. */
export async function removeImportIn(db: WorkbookDb, id: string): Promise<void> {
  await db.rowChunks.where('importId').equals(id).delete();
  await db.problemChunks.where('importId').equals(id).delete();
  await db.imports.delete(id);
}

/** Removes one import with all its rows and problems. */
export async function removeImport(db: WorkbookDb, id: string): Promise<void> {
  await db.transaction('rw', db.imports, db.rowChunks, db.problemChunks, () =>
    removeImportIn(db, id),
  );
}

/** The imports of an inspection, newest first. */
export async function listImports(db: WorkbookDb, inspectionId: string): Promise<ImportRecord[]> {
  const records = await db.imports.where('inspectionId').equals(inspectionId).toArray();
  return records.sort((a, b) =>
    a.importedAt < b.importedAt ? 1 : a.importedAt > b.importedAt ? -1 : 0,
  );
}

/** Every problem of one import, in file order. */
export async function problemsOf(db: WorkbookDb, importId: string): Promise<RecordProblem[]> {
  const chunks = await db.problemChunks.where('importId').equals(importId).sortBy('index');
  return chunks.flatMap((chunk) => chunk.problems);
}

/** The rows of one table of one import, in file order. */
export async function rowsOf(db: WorkbookDb, importId: string, table: string): Promise<unknown[]> {
  const chunks = await db.rowChunks
    .where('importId')
    .equals(importId)
    .filter((c) => c.table === table)
    .sortBy('index');
  return chunks.flatMap((chunk) => chunk.rows);
}
