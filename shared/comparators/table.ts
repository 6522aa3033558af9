import { tokenizeCsv } from '../records/ssda903/csv-tokenize';
import type { ComparatorFileProblem } from './types';

/** A CSV file read as a header and rows of text. */
export type CsvTable = {
  readonly file: string;
  readonly header: readonly string[];
  readonly rows: readonly (readonly string[])[];
  /** The index of each column by name (the first, if a name repeats). */
  readonly index: ReadonlyMap<string, number>;
};

/**
 * Reads a DfE CSV: UTF-8, some files with a byte-order mark (stripped),
 * quoted fields where a name holds a comma (`Bristol, City of`). Blank lines
 * are dropped.
 */
export function readCsvTable(file: string, text: string): CsvTable {
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const { records } = tokenizeCsv(body);
  const [header = [], ...rest] = records;
  const index = new Map<string, number>();
  header.forEach((name, at) => {
    if (!index.has(name.trim())) index.set(name.trim(), at);
  });
  return {
    file,
    header,
    rows: rest.filter((row) => row.some((field) => field.trim() !== '')),
    index,
  };
}

/** The columns `table` lacks, each as a problem naming the file and the column. */
export function missingColumns(
  table: CsvTable,
  columns: readonly string[],
): ComparatorFileProblem[] {
  return columns
    .filter((column) => !table.index.has(column))
    .map((column) => ({
      file: table.file,
      column,
      message: `${table.file}: the column "${column}" is missing, so this is not the layout of the DfE file it is named as`,
    }));
}

/** A reader of one named column of a row ('' where the row is short). */
export function columnReader(table: CsvTable, column: string): (row: readonly string[]) => string {
  const at = table.index.get(column);
  return (row) => (at === undefined ? '' : (row[at] ?? '').trim());
}
