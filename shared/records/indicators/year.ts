/**
 * The collection year: 1 April to 31 March, as the SSDA903 return covers.
 *
 * Detected from the episodes of every source (the council scope), by the
 * same rule as the 903 reader (`ssda903/year.ts`): the return lists the
 * episodes open at any time in the year, so nearly every episode end date
 * (DEC) falls in it. The year is the April–March year holding most DEC dates
 * (the later year on a tie); with no DEC at all, the year holding the latest
 * DECOM. The fixture's DEC dates run 02/04/2017–01/04/2018 (12 after 31
 * March, invalid), so it is 2017/18. {@link IndicatorOptions.year} overrides.
 */
import { aprilYearOf, dayOf, OPEN } from './dates';
import type { YearDays } from './child-year';
import type { Ssda903Index } from './ssda903-columns';
import type { IndicatorYear } from './types';

/** The first calendar year of the collection year the episodes imply, if they hold any dates. */
export function detectYear(index: Ssda903Index): number | undefined {
  const counts = new Map<number, number>();
  let latestStart = Number.NEGATIVE_INFINITY;
  // Most DEC fall in one or two years: remember the last year's bounds to skip date arithmetic.
  let first = 0;
  let last = -1;
  let current = 0;
  const { start, end } = index.episodes;
  for (let at = 0; at < start.length; at += 1) {
    const from = start[at] ?? 0;
    if (from > latestStart) latestStart = from;
    const to = end[at] ?? OPEN;
    if (to === OPEN) continue;
    if (to < first || to > last) {
      current = aprilYearOf(to);
      first = dayOf(current, 4, 1);
      last = dayOf(current + 1, 3, 31);
    }
    counts.set(current, (counts.get(current) ?? 0) + 1);
  }
  let best: number | undefined;
  let bestCount = 0;
  for (const [year, count] of counts) {
    if (count > bestCount || (count === bestCount && best !== undefined && year > best)) {
      best = year;
      bestCount = count;
    }
  }
  if (best !== undefined) return best;
  return latestStart === Number.NEGATIVE_INFINITY ? undefined : aprilYearOf(latestStart);
}

/** 1 April and 31 March of the collection year starting in `startYear`, as day numbers. */
export function yearDays(startYear: number): YearDays {
  return { start: dayOf(startYear, 4, 1), end: dayOf(startYear + 1, 3, 31) };
}

/** The report's description of a collection year. */
export function describeYear(startYear: number, detected: boolean): IndicatorYear {
  return {
    label: `${startYear}/${String((startYear + 1) % 100).padStart(2, '0')}`,
    start: `${startYear}-04-01`,
    end: `${startYear + 1}-03-31`,
    detected,
  };
}
