/**
 * What the 6xx, 7xx, INT and social worker rules share: dates that may be
 * partly unknown, the collection year's days, a child's last episode, and
 * periods that overlap. Dates are day numbers (helpers.ts).
 */
import { daysInMonth, isRealDay } from '../../../util/calendar';
import { dayNumber, parseDfeDate } from '../dates';
import type { Ssda903Row } from '../types';
import { dateOf, yearDays, type SourcedRow } from './helpers';
import type { DfeInput } from './rule';
import { inOrder, perView, type Positions, type TableView } from './view';

/**
 * A date whose day, month or year may be written `ZZ`/`ZZZZ` because it is
 * not known. DfE SSDA903 guidance
 * (https://www.gov.uk/guidance/children-looked-after-return) lets the date
 * of a previous permanence order (DATE_PERM) and social worker episode dates
 * be given this way: `ZZ/05/2020` is some day in May 2020, `ZZ/ZZ/2020` some
 * day in 2020, `ZZ/ZZ/ZZZZ` a date not known at all.
 */
export type PartialDay =
  /** The earliest and latest day the written date can be. */
  | { readonly known: true; readonly earliest: number; readonly latest: number }
  /** A valid date whose year is not known, so it cannot be compared. */
  | { readonly known: false };

const UNKNOWN: PartialDay = { known: false };

function digits(text: string): number | undefined {
  return /^\d+$/.test(text) ? Number(text) : undefined;
}

/** Reads a `dd/mm/yyyy` date in which parts may be `ZZ`/`ZZZZ`; undefined if it is not one. */
export function partialDay(text: string): PartialDay | undefined {
  // Most cells are blank or a whole date: read without splitting the text.
  if (text === '') return undefined;
  const whole = parseDfeDate(text);
  if (whole !== undefined) return { known: true, earliest: whole, latest: whole };
  const parts = text.trim().toUpperCase().split('/');
  const [dayText, monthText, yearText] = parts;
  if (parts.length !== 3 || dayText === undefined || monthText === undefined) return undefined;
  if (yearText === undefined || dayText.length !== 2 || monthText.length !== 2) return undefined;
  if (yearText.length !== 4) return undefined;
  const day = dayText === 'ZZ' ? undefined : digits(dayText);
  const month = monthText === 'ZZ' ? undefined : digits(monthText);
  const year = yearText === 'ZZZZ' ? undefined : digits(yearText);
  if (dayText !== 'ZZ' && day === undefined) return undefined;
  if (monthText !== 'ZZ' && (month === undefined || month < 1 || month > 12)) return undefined;
  if (yearText !== 'ZZZZ' && (year === undefined || year < 1)) return undefined;
  if (day !== undefined && (day < 1 || day > 31)) return undefined;
  if (year === undefined) return UNKNOWN;
  if (month === undefined) {
    // A known day in an unknown month: the earliest and latest months holding it.
    const months = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12].filter(
      (m) => day === undefined || isRealDay(year, m, day),
    );
    const first = months[0];
    const last = months[months.length - 1];
    if (first === undefined || last === undefined) return undefined;
    return {
      known: true,
      earliest: dayNumber(year, first, day ?? 1),
      latest: dayNumber(year, last, day ?? daysInMonth(year, last)),
    };
  }
  if (day === undefined) {
    return {
      known: true,
      earliest: dayNumber(year, month, 1),
      latest: dayNumber(year, month, daysInMonth(year, month)),
    };
  }
  if (!isRealDay(year, month, day)) return undefined;
  const exact = dayNumber(year, month, day);
  return { known: true, earliest: exact, latest: exact };
}

/** partialDay of every cell of SW_DECOM and SW_DEC, by position, read once per view. */
const partialColumn = (column: string) =>
  perView((table) => table.rows.map((row) => partialDay(row.values[column] ?? '')));
export const swStarts = partialColumn('SW_DECOM');
export const swEnds = partialColumn('SW_DEC');

/** lookedAfterOn by position: whether one of the episodes at `positions` of `episodes` is open at the end of `day`. */
export function lookedAfterAt(episodes: TableView, positions: Positions, day: number): boolean {
  const decoms = episodes.date('DECOM');
  const decs = episodes.date('DEC');
  const decTexts = episodes.code('DEC');
  return positions.some((at) => {
    const start = decoms[at];
    if (start === undefined || start > day) return false;
    const end = decs[at];
    return end === undefined ? decTexts[at] === '' : end > day;
  });
}

