/**
 * One child's year, worked out once from their episodes and reviews and
 * shared by every indicator (and by every scope holding the same record).
 *
 * Rules, from DfE's "Children looked after in England including adoption"
 * methodology and the SSDA903 guidance:
 * - Short breaks (legal status V3/V4, "an agreed series of short-term
 *   placements") are left out of every figure, as DfE leaves them out.
 * - A period of care is a run of episodes each starting the day the last
 *   ended; it starts afresh at a gap or at reason for new episode (RNE) S.
 * - A new placement starts at RNE P, B, T or U (and S), with two exceptions
 *   DfE makes: temporary placements (PLACE T0–T4: holidays, hospital and
 *   the like) are not placements, nor is going back to the same placement
 *   after one; and "a child being placed for adoption with their existing
 *   foster carer is not included as a change of placement" (RNE T or U into
 *   PLACE A3–A6).
 */
import { addMonths, addWorkingDays, OPEN } from './dates';
import type { ChildRecord, Episode } from './ssda903-index';

/** A collection year as day numbers: 1 April and 31 March. */
export type YearDays = { readonly start: number; readonly end: number };

/** What the indicators need to know about one child in one year. */
export type ChildYear = {
  /** In care (not on a short break) at any time in the year. */
  readonly inYear: boolean;
  /** The episode open at the end of 31 March, if the child was then in care. */
  readonly atEnd: Episode | undefined;
  /** Placements the child was in during the year (at 31 March only; 0 otherwise). */
  readonly placements: number;
  /** Start of the period of care the child was in at 31 March. */
  readonly periodStart: number | undefined;
  /** Start of the placement held at 31 March, or of the one before it when that is an adoptive placement. */
  readonly placementStart: number | undefined;
  /** A statutory review fell due during the year while the child was in care. */
  readonly reviewDue: boolean;
  /** One or more of those reviews was late or missed. */
  readonly reviewLate: boolean;
};

const TEMPORARY = new Set(['T0', 'T1', 'T2', 'T3', 'T4']);
const ADOPTION = new Set(['A3', 'A4', 'A5', 'A6']);

const isShortBreak = (episode: Episode): boolean => episode.ls === 'V3' || episode.ls === 'V4';

function samePlacement(a: Episode, b: Episode): boolean {
  return (
    a.place === b.place && a.urn === b.urn && a.postcode === b.postcode && a.provider === b.provider
  );
}

type Segment = { start: number; place: string; period: number };
type Period = { start: number; end: number };

/**
 * Reviews (sorted) of one period: due if a deadline fell in the year while
 * the child was in care, late if any such deadline passed without a review.
 * Care Planning, Placement and Case Review (England) Regulations 2010,
 * reg. 33: the first review within 20 working days of coming into care, the
 * second within 3 months of the first, then at most 6 months apart.
 *
 * A 903 return may hold only the year's reviews. When a period began before
 * the year and no review before 1 April is on record, the history is taken as
 * unknown and read leniently: the first review of the year is due within 6
 * months of 1 April (as if the last was held on 31 March), then every 6 months.
 */
function reviewPeriod(
  period: Period,
  reviews: readonly number[],
  year: YearDays,
): { due: boolean; late: boolean } {
  const counts = (deadline: number): boolean =>
    deadline >= year.start && deadline <= year.end && deadline < period.end;
  let deadline = addWorkingDays(period.start, 20);
  let held = 0;
  if (
    deadline < year.start &&
    !reviews.some((review) => review >= period.start && review < year.start)
  ) {
    deadline = addMonths(year.start - 1, 6);
    held = 1;
  }
  let due = false;
  let late = false;
  for (const review of reviews) {
    if (review < period.start) continue;
    if (review > period.end || review > year.end) break;
    if (counts(deadline)) {
      due = true;
      if (review > deadline) late = true;
    }
    deadline = addMonths(review, held === 0 ? 3 : 6);
    held += 1;
  }
  if (counts(deadline)) {
    due = true;
    late = true;
  }
  return { due, late };
}

