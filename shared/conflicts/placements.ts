/**
 * Placements from the council's returns: SSDA903 episodes (one
 * row per episode: CHILD, DECOM, DEC, PLACE, PLACE_PROVIDER, PL_POST, URN;
 * dates `dd/mm/yyyy`; DfE SSDA903 guidance,
 * https://www.gov.uk/guidance/children-looked-after-return) and Annex A List 8
 * rows (the current placement: `Start Date of Most Recent Placement`,
 * `Placement Type`, `Placement Provider`, `Placement postcode`, `URN of
 * Placement`; ILACS Annex A, https://www.gov.uk/government/publications/inspecting-local-authority-childrens-services-from-2018). The URN links a placement to an Ofsted
 * setting (Ofsted provider lists, https://www.gov.uk/government/statistical-data-sets/childrens-social-care-data-in-england); `XXXXXXX` means no Ofsted setting.
 */
import { parseIsoDate } from '../records/ssda903/dates';
import { mergedPlacement, mergePooled } from './merge-placements';
import { NO_DAY, placementIndexOf } from './placement-index';
import { pooledFromPlacements, poolPlacements, rowPlacement } from './pooled-placements';
import type { Placement, Period } from './types';

/** A 903 episode row as the 903 readers return it. */
export type EpisodeRow = {
  readonly row: number;
  readonly values: Readonly<Record<string, string>>;
};

/** An Annex A List 8 row as `readAnnexA` returns it. */
export type List8Row = {
  readonly row: number;
  readonly values: Readonly<Record<string, string | number | null>>;
};

/** Each row of one table of `file` as a placement of its own. */
function placementsOf(file: string, tables: Readonly<Record<string, readonly unknown[]>>) {
  const pooled = poolPlacements([{ file, index: placementIndexOf(tables) }]);
  return Array.from(pooled.kind, (_, row) => rowPlacement(pooled, row));
}

/** Placements from the Episodes table of a 903 return (CSV or XML), one per episode. */
export function placementsFrom903(file: string, rows: readonly EpisodeRow[]): Placement[] {
  return placementsOf(file, { Episodes: rows });
}

/** Placements from the rows of Annex A List 8 (children in care), one per child. */
export function placementsFromList8(file: string, rows: readonly List8Row[]): Placement[] {
  return placementsOf(file, { 'List 8': rows });
}

/** Day numbers of a period: first day, and the day after the last. */
export function periodDays(period: Period): { readonly from: number; readonly until: number } {
  const from = parseIsoDate(period.start);
  const to = parseIsoDate(period.end);
  if (from === undefined || to === undefined || to < from) {
    throw new RangeError(`"${period.start}" to "${period.end}" is not a period of ISO dates`);
  }
  return { from, until: to + 1 };
}

/**
 * Nights in placement within the period: from the start day up to (not
 * including) the end day, the day the child left; an open placement runs to
 * the period's end. Null when the placement does not overlap the period.
 */
export function daysWithin(
  placement: Placement,
  period: { readonly from: number; readonly until: number },
): number | null {
  const start = placement.start === null ? undefined : parseIsoDate(placement.start);
  if (start === undefined) return null;
  const end = placement.end === null ? undefined : parseIsoDate(placement.end);
  return nightsWithin(start, end ?? NO_DAY, period);
}

/**
 * Nights within the period of a placement from day `start` to day `end`
 * (the day the child left; {@link NO_DAY} while open, to the period's end).
 * Null when it does not overlap the period.
 */
export function nightsWithin(
  start: number,
  end: number,
  period: { readonly from: number; readonly until: number },
): number | null {
  if (start >= period.until || (end !== NO_DAY && end < period.from)) return null;
  const from = Math.max(start, period.from);
  const until = Math.min(end === NO_DAY ? period.until : end, period.until);
  return Math.max(0, until - from);
}

/**
 * One placement per child, setting and start date: a List 8 row repeating a
 * 903 episode (same child and setting, starting within the episode) or a file
 * read twice is merged into the first, keeping every source. The 903
 * episode's values win; its blanks are filled from the others.
 */
export function mergePlacements(placements: readonly Placement[]): Placement[] {
  const merged = mergePooled(pooledFromPlacements(placements));
  return Array.from(merged.head, (_, at) => mergedPlacement(merged, at));
}
