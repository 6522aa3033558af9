/**
 * What many DfE rules share: rows grouped by child, dates as day numbers,
 * ages on a day. Rules read the tables through these so that "the child's
 * episodes" or "age at the start of the year" means the same in every rule.
 */
import { civilFromDay, dayNumber } from '../dates';
import { dateOf, rowsOf } from '../rule-context';
import type { CollectionYear, Ssda903Row, TableSource } from '../types';
import { ChildIndex, noChildren } from './child-index';
import { normalCode, view, type TableView } from './view';

export { dateOf, rowsOf };

/** A row with the source (file and table) it came from. */
export type SourcedRow = readonly [TableSource, Ssda903Row];

/**
 * Groupings already made, by the sources they were made from: a return's
 * tables are the same arrays for every rule of one run, so the hundreds of
 * rules that read "each child's episodes" group them once.
 */
const grouped = new WeakMap<readonly TableSource[], ChildIndex<readonly SourcedRow[]>>();

/**
 * The rows of some sources by CHILD (rows with a blank CHILD are left out),
 * in file order. Shared between rules: read-only.
 */
export function byChild(
  sources: readonly TableSource[] | undefined,
): ChildIndex<readonly SourcedRow[]> {
  if (sources === undefined) return noChildren();
  const known = grouped.get(sources);
  if (known !== undefined) return known;
  const children = groupByChild(sources);
  grouped.set(sources, children);
  return children;
}

/** The view's grouping by child (view.ts), as rows with their sources. */
function groupByChild(sources: readonly TableSource[]): ChildIndex<readonly SourcedRow[]> {
  const table = view(sources);
  const children = new Map<string, SourcedRow[]>();
  for (const [child, positions] of table.byChild())
    children.set(child, entriesAt(table, positions));
  return new ChildIndex(children);
}

/** The view's rows at `positions`, with their sources. */
function entriesAt(table: TableView, positions: readonly number[]): SourcedRow[] {
  const rows: SourcedRow[] = [];
  for (let nth = 0; nth < positions.length; nth += 1) {
    const entry = table.entries[positions[nth] ?? -1];
    if (entry !== undefined) rows.push(entry);
  }
  return rows;
}

/** A child's rows with their sources, looked up one child at a time. */
export type RowsByChild = {
  readonly get: (child: string) => readonly SourcedRow[] | undefined;
  readonly has: (child: string) => boolean;
};

/**
 * The rows of some sources by CHILD, as byChild gives them, for rules that
 * look up a few children (those of a small table) in a large one: only the
 * children asked about have their rows listed.
 */
export function rowsByChild(sources: readonly TableSource[] | undefined): RowsByChild {
  const table = view(sources);
  const children = table.byChild();
  const rowsOfChild = (child: string): readonly SourcedRow[] | undefined => {
    const positions = children.get(child);
    return positions === undefined ? undefined : entriesAt(table, positions);
  };
  return { get: rowsOfChild, has: (child) => children.has(child) };
}

/**
 * A cell's text, trimmed and upper-cased as the DfE's checks compare codes.
 * Most cells already are, and are kept as they are (view.ts normalCode).
 */
export function code(row: Ssda903Row, column: string): string {
  return normalCode(row.values[column] ?? '');
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
  // Numbers, not ISO text: hundreds of rules ask ages of every row.
  const born = civilFromDay(dob);
  const on = civilFromDay(day);
  const years = on.year - born.year;
  const reached = on.month > born.month || (on.month === born.month && on.day >= born.day);
  return reached ? years : years - 1;
}
