/**
 * Where a problem sits among an import's stored rows: which stored table,
 * which row of it (1-based, as stored), and whose row it is. A problem names
 * its row as the file numbers it (the header being row 1), which is not
 * always the stored position (XML numbers rows within each table; a sheet
 * can have blank lines), so the row is looked up by its number.
 */
import type { RecordProblem } from './problem';

type Cells = Readonly<Record<string, unknown>>;

function isRecord(value: unknown): value is Cells {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * The columns that hold a child's id: `CHILD` in every SSDA903 table
 * (ssda903/tables.ts), `Child Unique ID` in the Annex A lists
 * (xlsx/annex-a-lists.ts), `LAchildID` in every CIN census table
 * (cin/tables.ts).
 */
const CHILD_COLUMNS = ['CHILD', 'Child Unique ID', 'LAchildID'] as const;

/** The child a stored row belongs to, if it is a child's row and names one. */
export function childIdOfRow(row: unknown): string | undefined {
  if (!isRecord(row)) return undefined;
  const values = row['values'];
  if (!isRecord(values)) return undefined;
  for (const column of CHILD_COLUMNS) {
    const id = values[column];
    if (typeof id === 'string' && id.trim() !== '') return id.trim();
    if (typeof id === 'number') return String(id);
  }
  return undefined;
}

/** Whether a column holds a child's id, so its cells can link to the child. */
export function isChildColumn(column: string): boolean {
  return CHILD_COLUMNS.some((name) => name === column);
}

/** A stored row's number in its file, if it has one. */
export function fileRowOf(row: unknown): number | undefined {
  if (!isRecord(row)) return undefined;
  const number = row['row'];
  return typeof number === 'number' ? number : undefined;
}

/** File row number → 1-based position among the stored rows, for finding a problem's row. */
export function rowPositions(rows: readonly unknown[]): ReadonlyMap<number, number> {
  const positions = new Map<number, number>();
  rows.forEach((row, index) => {
    const number = fileRowOf(row);
    if (number !== undefined && !positions.has(number)) positions.set(number, index + 1);
  });
  return positions;
}

/**
 * The stored table a problem is in: its sheet when that is one of the
 * import's tables, else the only table when there is just one (a CSV is one
 * table); `undefined` for a problem about the whole file.
 */
export function tableOfProblem(
  problem: RecordProblem,
  tables: readonly string[],
): string | undefined {
  if (problem.sheet !== undefined && tables.includes(problem.sheet)) return problem.sheet;
  return tables.length === 1 ? tables[0] : undefined;
}

/** A problem's place among the stored rows, and its child. */
export type ProblemPlace = {
  readonly table?: string;
  /** 1-based position in `table` as stored. */
  readonly position?: number;
  readonly childId?: string;
};

/**
 * Places a problem among an import's stored rows. `rowsOf` gives a table's
 * stored rows and `positionsOf` their {@link rowPositions} (both cached by
 * the caller, so 10,000 problems in one table look its rows up once).
 */
export function placeProblem(
  problem: RecordProblem,
  tables: readonly string[],
  rowsOf: (table: string) => readonly unknown[],
  positionsOf: (table: string) => ReadonlyMap<number, number>,
): ProblemPlace {
  const table = tableOfProblem(problem, tables);
  if (table === undefined || problem.row === undefined) return table === undefined ? {} : { table };
  const position = positionsOf(table).get(problem.row);
  if (position === undefined) return { table };
  const childId = childIdOfRow(rowsOf(table)[position - 1]);
  return { table, position, ...(childId === undefined ? {} : { childId }) };
}