/** The collection year's first and last days (1 April, 31 March) as day numbers. */
export function collectionDays(input: DfeInput): { readonly start: number; readonly end: number } {
  return yearDays(input.year);
}

/** Whether `day` falls in the collection year. */
export function inYear(input: DfeInput, day: number | undefined): boolean {
  const { start, end } = collectionDays(input);
  return day !== undefined && day >= start && day <= end;
}

/** The row with the latest date in `column` (the first such row on a tie); undefined when none has a date. */
export function latestBy(rows: readonly SourcedRow[], column: string): SourcedRow | undefined {
  let best: SourcedRow | undefined;
  let bestDay = Number.NEGATIVE_INFINITY;
  for (const entry of rows) {
    const day = dateOf(entry[1], column);
    if (day !== undefined && day > bestDay) {
      best = entry;
      bestDay = day;
    }
  }
  return best;
}

/** The earliest date in `column` among `rows`, or undefined when none has a date. */
export function earliestDay(rows: readonly SourcedRow[], column: string): number | undefined {
  let best: number | undefined;
  for (const [, row] of rows) {
    const day = dateOf(row, column);
    if (day !== undefined && (best === undefined || day < best)) best = day;
  }
  return best;
}

/** earliestDay by position: the earliest of `days` at `positions`, or undefined when none has one. */
export function earliestDayAt(
  positions: Positions,
  days: readonly (number | undefined)[],
): number | undefined {
  let best: number | undefined;
  for (const at of positions) {
    const day = days[at];
    if (day !== undefined && (best === undefined || day < best)) best = day;
  }
  return best;
}

/** Rows sorted by the date in `column` (rows without one last), keeping file order on ties. */
export function sortedBy(rows: readonly SourcedRow[], column: string): SourcedRow[] {
  const keyed = rows.map((entry, at) => ({
    entry,
    at,
    day: dateOf(entry[1], column) ?? Number.POSITIVE_INFINITY,
  }));
  keyed.sort((a, b) => a.day - b.day || a.at - b.at);
  return keyed.map((item) => item.entry);
}

/** sortedBy by position: `positions` in order of `days` (none last), keeping their order on ties. */
export function sortedAt(positions: Positions, days: readonly (number | undefined)[]): Positions {
  // Most children's rows already come in order: those are not copied and sorted again.
  if (inOrder(positions, days)) return positions;
  const key = (at: number): number => days[at] ?? Number.POSITIVE_INFINITY;
  return positions.toSorted((a, b) => key(a) - key(b) || 0);
}

/** latestBy by position: of `positions`, the one with the latest of `days` (the first on a tie). */
export function latestAt(
  positions: Positions,
  days: readonly (number | undefined)[],
): number | undefined {
  let best: number | undefined;
  let bestDay = Number.NEGATIVE_INFINITY;
  for (const at of positions) {
    const day = days[at];
    if (day !== undefined && day > bestDay) [best, bestDay] = [at, day];
  }
  return best;
}

/** Whether [aStart, aEnd] and [bStart, bEnd] share a day (an end left open runs on for ever). */
export function overlaps(
  aStart: number,
  aEnd: number | undefined,
  bStart: number,
  bEnd: number | undefined,
): boolean {
  return (
    aStart <= (bEnd ?? Number.POSITIVE_INFINITY) && bStart <= (aEnd ?? Number.POSITIVE_INFINITY)
  );
}

/**
 * Whether a child with these episodes is still looked after at the end of
 * `day`: an episode started by then and not ceased by then (an episode that
 * ceases on `day` ends the care that day, as the DfE counts children looked
 * after at 31 March by the episodes still open then).
 */
export function lookedAfterOn(episodes: readonly SourcedRow[], day: number): boolean {
  return episodes.some(([, row]) => {
    const start = dateOf(row, 'DECOM');
    if (start === undefined || start > day) return false;
    const end = dateOf(row, 'DEC');
    return end === undefined ? (row.values.DEC ?? '').trim() === '' : end > day;
  });
}

/** A cell's text trimmed (case kept), for ids that are not codes. */
export function cellText(row: Ssda903Row, column: string): string {
  return (row.values[column] ?? '').trim();
}
