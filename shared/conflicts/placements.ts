/**
 * Placements from the council's returns: SSDA903 episodes (one
 * row per episode: CHILD, DECOM, DEC, PLACE, PLACE_PROVIDER, PL_POST, URN;
 * dates `dd/mm/yyyy`; DfE SSDA903 guidance, https://www.gov.uk/guidance/children-looked-after-return, DfE SSDA903 guidance, https://www.gov.uk/guidance/children-looked-after-return) and Annex A List 8
 * rows (the current placement: `Start Date of Most Recent Placement`,
 * `Placement Type`, `Placement Provider`, `Placement postcode`, `URN of
 * Placement`; ILACS Annex A, https://www.gov.uk/government/publications/inspecting-local-authority-childrens-services-from-2018). The URN links a placement to an Ofsted
 * setting (Ofsted provider lists, https://www.gov.uk/government/statistical-data-sets/childrens-social-care-data-in-england); `XXXXXXX` means no Ofsted setting.
 */
import { isoFromDay, parseDfeDate, parseIsoDate } from '../records/ssda903/dates';
import type { Placement, PlacementSource, Period } from './types';

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

function blankToNull(text: string | undefined): string | null {
  const value = text?.trim() ?? '';
  return value === '' ? null : value;
}

function dfeDate(text: string | undefined): string | null {
  const day = parseDfeDate(text?.trim() ?? '');
  return day === undefined ? null : isoFromDay(day);
}

/** Placements from the Episodes table of a 903 return (CSV or XML), one per episode. */
export function placementsFrom903(file: string, rows: readonly EpisodeRow[]): Placement[] {
  return rows.map(({ row, values }) => ({
    child: values['CHILD']?.trim() ?? '',
    start: dfeDate(values['DECOM']),
    end: dfeDate(values['DEC']),
    place: blankToNull(values['PLACE'])?.toUpperCase() ?? null,
    provider: blankToNull(values['PLACE_PROVIDER'])?.toUpperCase() ?? null,
    urn: values['URN']?.trim() ?? '',
    postcode: blankToNull(values['PL_POST']),
    sources: [{ file, row, kind: 'ssda903' }],
  }));
}

function cellText(value: string | number | null | undefined): string | undefined {
  return value === null || value === undefined ? undefined : String(value);
}

function isoDate(value: string | number | null | undefined): string | null {
  const text = cellText(value)?.trim() ?? '';
  return parseIsoDate(text) === undefined ? null : text;
}

/** Placements from the rows of Annex A List 8 (children in care), one per child. */
export function placementsFromList8(file: string, rows: readonly List8Row[]): Placement[] {
  return rows.map(({ row, values }) => ({
    child: cellText(values['Child Unique ID'])?.trim() ?? '',
    start: isoDate(values['Start Date of Most Recent Placement']),
    end: isoDate(values['Date Ceased to be Looked After']),
    place: blankToNull(cellText(values['Placement Type']))?.toUpperCase() ?? null,
    provider: blankToNull(cellText(values['Placement Provider']))?.toUpperCase() ?? null,
    urn: cellText(values['URN of Placement'])?.trim() ?? '',
    postcode: blankToNull(cellText(values['Placement postcode'])),
    sources: [{ file, row, kind: 'annex-a' }],
  }));
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
  if (start >= period.until || (end !== undefined && end < period.from)) return null;
  const from = Math.max(start, period.from);
  const until = Math.min(end ?? period.until, period.until);
  return Math.max(0, until - from);
}

function sourceOrder(a: PlacementSource, b: PlacementSource): number {
  if (a.kind !== b.kind) return a.kind === 'ssda903' ? -1 : 1;
  if (a.file !== b.file) return a.file < b.file ? -1 : 1;
  return a.row - b.row;
}

type Merging = { placement: Placement; sources: PlacementSource[] };

function firstSource(placement: Placement): PlacementSource | undefined {
  return [...placement.sources].sort(sourceOrder)[0];
}

/** Whether `later` (in source order) is the same placement as `kept`. */
function samePlacement(kept: Placement, later: Placement): boolean {
  if (kept.start === later.start) return true;
  // A List 8 row gives the start of the child's current placement, which a
  // 903 episode at the same setting may have begun earlier and still span.
  const annex = firstSource(later)?.kind === 'annex-a';
  const episode = firstSource(kept)?.kind === 'ssda903';
  if (!annex || !episode || kept.start === null || later.start === null) return false;
  return kept.start <= later.start && (kept.end === null || later.start < kept.end);
}

/**
 * One placement per child, setting and start date: a List 8 row repeating a
 * 903 episode (same child and setting, starting within the episode) or a file
 * read twice is merged into the first, keeping every source. The 903
 * episode's values win; its blanks are filled from the others.
 */
export function mergePlacements(placements: readonly Placement[]): Placement[] {
  const ordered = placements
    .map((placement) => ({ placement, first: firstSource(placement) }))
    .sort((a, b) =>
      a.first === undefined || b.first === undefined ? 0 : sourceOrder(a.first, b.first),
    );
  const kept: Merging[] = [];
  const byChild = new Map<string, Merging[]>();
  for (const { placement } of ordered) {
    const where = placement.urn.toUpperCase() || `postcode:${placement.postcode ?? ''}`;
    const key = `${placement.child}\u0000${where}`;
    const same = byChild.get(key) ?? [];
    const into = same.find((entry) => samePlacement(entry.placement, placement));
    if (into === undefined) {
      const entry = { placement, sources: [...placement.sources] };
      kept.push(entry);
      byChild.set(key, [...same, entry]);
      continue;
    }
    const head = into.placement;
    into.placement = {
      ...head,
      end: head.end ?? placement.end,
      place: head.place ?? placement.place,
      provider: head.provider ?? placement.provider,
      postcode: head.postcode ?? placement.postcode,
    };
    into.sources.push(...placement.sources);
  }
  return kept.map(({ placement, sources }) => ({
    ...placement,
    sources: sources.sort(sourceOrder),
  }));
}
