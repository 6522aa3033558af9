/**
 * The shapes the CIN census reader returns. Every element is kept: each
 * group instance is a row of its table, in document order, with its
 * position; a row with problems is marked, never dropped.
 */
import type { RecordProblem } from '../problem';
import type { CollectionYear } from '../ssda903/types';
import type { TextEncodingName } from '../ssda903/text';
import type { CinTable } from './tables';

/** One element instance: its 1-based position in its table, its values as text (`''` when absent). */
export type CinRow = {
  readonly row: number;
  readonly values: Record<string, string>;
  /** Indexes into the result's `problems` of the problems on this row. */
  readonly problems: number[];
};

export type CinTables = Readonly<Record<CinTable, readonly CinRow[]>>;

/** The census year a return is for: its collection year, and the 31 March it ends on. */
export type CinYear = CollectionYear & {
  /** The year of the reference date: 2024 for the 2023 to 2024 census. */
  readonly census: number;
};

/** A CIN census XML file as read and checked. */
export type CinResult = {
  readonly kind: 'cin-census';
  readonly file: string;
  readonly tables: CinTables;
  readonly problems: RecordProblem[];
  /** Undefined when the header gives no usable reference date or year. */
  readonly year: CinYear | undefined;
  /** The schema year the file was checked against (the census year, or the nearest held). */
  readonly schemaYear: number;
  readonly encoding: TextEncodingName;
};

/** Adds a problem to `problems`, marking `row` (if any) with its index. */
export function addCinProblem(
  problems: RecordProblem[],
  problem: RecordProblem,
  row?: CinRow,
): void {
  row?.problems.push(problems.length);
  problems.push(problem);
}
