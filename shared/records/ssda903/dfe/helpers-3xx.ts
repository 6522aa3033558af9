/**
 * What the DfE rules 301–460 share beyond helpers.ts: a birthday N years on,
 * each child's episodes in the order they started, each child's date of
 * birth, and how long an episode lasted.
 */
import { civilFromDay, dayNumber, dfeFromIso, isoFromDay } from '../dates';
import type { Ssda903Row, TableSource } from '../types';
import { ChildIndex, noChildren } from './child-index';
import { byChild, code, dateOf, type SourcedRow } from './helpers';
import type { DfeFlag, DfeInput } from './rule';
import { view, type TableView } from './view';

/**
 * `day` plus whole `years`: the same day and month that many years on, and
 * 28 February for a 29 February in a common year (so a child born on
 * 29 February 2008 is 18 on 28 February 2026, as the DfE's validator counts).
 */
export function addYears(day: number, years: number): number {
  const civil = civilFromDay(day);
  const year = civil.year + years;
  const { month, day: date } = civil;
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  return dayNumber(year, month, month === 2 && date === 29 && !leap ? 28 : date);
}

/** A day number as the return writes it (`dd/mm/yyyy`), for notes. */
export function dfeDay(day: number): string {
  return dfeFromIso(isoFromDay(day));
}

/** Orderings already made, by sources (shared between rules, as byChild's groupings are). */
const ordered = new WeakMap<readonly TableSource[], ChildIndex<readonly SourcedRow[]>>();

/**
 * Each child's episodes in the order they started (DECOM, earliest first);
 * episodes whose DECOM is blank or not a date come last, in file order,
 * so a bad date never slots an episode into the middle of the sequence.
 */
export function episodesInOrder(
  sources: readonly TableSource[] | undefined,
): ChildIndex<readonly SourcedRow[]> {
  if (sources === undefined) return noChildren();
  const known = ordered.get(sources);
  if (known !== undefined) return known;
  const children = new Map<string, readonly SourcedRow[]>();
  for (const [child, rows] of byChild(sources)) {
    children.set(
      child,
      rows.toSorted(
        ([, a], [, b]) =>
          (dateOf(a, 'DECOM') ?? Number.POSITIVE_INFINITY) -
          (dateOf(b, 'DECOM') ?? Number.POSITIVE_INFINITY),
      ),
    );
  }
  const index = new ChildIndex(children);
  ordered.set(sources, index);
  return index;
}

/** Birthdays already gathered, by Header view (a handful of rules ask for them). */
const birthsByView = new WeakMap<TableView, ReadonlyMap<string, number>>();

/** Each child's date of birth from the first Header row that gives a valid one. */
export function birthDays(
  sources: readonly TableSource[] | undefined,
): ReadonlyMap<string, number> {
  const header = view(sources);
  const known = birthsByView.get(header);
  if (known !== undefined) return known;
  const dobs = header.date('DOB');
  const found = new Map<string, number>();
  header.child.forEach((child, at) => {
    const dob = dobs[at];
    if (child !== '' && dob !== undefined && !found.has(child)) found.set(child, dob);
  });
  birthsByView.set(header, found);
  return found;
}

/** The child of a row, trimmed. */
export function childOf(row: Ssda903Row): string {
  return (row.values.CHILD ?? '').trim();
}

/** Whether a row's `column` holds one of `codes` (trimmed, upper-cased). */
export function isOneOf(row: Ssda903Row, column: string, codes: ReadonlySet<string>): boolean {
  return codes.has(code(row, column));
}

/**
 * An episode's last day: DEC, or the collection year's end while it is still
 * open (an open episode has lasted at least until then). Undefined when DEC
 * is given but is not a date.
 */
export function endOrYearEnd(row: Ssda903Row, yearEnd: number): number | undefined {
  if ((row.values.DEC ?? '').trim() === '') return yearEnd;
  return dateOf(row, 'DEC');
}

/** endOrYearEnd for every row of a view (Episodes), by position: made once per view and year end. */
const ends = new WeakMap<TableView, Map<number, readonly (number | undefined)[]>>();

/** Each episode's last day (see endOrYearEnd), by position. */
export function endsOrYearEnd(
  episodes: TableView,
  yearEnd: number,
): readonly (number | undefined)[] {
  let byYear = ends.get(episodes);
  if (byYear === undefined) {
    byYear = new Map();
    ends.set(episodes, byYear);
  }
  let days = byYear.get(yearEnd);
  if (days === undefined) {
    const decs = episodes.date('DEC');
    const given = episodes.code('DEC');
    days = decs.map((dec, at) => (given[at] === '' ? yearEnd : dec));
    byYear.set(yearEnd, days);
  }
  return days;
}

/**
 * An episode that ended for reason `recs` when the child was too young or
 * too old: `tooYoung` says whether DEC is before the birthday `years` on
 * (the child was under that age), or else on or after it (the child had
 * reached it).
 */
export function ageAtEnd(recs: readonly string[], years: number, tooYoung: boolean) {
  return ({ tables }: DfeInput, flag: DfeFlag): void => {
    const births = birthDays(tables.Header);
    const episodes = view(tables.Episodes);
    const decs = episodes.date('DEC');
    const reasons = episodes.code('REC');
    episodes.child.forEach((child, at) => {
      const dec = decs[at];
      if (dec === undefined || !recs.includes(reasons[at] ?? '')) return;
      const dob = births.get(child);
      if (dob === undefined) return;
      const birthday = addYears(dob, years);
      if (tooYoung ? dec < birthday : dec >= birthday)
        episodes.flag(flag, at, 'REC', `born ${dfeDay(dob)}`);
    });
  };
}

export type { SourcedRow };
