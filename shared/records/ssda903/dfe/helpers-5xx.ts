/**
 * What the DfE rules 501–586 share beyond helpers.ts: a child's episodes in
 * date order, the first and latest episode, whether a child was looked after
 * continuously for the year, and the placement codes that mean "placed for
 * adoption" (DfE SSDA903 guidance, https://www.gov.uk/guidance/children-looked-after-return).
 */
import type { CollectionYear } from '../types';
import { code, dateOf, yearDays, type SourcedRow } from './helpers';
import { perView, type TableView } from './view';

/** PLACE codes A3–A6: placed for adoption (DfE 903 guidance, placement type). */
export const ADOPTION_PLACES: ReadonlySet<string> = new Set(['A3', 'A4', 'A5', 'A6']);

/** REC codes E11, E12: the child was adopted (DfE 903 guidance, reason episode ceased). */
export const ADOPTED: ReadonlySet<string> = new Set(['E11', 'E12']);

/** REC `X1`: the episode ceased but the child stayed looked after (a new episode follows). */
export const STILL_LOOKED_AFTER = 'X1';

/** Rows sorted by a date column, earliest first; rows without a date last; ties keep file order. */
export function byDate(rows: readonly SourcedRow[], column: string): SourcedRow[] {
  const keyed = rows.map((entry, at) => ({ entry, at, day: dateOf(entry[1], column) }));
  keyed.sort((a, b) => {
    if (a.day === b.day) return a.at - b.at;
    if (a.day === undefined) return 1;
    if (b.day === undefined) return -1;
    return a.day - b.day;
  });
  return keyed.map(({ entry }) => entry);
}

/** The row with the earliest date in `column` (the first in file order on a tie), if any has one. */
export function earliest(rows: readonly SourcedRow[], column: string): SourcedRow | undefined {
  const first = byDate(rows, column)[0];
  return first !== undefined && dateOf(first[1], column) !== undefined ? first : undefined;
}

/** earliest by position: of `positions`, the one with the earliest of `days` (the first on a tie). */
export function earliestAt(
  positions: readonly number[],
  days: readonly (number | undefined)[],
): number | undefined {
  let best: number | undefined;
  let bestDay = Number.POSITIVE_INFINITY;
  for (const at of positions) {
    const day = days[at];
    if (day !== undefined && day < bestDay) [best, bestDay] = [at, day];
  }
  return best;
}

/** The row with the latest date in `column` (the first in file order on a tie), if any has one. */
export function latest(rows: readonly SourcedRow[], column: string): SourcedRow | undefined {
  let best: SourcedRow | undefined;
  let bestDay: number | undefined;
  for (const entry of rows) {
    const day = dateOf(entry[1], column);
    if (day !== undefined && (bestDay === undefined || day > bestDay)) {
      best = entry;
      bestDay = day;
    }
  }
  return best;
}

/** Consecutive pairs of a child's episodes in DECOM order: [previous, next]. */
export function consecutive(rows: readonly SourcedRow[]): [SourcedRow, SourcedRow][] {
  const sorted = byDate(rows, 'DECOM');
  const pairs: [SourcedRow, SourcedRow][] = [];
  for (let at = 1; at < sorted.length; at += 1) {
    const previous = sorted[at - 1];
    const next = sorted[at];
    if (previous !== undefined && next !== undefined) pairs.push([previous, next]);
  }
  return pairs;
}

/** consecutive by position: each pair of a child's episodes in DECOM order, for every child. */
export function consecutivePositions(
  episodes: TableView,
  each: (previous: number, next: number) => void,
): void {
  for (const positions of episodes.inOrderOf('DECOM').values()) {
    for (let nth = 1; nth < positions.length; nth += 1) {
      const previous = positions[nth - 1];
      const next = positions[nth];
      if (previous !== undefined && next !== undefined) each(previous, next);
    }
  }
}

/**
 * Whether a child's episodes show them looked after continuously through
 * the collection year (the DfE's "looked after continuously for 12 months
 * at 31 March", which decides who the OC2 outcomes are for): some episode
 * falls in the year, and none shows a break — no new period starting in the
 * year (RNE `S` after 1 April), no leaving care before 31 March (REC other
 * than X1), and no short-break legal status V3/V4 during the year.
 */
