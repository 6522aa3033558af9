/**
 * The collection year of a 903 return. The return covers 1 April to 31 March
 * and lists the episodes open at any time in that year, so nearly every
 * episode end date (DEC) falls in it; a few bad ones fall after it (rule 385).
 * The year is therefore the April–March year holding most DEC dates (the later
 * year on a tie). With no DEC at all it is the year holding the latest DECOM.
 * DfE SSDA903 guidance, https://www.gov.uk/guidance/children-looked-after-return: the fixture's DEC run 02/04/2017–01/04/2018, 12 after
 * 31/03/2018, so it is a 2017/18 return.
 */
import { civilFromDay, dayNumber, isoFromDay, parseDfeDate, parseIsoDate } from './dates';
import { forEachRow } from './rule-context';
import type { CollectionYear, Ssda903Tables } from './types';

/** The collection year that starts on 1 April of `startYear` (2017 → 2017/18). */
export function collectionYear(startYear: number): CollectionYear {
  return {
    start: isoFromDay(dayNumber(startYear, 4, 1)),
    end: isoFromDay(dayNumber(startYear + 1, 3, 31)),
  };
}

/** `2017/18` for the year starting 1 April 2017. */
export function collectionYearLabel(year: CollectionYear): string {
  const start = Number(year.start.slice(0, 4));
  return `${start}/${String((start + 1) % 100).padStart(2, '0')}`;
}

/**
 * The collection year a person names as `2025/26` or `2025-26` (the DfE's
 * own spelling, and the one file names use), or undefined for anything else,
 * including a second part that is not the year after the first.
 */
export function parseCollectionYear(text: string): CollectionYear | undefined {
  const match = /^(\d{4})[/-](\d{2})$/.exec(text.trim());
  if (match === null) return undefined;
  const start = Number(match[1]);
  return Number(match[2]) === (start + 1) % 100 ? collectionYear(start) : undefined;
}

/** Whether `year` is a real 1 April – 31 March collection year. */
export function isCollectionYear(year: CollectionYear): boolean {
  const start = Number(year.start.slice(0, 4));
  return (
    parseIsoDate(year.start) !== undefined &&
    year.start.endsWith('-04-01') &&
    year.end === collectionYear(start).end
  );
}

/** The year (1 April start) a day number falls in. */
function aprilYearOf(day: number): number {
  // Numbers, not ISO text: this runs for every episode of a return.
  const { year, month } = civilFromDay(day);
  return month >= 4 ? year : year - 1;
}

/** The collection year implied by the Episodes rows, or undefined when there are none with dates. */
export function detectCollectionYear(tables: Ssda903Tables): CollectionYear | undefined {
  const counts = new Map<number, number>();
  let latestStart: number | undefined;
  forEachRow(tables.Episodes, (_, row) => {
    const dec = parseDfeDate(row.values.DEC ?? '');
    if (dec !== undefined) {
      const year = aprilYearOf(dec);
      counts.set(year, (counts.get(year) ?? 0) + 1);
    }
    const decom = parseDfeDate(row.values.DECOM ?? '');
    if (decom !== undefined && (latestStart === undefined || decom > latestStart))
      latestStart = decom;
  });
  let best: number | undefined;
  let bestCount = 0;
  for (const [year, count] of counts) {
    if (count > bestCount || (count === bestCount && best !== undefined && year > best)) {
      [best, bestCount] = [year, count];
    }
  }
  if (best !== undefined) return collectionYear(best);
  return latestStart === undefined ? undefined : collectionYear(aprilYearOf(latestStart));
}
