/**
 * A 903 CSV table's rows packed for the trip from the import worker to the
 * page. A structured clone copies hundreds of thousands of row objects one
 * by one, and reading JSON back builds them as slowly; here every cell goes
 * in one string (cells joined by NUL, which no 903 file may hold: the
 * readers refuse it), with the row numbers in a typed array and the few
 * rows with problems listed, and the page splits the string once and builds
 * the rows again. A table this cannot pack exactly (a cell that is not
 * text, or holds a NUL) is not packed.
 */

/** Between two cells: NUL, which the 903 readers refuse anywhere in a file. */
const SEPARATOR = '\u0000';

/** A 903 row as the readers make it (shared/records/ssda903/types.ts Ssda903Row). */
type Row = {
  readonly row: number;
  readonly values: Readonly<Record<string, string>>;
  readonly problems: number[];
};

/** One table's rows, packed. */
export type PackedRows = {
  /** The columns of every row, in the order of each row's `values`. */
  readonly columns: readonly string[];
  /** Every cell, row by row, joined by NUL. */
  readonly cells: string;
  /** Each row's `row` (its number in the file). */
  readonly rows: Int32Array;
  /** The rows with problems: [position, the row's problem indexes]. */
  readonly marked: readonly (readonly [number, readonly number[]])[];
};

function isRecord(value: unknown): value is Readonly<Record<string, unknown>> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isRow(value: unknown): value is { readonly row: number; readonly values: object } & {
  readonly problems: readonly unknown[];
} {
  return (
    isRecord(value) &&
    typeof value.row === 'number' &&
    Number.isInteger(value.row) &&
    isRecord(value.values) &&
    Array.isArray(value.problems)
  );
}

/** How many times `separator` occurs in `text`. */
function count(text: string, separator: string): number {
  let found = 0;
  for (let at = text.indexOf(separator); at !== -1; at = text.indexOf(separator, at + 1)) {
    found += 1;
  }
  return found;
}

/**
 * A table's rows packed, or undefined when they cannot be packed exactly:
 * each row must have the first row's columns, in its order, every cell text
 * without a NUL, and problem indexes that are numbers.
 */
export function packRows(rows: readonly unknown[]): PackedRows | undefined {
  const first = rows[0];
  if (first === undefined) return { columns: [], cells: '', rows: new Int32Array(0), marked: [] };
  if (!isRow(first)) return undefined;
  const columns = Object.keys(first.values);
  const cells: string[] = [];
  const numbers = new Int32Array(rows.length);
  const marked: (readonly [number, readonly number[]])[] = [];
  for (let at = 0; at < rows.length; at += 1) {
    const row = rows[at];
    if (!isRow(row) || Object.keys(row.values).length !== columns.length) return undefined;
    numbers[at] = row.row;
    if (numbers[at] !== row.row) return undefined;
    for (let k = 0; k < columns.length; k += 1) {
      const cell: unknown = Reflect.get(row.values, columns[k] ?? '');
      if (typeof cell !== 'string') return undefined;
      cells.push(cell);
    }
    if (row.problems.length === 0) continue;
    const problems = row.problems.filter((index) => typeof index === 'number');
    if (problems.length !== row.problems.length) return undefined;
    marked.push([at, problems]);
  }
  const text = cells.join(SEPARATOR);
  // A NUL inside a cell would shift every cell after it: such a table goes as it is.
  return count(text, SEPARATOR) === cells.length - 1
    ? { columns, cells: text, rows: numbers, marked }
    : undefined;
}

/** The rows packRows packed, as they were. */
export function unpackRows(packed: PackedRows): Row[] {
  const { columns, rows: numbers } = packed;
  const cells = numbers.length === 0 ? [] : packed.cells.split(SEPARATOR);
  const rows: Row[] = [];
  for (let at = 0; at < numbers.length; at += 1) {
    const values: Record<string, string> = {};
    const base = at * columns.length;
    for (let k = 0; k < columns.length; k += 1) {
      values[columns[k] ?? ''] = cells[base + k] ?? '';
    }
    rows.push({ row: numbers[at] ?? 0, values, problems: [] });
  }
  for (const [at, problems] of packed.marked) rows[at]?.problems.push(...problems);
  return rows;
}