export function continuouslyLookedAfter(
  episodes: readonly SourcedRow[],
  year: CollectionYear,
): boolean {
  const { start, end } = yearDays(year);
  let during = false;
  for (const [, row] of episodes) {
    const decom = dateOf(row, 'DECOM');
    const dec = dateOf(row, 'DEC');
    const open = (row.values.DEC ?? '').trim() === '';
    const inYear =
      decom !== undefined && decom <= end && (open || (dec !== undefined && dec >= start));
    if (inYear) during = true;
    const enters = code(row, 'RNE') === 'S' && decom !== undefined && decom > start && decom <= end;
    const leaves =
      code(row, 'REC') !== STILL_LOOKED_AFTER && dec !== undefined && dec >= start && dec < end;
    const shortBreaks = (code(row, 'LS') === 'V3' || code(row, 'LS') === 'V4') && inYear;
    if (enters || leaves || shortBreaks) return false;
  }
  return during;
}

/**
 * A child's current decision to place for adoption: the one with the latest
 * DATE_PLACED (the last row when none has a date). Earlier decisions may
 * have been revoked and replaced (rule 583), so rules about "the" decision
 * read the latest.
 */
export function currentDecision(rows: readonly SourcedRow[]): SourcedRow | undefined {
  return latest(rows, 'DATE_PLACED') ?? rows[rows.length - 1];
}

/** A period of care: episodes each starting the day the previous ended. */
export type PeriodOfCare = {
  readonly start: number | undefined;
  /** The last episode's DEC; undefined while the period is open. */
  readonly end: number | undefined;
  readonly episodes: readonly SourcedRow[];
};

/**
 * A child's episodes grouped into periods of care, in DECOM order: an
 * episode starting after the previous one ended begins a new period.
 */
export function periodsOfCare(rows: readonly SourcedRow[]): PeriodOfCare[] {
  const groups: SourcedRow[][] = [];
  let previousEnd: number | undefined;
  for (const entry of byDate(rows, 'DECOM')) {
    const decom = dateOf(entry[1], 'DECOM');
    const current = groups[groups.length - 1];
    const continues =
      current !== undefined &&
      !(previousEnd !== undefined && decom !== undefined && decom > previousEnd);
    if (continues) current.push(entry);
    else groups.push([entry]);
    previousEnd = dateOf(entry[1], 'DEC');
  }
  return groups.map((episodes) => {
    const first = episodes[0];
    const last = episodes[episodes.length - 1];
    return {
      start: first === undefined ? undefined : dateOf(first[1], 'DECOM'),
      end: last === undefined ? undefined : dateOf(last[1], 'DEC'),
      episodes,
    };
  });
}

/** A period of care by position in the Episodes view. */
export type PeriodAt = {
  readonly start: number | undefined;
  readonly end: number | undefined;
  readonly positions: readonly number[];
};

/** periodsOfCare by position, for every child of an Episodes view (made once per view). */
export const periodsByChild = perView((episodes): ReadonlyMap<string, readonly PeriodAt[]> => {
  const decoms = episodes.date('DECOM');
  const decs = episodes.date('DEC');
  const children = new Map<string, PeriodAt[]>();
  for (const [child, positions] of episodes.inOrderOf('DECOM')) {
    const groups: number[][] = [];
    let previousEnd: number | undefined;
    for (const at of positions) {
      const decom = decoms[at];
      const current = groups[groups.length - 1];
      const continues =
        current !== undefined &&
        !(previousEnd !== undefined && decom !== undefined && decom > previousEnd);
      if (continues) current.push(at);
      else groups.push([at]);
      previousEnd = decs[at];
    }
    children.set(
      child,
      groups.map((group) => {
        const first = group[0];
        const last = group[group.length - 1];
        return {
          start: first === undefined ? undefined : decoms[first],
          end: last === undefined ? undefined : decs[last],
          positions: group,
        };
      }),
    );
  }
  return children;
});

/** withinEpisode by position in an Episodes view. */
export function withinEpisodeAt(episodes: TableView, at: number, day: number): boolean {
  const decom = episodes.date('DECOM')[at];
  const dec = episodes.date('DEC')[at];
  return (
    decom !== undefined &&
    decom <= day &&
    (dec === undefined ? episodes.code('DEC')[at] === '' : day <= dec)
  );
}

/** Whether `day` falls within an episode: on or after DECOM, and on or before DEC when it ended. */
export function withinEpisode(row: SourcedRow[1], day: number): boolean {
  const decom = dateOf(row, 'DECOM');
  const dec = dateOf(row, 'DEC');
  return decom !== undefined && decom <= day && (dec === undefined ? blankDec(row) : day <= dec);
}

function blankDec(row: SourcedRow[1]): boolean {
  return (row.values.DEC ?? '').trim() === '';
}
