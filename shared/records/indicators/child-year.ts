/**
 * One child's year, worked out once from their episodes and reviews and
 * shared by every indicator.
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
import { addMonths, addWorkingDays } from './dates';
import { PLACE_KIND, RNE, type EpisodeTable, type Ssda903Index } from './ssda903-columns';

/** A collection year as day numbers: 1 April and 31 March. */
export type YearDays = { readonly start: number; readonly end: number };

/** What the indicators need to know about one child in one year (filled in by {@link analyseChild}). */
export type ChildYear = {
  /** In care (not on a short break) at any time in the year. */
  inYear: boolean;
  /** The episode (index into the episode table) open at the end of 31 March, or -1 when not then in care. */
  atEnd: number;
  /** Placements the child was in during the year (at 31 March only; 0 otherwise). */
  placements: number;
  /** Start of the period of care the child was in at 31 March (when `atEnd` ≥ 0). */
  periodStart: number;
  /**
   * False when the period's first episode on record does not start it (RNE
   * not S): a return holds only the episodes open during the year, so the
   * period began on or before `periodStart`, when is not known.
   */
  periodKnown: boolean;
  /** Start of the placement held at 31 March, or of the one before it when that is an adoptive placement; -1 when none. */
  placementStart: number;
  /** False when that placement began before the first episode on record (its start is then at or before `placementStart`). */
  placementKnown: boolean;
  /** 0: no statutory review fell due in the year while in care; 1: all on time; 2: one or more late or missed. */
  reviews: 0 | 1 | 2;
};

/** A blank {@link ChildYear}, to be filled in again for each child. */
export function childYear(): ChildYear {
  return {
    inYear: false,
    atEnd: -1,
    placements: 0,
    periodStart: 0,
    periodKnown: true,
    placementStart: -1,
    placementKnown: true,
    reviews: 0,
  };
}

function samePlacement(episodes: EpisodeTable, a: number, b: number): boolean {
  return (
    episodes.place[a] === episodes.place[b] &&
    episodes.urn[a] === episodes.urn[b] &&
    episodes.postcode[a] === episodes.postcode[b] &&
    episodes.provider[a] === episodes.provider[b]
  );
}

/**
 * Reviews (sorted) of one period of care, `from`–`to`: due if a deadline fell
 * in the year while the child was in care, late if any such deadline passed
 * without a review. Care Planning, Placement and Case Review (England)
 * Regulations 2010, reg. 33: the first review within 20 working days of
 * coming into care, the second within 3 months of the first, then at most 6
 * months apart.
 *
 * A 903 return may hold only the year's reviews. When a period began before
 * the year and no review before 1 April is on record, the history is taken as
 * unknown and read leniently: the first review of the year is due within 6
 * months of 1 April (as if the last was held on 31 March), then every 6 months.
 * Likewise the earliest review on record counts as the period's first (so
 * the next is due within 3 months) only if held within 6 months of its start.
 */
function reviewPeriod(
  from: number,
  to: number,
  reviews: Int32Array,
  first: number,
  last: number,
  year: YearDays,
): 0 | 1 | 2 {
  let deadline = addWorkingDays(from, 20);
  let held = 0;
  if (deadline < year.start) {
    let earlier = false;
    for (let at = first; at < last; at += 1) {
      const review = reviews[at] ?? 0;
      if (review >= year.start) break;
      if (review >= from) earlier = true;
    }
    if (!earlier) {
      deadline = addMonths(year.start - 1, 6);
      held = 1;
    }
  }
  if (held === 0 && from < year.start) {
    // Earlier reviews may be missing too: the earliest on record is the first
    // review only if held within 6 months of coming into care.
    for (let at = first; at < last; at += 1) {
      const review = reviews[at] ?? 0;
      if (review < from) continue;
      if (review > addMonths(from, 6)) held = 1;
      break;
    }
  }
  let due = false;
  let late = false;
  for (let at = first; at < last; at += 1) {
    const review = reviews[at] ?? 0;
    if (review < from) continue;
    if (review > to || review > year.end) break;
    if (deadline >= year.start && deadline <= year.end && deadline < to) {
      due = true;
      if (review > deadline) late = true;
    }
    deadline = addMonths(review, held === 0 ? 3 : 6);
    held += 1;
  }
  if (deadline >= year.start && deadline <= year.end && deadline < to) {
    due = true;
    late = true;
  }
  return due ? (late ? 2 : 1) : 0;
}

