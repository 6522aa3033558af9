import { childIdColumn, childIdOfRow, type RecordRow } from '../../../shared/records/indicators';
import type { RecordProblem } from '../../../shared/records/problem';
import { listNameOf } from '../../../shared/records/xlsx';
import type { WorkbookDb } from './db';
import { listImports, problemsOf } from './imports-repository';
import { CHUNK_ROWS, type ImportRecord } from './schema';

/** One stored row naming the child, with where it sits and the problems found on it. */
export type ChildRow = {
  readonly importId: string;
  readonly fileName: string;
  /** `council` or a delegated provider's id. */
  readonly owner: string;
  /** e.g. `ssda903-csv`, `annex-a`. */
  readonly kind: string;
  readonly table: string;
  /** The row's 1-based position in its table as stored: what a link into Records names. */
  readonly position: number;
  /** The row's number in its file (the header being row 1), when the reader kept one. */
  readonly fileRow: number | undefined;
  readonly row: RecordRow;
  readonly problems: readonly RecordProblem[];
};

/** What the workbook's imported records hold about one child. */
export type ChildRecords = {
  /** In import order (oldest file first), then table and position. */
  readonly rows: readonly ChildRow[];
};

function isRecordRow(row: unknown): row is RecordRow {
  return (
    typeof row === 'object' &&
    row !== null &&
    typeof Reflect.get(row, 'row') === 'number' &&
    typeof Reflect.get(row, 'values') === 'object'
  );
}

/** A problem is on a row when it names the row's table (or worksheet) and file row. */
function onRow(problem: RecordProblem, table: string, fileRow: number | undefined): boolean {
  if (fileRow === undefined || problem.row !== fileRow) return false;
  if (problem.sheet === undefined) return false;
  return problem.sheet === table || listNameOf(problem.sheet) === table;
}

async function rowsIn(
  db: WorkbookDb,
  record: ImportRecord,
  table: string,
  childId: string,
): Promise<Omit<ChildRow, 'problems'>[]> {
  const chunks = await db.rowChunks
    .where(':id')
    .startsWith(`${record.id}/${table}/`)
    .filter((chunk) => chunk.table === table)
    .toArray();
  const found: Omit<ChildRow, 'problems'>[] = [];
  for (const chunk of chunks) {
    chunk.rows.forEach((row, at) => {
      if (!isRecordRow(row) || childIdOfRow(table, row) !== childId) return;
      found.push({
        importId: record.id,
        fileName: record.fileName,
        owner: record.owner,
        kind: record.kind,
        table,
        position: chunk.index * CHUNK_ROWS + at + 1,
        fileRow: row.row,
        row,
      });
    });
  }
  return found.sort((a, b) => a.position - b.position);
}

/**
 * Every stored row naming `childId` across the inspection's imported files
 * (the 903 tables' CHILD and the Annex A lists' Child Unique ID:
 * shared/records `childIdColumn`), with each row's problems. Only tables that
 * hold child ids are read, chunk by chunk, so provider lists and Companies
 * House extracts are never loaded; problems are read only for files that
 * name the child.
 */
export async function childRecords(
  db: WorkbookDb,
  inspectionId: string,
  childId: string,
): Promise<ChildRecords> {
  const imports = (await listImports(db, inspectionId)).toReversed();
  const rows: ChildRow[] = [];
  for (const record of imports) {
    const tables = Object.keys(record.tables).filter((t) => childIdColumn(t) !== undefined);
    const found: Omit<ChildRow, 'problems'>[] = [];
    for (const table of tables) found.push(...(await rowsIn(db, record, table, childId)));
    if (found.length === 0) continue;
    const problems = await problemsOf(db, record.id);
    for (const row of found) {
      rows.push({ ...row, problems: problems.filter((p) => onRow(p, row.table, row.fileRow)) });
    }
  }
  return { rows };
}

/**
 * The child's rows as the indicators engine takes them: per owner (the
 * council, or a delegated provider), rows by table.
 */
export function childTablesByOwner(
  rows: readonly ChildRow[],
): Map<string, Record<string, RecordRow[]>> {
  const owners = new Map<string, Record<string, RecordRow[]>>();
  for (const row of rows) {
    const tables = owners.get(row.owner) ?? {};
    (tables[row.table] ??= []).push(row.row);
    owners.set(row.owner, tables);
  }
  return owners;
}
