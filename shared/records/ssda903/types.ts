/**
 * The shapes the 903 readers return. Every row of every file is kept, in file
 * order, with its row number; a row with problems is marked, never dropped
 *.
 */
import type { RecordProblem } from '../problem';
import { addCapped } from '../problem-cap';
import type { TableName } from './tables';
import type { TextEncodingName } from './text';

/**
 * One record of a 903 table. `values` holds every column of the table as
 * text, exactly as read (blank is `''`; `CHILD` and ids keep leading zeros).
 */
export type Ssda903Row = {
  /**
   * CSV: the 1-based row in the file, the header being row 1 (so the first
   * record is row 2). XML: the 1-based position of the record within its
   * table, in document order.
   */
  readonly row: number;
  readonly values: Readonly<Record<string, string>>;
  /**
   * Indexes into the owning result's `problems` of the problems on this row.
   * `import903` appends the cross-table ones; empty when the row is clean.
   */
  readonly problems: number[];
};

/** The rows of one table from one file. */
export type TableSource = {
  readonly file: string;
  readonly table: TableName;
  readonly rows: readonly Ssda903Row[];
};

/** A 903 CSV file: one table. */
export type Ssda903CsvResult = {
  readonly kind: 'ssda903-csv';
  readonly file: string;
  readonly table: TableName;
  /** The table's columns in the validator's order (the file may order them differently). */
  readonly columns: readonly string[];
  readonly rows: readonly Ssda903Row[];
  readonly problems: RecordProblem[];
  readonly encoding: TextEncodingName;
};

/** A 903 XML file (`EXPSSDA903`): every table, built as the validator builds them. */
export type Ssda903XmlResult = {
  readonly kind: 'ssda903-xml';
  readonly file: string;
  /**
   * Rows per table. The ten tables the XML return holds (all but SW_Episodes
   * and DoLo) are always present, with no rows when the file has none.
   */
  readonly tables: Readonly<Partial<Record<TableName, readonly Ssda903Row[]>>>;
  readonly problems: RecordProblem[];
  readonly encoding: TextEncodingName;
};

/** Either kind of 903 file. */
export type Ssda903Result = Ssda903CsvResult | Ssda903XmlResult;

/** Rows per table from one or more files, as `validate903` takes them. */
export type Ssda903Tables = Partial<Record<TableName, readonly TableSource[]>>;

/** A DfE collection year: 1 April to 31 March, as ISO dates. */
export type CollectionYear = {
  /** e.g. `2017-04-01`. */
  readonly start: string;
  /** e.g. `2018-03-31`. */
  readonly end: string;
};

/**
 * Adds a problem to `problems`, marking `row` (if any) with its index; past
 * the limit per rule and file it is only counted, for one summary problem
 * (problem-cap.ts; `closeCapped` adds the summaries).
 */
export function addProblem(
  problems: RecordProblem[],
  problem: RecordProblem,
  row?: Ssda903Row,
): void {
  addCapped(problems, problem, row);
}