/** Works out child `child`'s year into `out` (see {@link ChildYear}), in one pass over their episodes. */
export function analyseChild(
  index: Ssda903Index,
  child: number,
  year: YearDays,
  out: ChildYear,
): void {
  const episodes = index.episodes;
  const reviews = index.reviews;
  const firstReview = reviews.first[child] ?? 0;
  const lastReview = reviews.first[child + 1] ?? 0;
  out.inYear = false;
  out.atEnd = -1;
  out.placementStart = -1;
  out.periodKnown = true;
  out.placementKnown = true;
  out.reviews = 0;
  let placements = 0;
  // The period of care being read, and its placements so far.
  let from = 0;
  let fromKnown = true;
  let to = 0;
  let inPeriod = false;
  let segmentStart = 0;
  let segmentKnown = true;
  let previousKnown = true;
  let segmentKind = 0;
  let segment = false;
  let previousStart = 0;
  let previous = false;
  let lastEnd = 0;
  let placed = -1;
  let afterTemporary = false;
  const last = episodes.first[child + 1] ?? 0;
  for (let at = episodes.first[child] ?? 0; at <= last; at += 1) {
    const closing = at === last;
    const start = closing ? 0 : (episodes.start[at] ?? 0);
    const rne = closing ? 0 : (episodes.rne[at] ?? 0);
    if (!closing && episodes.shortBreak[at] === 1) continue;
    if (closing || !inPeriod || lastEnd !== start || rne === RNE.S) {
      if (inPeriod) {
        // The period from–to has ended: count its last placement and check its reviews.
        if (segment && segmentStart <= year.end && to >= year.start) placements += 1;
        if (from <= year.end && to >= year.start) {
          const status = reviewPeriod(from, to, reviews.day, firstReview, lastReview, year);
          if (status > out.reviews) out.reviews = status;
        }
      }
      if (closing) break;
      inPeriod = true;
      from = start;
      fromKnown = rne === RNE.S;
      segment = false;
      previous = false;
      placed = -1;
    }
    const end = episodes.end[at] ?? 0;
    if (start <= year.end && end >= year.start) out.inYear = true;
    to = end;
    lastEnd = end;
    const kind = episodes.placeKind[at] ?? 0;
    if (kind === PLACE_KIND.temporary) {
      afterTemporary = true;
    } else {
      const samePlace =
        placed >= 0 &&
        (rne === RNE.L ||
          (afterTemporary && samePlacement(episodes, placed, at)) ||
          ((rne === RNE.T || rne === RNE.U) &&
            kind === PLACE_KIND.adoption &&
            episodes.placeKind[placed] !== PLACE_KIND.adoption));
      if (samePlace) {
        segmentKind = kind;
      } else {
        if (segment) {
          if (segmentStart <= year.end && start >= year.start) placements += 1;
          previousStart = segmentStart;
          previousKnown = segmentKnown;
          previous = true;
        }
        segment = true;
        segmentStart = start;
        // A placement is known to start here if the episode says so (RNE other than L).
        segmentKnown = rne !== RNE.L && rne !== RNE.other;
        segmentKind = kind;
      }
      placed = at;
      afterTemporary = false;
    }
    if (start <= year.end && end > year.end) {
      out.atEnd = at;
      out.periodStart = from;
      out.periodKnown = fromKnown;
      const adoptive = segmentKind === PLACE_KIND.adoption && previous;
      out.placementStart = !segment ? -1 : adoptive ? previousStart : segmentStart;
      out.placementKnown = adoptive ? previousKnown : segmentKnown;
    }
  }
  out.placements = out.atEnd < 0 ? 0 : placements;
}
