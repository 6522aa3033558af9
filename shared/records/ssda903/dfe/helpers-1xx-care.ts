/**
 * What the DfE 903 rules about a child's time in care share: birthdays as
 * day numbers, the child's latest episode, whether a child was in care during
 * the year, and whether they were looked after continuously for 12 months at
 * 31 March (the OC2 cohort). DfE guidance:
 * https://www.gov.uk/guidance/children-looked-after-return
 */
import { civilFromDay, dayNumber } from '../dates';
import type { CollectionYear, Ssda903Row } from '../types';
import { code, dateOf, yearDays, type SourcedRow } from './helpers';
import type { Positions, TableView } from './view';

/**
 * The day `years` after `day` (a birthday): 29 February falls on 28 February
 * in a year without one, as the DfE's tool counts a birthday.
 */
export function yearsAfter(day: number, years: number): number {
  const civil = civilFromDay(day);
  const year = civil.year + years;
  const { month, day: date } = civil;
  if (month === 2 && date === 29) {
    const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
    return dayNumber(year, 2, leap ? 29 : 28);
  }
  return dayNumber(year, month, date);
}

/** The episode with the latest start (DECOM); ties go to the later row. Rows without a DECOM are skipped. */
export function latestEpisode(rows: readonly SourcedRow[]): SourcedRow | undefined {
  let latest: SourcedRow | undefined;
  let latestStart = -Infinity;
  for (const entry of rows) {
    const start = dateOf(entry[1], 'DECOM');
    if (start !== undefined && start >= latestStart) [latest, latestStart] = [entry, start];
  }
  return latest;
}

/** latestEpisode by position: of `positions`, the one with the latest start (`decoms`); ties go to the later. */
export function latestPosition(
  decoms: readonly (number | undefined)[],
  positions: Positions,
): number | undefined {
  let latest: number | undefined;
  let latestStart = -Infinity;
  for (const at of positions) {
    const start = decoms[at];
    if (start !== undefined && start >= latestStart) [latest, latestStart] = [at, start];
  }
  return latest;
}

/** The episode with the earliest start (DECOM); ties go to the first row. */
export function earliestEpisode(rows: readonly SourcedRow[]): SourcedRow | undefined {
  let earliest: SourcedRow | undefined;
  let earliestStart = Infinity;
  for (const entry of rows) {
    const start = dateOf(entry[1], 'DECOM');
    if (start !== undefined && start < earliestStart) [earliest, earliestStart] = [entry, start];
  }
  return earliest;
}

/** Whether an episode overlaps the year: began by 31 March and ended on or after 1 April, or is open. */
export function inYear(row: Ssda903Row, year: CollectionYear): boolean {
  const { start, end } = yearDays(year);
  const began = dateOf(row, 'DECOM');
  if (began === undefined || began > end) return false;
  const ended = dateOf(row, 'DEC');
  return ended === undefined ? (row.values.DEC ?? '').trim() === '' : ended >= start;
}

/** inYear for every episode of a view, by position (made once per view and year). */
const inYears = new WeakMap<TableView, Map<string, readonly boolean[]>>();

/** Whether each episode of a view overlaps the year (see inYear), by position. */
export function episodesInYear(episodes: TableView, year: CollectionYear): readonly boolean[] {
  let byYear = inYears.get(episodes);
  if (byYear === undefined) {
    byYear = new Map();
    inYears.set(episodes, byYear);
  }
  let during = byYear.get(year.start);
  if (during === undefined) {
    const { start, end } = yearDays(year);
    const decs = episodes.date('DEC');
    const decTexts = episodes.code('DEC');
    during = episodes.date('DECOM').map((began, at) => {
      if (began === undefined || began > end) return false;
      const ended = decs[at];
      return ended === undefined ? decTexts[at] === '' : ended >= start;
    });
    byYear.set(year.start, during);
  }
  return during;
}

/** Short-break legal statuses (V3, V4): a series of short breaks is not "looked after" for most counts. */
export const SHORT_BREAKS: ReadonlySet<string> = new Set(['V3', 'V4']);

/**
 * Whether a child was looked after continuously for at least 12 months at
 * 31 March, by the DfE's definition in its 903 validation rules: the child
 * has an episode in the year, and no episode that starts a period of care
 * (RNE `S`) after 1 April, none that ends one (REC other than `X1`) before
 * 31 March, and none under a short-break legal status (V3, V4) in the year.
 */
export function continuouslyLookedAfter(
  episodes: readonly SourcedRow[],
  year: CollectionYear,
): boolean {
  const { start, end } = yearDays(year);
  let during = false;
  for (const [, row] of episodes) {
    const overlaps = inYear(row, year);
    if (overlaps) during = true;
    const began = dateOf(row, 'DECOM');
    const ended = dateOf(row, 'DEC');
    const entersCare =
      code(row, 'RNE') === 'S' && began !== undefined && began > start && began <= end;
    const leavesCare =
      code(row, 'REC') !== 'X1' && ended !== undefined && ended >= start && ended < end;
    const shortBreak = SHORT_BREAKS.has(code(row, 'LS')) && overlaps;
    if (entersCare || leavesCare || shortBreak) return false;
  }
  return during;
}

/** continuouslyLookedAfter by position: the child's episodes at `positions` of `episodes`. */
export function continuouslyLookedAfterAt(
  episodes: TableView,
  positions: Positions,
  year: CollectionYear,
): boolean {
  const { start, end } = yearDays(year);
  const during = episodesInYear(episodes, year);
  const decoms = episodes.date('DECOM');
  const decs = episodes.date('DEC');
  const reasons = episodes.code('RNE');
  const recs = episodes.code('REC');
  const statuses = episodes.code('LS');
  let any = false;
  for (const at of positions) {
    const overlaps = during[at] === true;
    if (overlaps) any = true;
    const began = decoms[at];
    const ended = decs[at];
    const entersCare = reasons[at] === 'S' && began !== undefined && began > start && began <= end;
    const leavesCare = recs[at] !== 'X1' && ended !== undefined && ended >= start && ended < end;
    const shortBreak = SHORT_BREAKS.has(statuses[at] ?? '') && overlaps;
    if (entersCare || leavesCare || shortBreak) return false;
  }
  return any;
}

/** Whether any of `columns` is filled in on `row`. */
export function anyGiven(row: Ssda903Row, columns: readonly string[]): boolean {
  return columns.some((column) => (row.values[column] ?? '').trim() !== '');
}

/** The columns of `columns` that are filled in on `row`. */
export function given(row: Ssda903Row, columns: readonly string[]): string[] {
  return columns.filter((column) => (row.values[column] ?? '').trim() !== '');
}