/** Works out a child's year (see {@link ChildYear}). */
export function analyseChild(record: ChildRecord, year: YearDays): ChildYear {
  const episodes = record.episodes.some(isShortBreak)
    ? record.episodes.filter((episode) => !isShortBreak(episode))
    : record.episodes;
  const segments: Segment[] = [];
  const periods: Period[] = [];
  let last: Episode | undefined;
  let placed: Episode | undefined;
  let placedPeriod = -1;
  let afterTemporary = false;
  let inYear = false;
  let atEnd: Episode | undefined;
  for (const episode of episodes) {
    if (episode.start <= year.end && episode.end >= year.start) inYear = true;
    if (episode.start <= year.end && episode.end > year.end) atEnd = episode;
    const continues = last !== undefined && last.end === episode.start && episode.rne !== 'S';
    if (!continues) periods.push({ start: episode.start, end: episode.end });
    else {
      const period = periods[periods.length - 1];
      if (period !== undefined) period.end = episode.end;
    }
    last = episode;
    if (TEMPORARY.has(episode.place)) {
      afterTemporary = true;
      continue;
    }
    const samePeriod = continues && placedPeriod === periods.length - 1;
    const newPlacement =
      !samePeriod ||
      placed === undefined ||
      !(
        episode.rne === 'L' ||
        (afterTemporary && samePlacement(placed, episode)) ||
        ((episode.rne === 'T' || episode.rne === 'U') &&
          ADOPTION.has(episode.place) &&
          !ADOPTION.has(placed.place))
      );
    if (newPlacement) {
      segments.push({ start: episode.start, place: episode.place, period: periods.length - 1 });
    } else {
      const segment = segments[segments.length - 1];
      if (segment !== undefined) segment.place = episode.place;
    }
    placed = episode;
    placedPeriod = periods.length - 1;
    afterTemporary = false;
  }

  let placements = 0;
  let periodStart: number | undefined;
  let placementStart: number | undefined;
  if (atEnd !== undefined) {
    const endPeriod = periods.findLastIndex((period) => period.start <= year.end);
    periodStart = periods[endPeriod]?.start;
    const inPeriod = segments.filter(
      (segment) => segment.period === endPeriod && segment.start <= year.end,
    );
    const current = inPeriod[inPeriod.length - 1];
    const before = inPeriod[inPeriod.length - 2];
    placementStart =
      current !== undefined && ADOPTION.has(current.place) && before !== undefined
        ? before.start
        : current?.start;
    // Placements during the year: those starting in it, plus the one held on 1 April.
    segments.forEach((segment, index) => {
      const next = segments[index + 1];
      const endsAt =
        next !== undefined && next.period === segment.period
          ? next.start
          : periodEnd(periods, segment);
      if (segment.start <= year.end && endsAt >= year.start) placements += 1;
    });
  }

  let reviewDue = false;
  let reviewLate = false;
  for (const period of periods) {
    if (period.start > year.end || period.end < year.start) continue;
    const result = reviewPeriod(period, record.reviews, year);
    reviewDue ||= result.due;
    reviewLate ||= result.late;
  }
  return { inYear, atEnd, placements, periodStart, placementStart, reviewDue, reviewLate };
}

function periodEnd(periods: readonly Period[], segment: Segment): number {
  return periods[segment.period]?.end ?? OPEN;
}

type Cached = { readonly start: number; readonly result: ChildYear };

function isCached(value: unknown): value is Cached {
  return typeof value === 'object' && value !== null && 'result' in value && 'start' in value;
}

/** {@link analyseChild}, computed once per record and year. */
export function childYear(record: ChildRecord, year: YearDays): ChildYear {
  const cached = record.cache;
  if (isCached(cached) && cached.start === year.start) return cached.result;
  const result = analyseChild(record, year);
  record.cache = { start: year.start, result } satisfies Cached;
  return result;
}
