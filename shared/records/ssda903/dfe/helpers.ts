/**
 * What many DfE rules share: rows grouped by child, dates as day numbers,
 * ages on a day. Rules read the tables through these so that "the child's
 * episodes" or "age at the start of the year" means the same in every rule.
 */
import { dayNumber, isoFromDay } from '../dates';
import { dateOf, rowsOf } from '../rule-context';
import type { CollectionYear, Ssda903Row, TableSource } from '../types';

export { dateOf, rowsOf };

/** A row with the source (file and table) it came from. */
export type SourcedRow = readonly [TableSource, Ssda903Row];

/** The rows of some sources by CHILD (rows with a blank CHILD are left out), in file order. */
export function byChild(sources: readonly TableSource[] | undefined): Map<string, SourcedRow[]> {
  const children = new Map<string, SourcedRow[]>();
  for (const [source, row] of rowsOf(sources)) {
    const child = (row.values.CHILD ?? '').trim();
    if (child === '') continue;
    const rows = children.get(child);
    if (rows === undefined) children.set(child, [[source, row]]);
    else rows.push([source, row]);
  }
  return children;
}

/** A cell's text, trimmed and upper-cased as the DfE's checks compare codes. */
export function code(row: Ssda903Row, column: string): string {
  return (row.values[column] ?? '').trim().toUpperCase();
}

/** Whether a cell is blank (empty or only spaces). */
export function blank(row: Ssda903Row, column: string): boolean {
  return (row.values[column] ?? '').trim() === '';
}

/** The first and last day of a collection year, as day numbers. */
export function yearDays(year: CollectionYear): { readonly start: number; readonly end: number } {
  const start = Number(year.start.slice(0, 4));
  return { start: dayNumber(start, 4, 1), end: dayNumber(start + 1, 3, 31) };
}

/** Whole years from birth (`dob`) to `day`, both day numbers: a birthday counts on the day. */
export function ageOn(dob: number, day: number): number {
  const born = isoFromDay(dob);
  const on = isoFromDay(day);
  const years = Number(on.slice(0, 4)) - Number(born.slice(0, 4));
  return on.slice(5) >= born.slice(5) ? years : years - 1;
}
