/**
 * The SSDA903 indicators of one scope (catalogue-903.ts), counted in one
 * pass over its children.
 */
import { analyseChild, childYear, type YearDays } from './child-year';
import { NO_DAY } from './columns';
import { addMonths, ageOn } from './dates';
import type { DatedTable, Ssda903Index } from './ssda903-columns';
import type { Ssda903TableName } from './types';

/** An indicator's count, or why it cannot be counted. */
export type Tally =
  | { readonly numerator: number; readonly denominator: number; readonly caveat?: string }
  | { readonly reason: string };

const PROVIDER_CODES = ['PR0', 'PR1', 'PR2', 'PR3', 'PR4', 'PR5'] as const;
// Full-time (F) and part-time (P) activity codes are EET; G codes are not. The
// 2024 SSDA903 spec uses F1, F2, F4, F5, P1, P2, P4, P5 (F3/P3 in older returns).
const EET = new Set(['F1', 'F2', 'F3', 'F4', 'F5', 'P1', 'P2', 'P3', 'P4', 'P5']);

type Counter = { numerator: number; denominator: number };
const counter = (): Counter => ({ numerator: 0, denominator: 0 });

function count(into: Counter, hit: boolean): void {
  into.denominator += 1;
  if (hit) into.numerator += 1;
}

/** Social worker changes in the year: a new episode with a different worker from the one before. */
function workerChanges(workers: DatedTable, child: number, year: YearDays): number {
  let changes = 0;
  const last = workers.first[child + 1] ?? 0;
  for (let at = (workers.first[child] ?? 0) + 1; at < last; at += 1) {
    const start = workers.day[at] ?? 0;
    if (start >= year.start && start <= year.end && workers.text[at] !== workers.text[at - 1]) {
      changes += 1;
    }
  }
  return changes;
}

/** Whether the child had a missing (`absent` 0) or absent (1) episode starting in the year. */
function awayInYear(away: DatedTable, child: number, year: YearDays, absent: number): boolean {
  const last = away.first[child + 1] ?? 0;
  for (let at = away.first[child] ?? 0; at < last; at += 1) {
    const start = away.day[at] ?? 0;
    if (away.flag[at] === absent && start >= year.start && start <= year.end) return true;
  }
  return false;
}

const missingTable = (table: Ssda903TableName): string =>
  `No SSDA903 ${table} table was imported for this scope.`;

/** Counts every SSDA903 indicator of one scope; `year` is undefined when none is known. */
export function tally903(index: Ssda903Index, year: YearDays | undefined): Map<string, Tally> {
  const has = (table: Ssda903TableName): boolean => index.tables.has(table);
  const byYear = has('Episodes') && year !== undefined;
  const c = {
    stability: counter(),
    longTerm: counter(),
    reviews: counter(),
    missing: counter(),
    absent: counter(),
    providers: PROVIDER_CODES.map(counter),
    inTouch: counter(),
    accommodation: counter(),
    eet: counter(),
    assessment: counter(),
    dental: counter(),
    immunisations: counter(),
    surveillance: counter(),
    worker: counter(),
    worker2: counter(),
  };
  // "For N months at 31 March": started on or before the day after 31 March, N months earlier.
  const after = year === undefined ? 0 : year.end + 1;
  const since12 = addMonths(after, -12);
  const since24 = addMonths(after, -24);
  const since30 = addMonths(after, -30);

  const child = childYear();
  let unknownHistory = 0;
  for (let at = 0; at < index.ids.length; at += 1) {
    const leaver = index.leaver[at] ?? '';
    if (leaver !== '') {
      // `IN_TOUCH|ACTIV|ACCOM`
      const [inTouch = '', activity = '', accommodation = ''] = leaver.split('|');
      if (inTouch !== 'DIED') {
        count(c.inTouch, inTouch === 'YES');
        count(c.accommodation, accommodation.length === 2 && accommodation[1] === '1');
        count(c.eet, EET.has(activity));
      }
    }
    const dob = index.dob[at] ?? NO_DAY;
    // OC2 answers: 0 for no row, else 1 + bits (1 health check, 2 immunisations, 4 teeth, 8 assessment).
    const health = (index.health[at] ?? 0) - 1;
    if (!byYear) {
      if (health >= 0) {
        count(c.assessment, (health & 8) !== 0);
        count(c.dental, (health & 4) !== 0);
        count(c.immunisations, (health & 2) !== 0);
        if (year !== undefined && dob !== NO_DAY && ageOn(dob, year.end) < 5) {
          count(c.surveillance, (health & 1) !== 0);
        }
      }
      continue;
    }
    analyseChild(index, at, year, child);
    if (child.inYear) {
      count(c.missing, awayInYear(index.away, at, year, 0));
      count(c.absent, awayInYear(index.away, at, year, 1));
    }
    if (child.reviews > 0) count(c.reviews, child.reviews === 1);
    if (child.atEnd < 0) continue;
    count(c.stability, child.placements >= 3);
    for (const into of c.providers) into.denominator += 1;
    const provider = c.providers[(index.episodes.provider[child.atEnd] ?? 0) - 1];
    if (provider !== undefined) provider.numerator += 1;
    const age = dob === NO_DAY ? undefined : ageOn(dob, year.end);
    if (age !== undefined && age < 16) {
      // Started on or before the date on record: 2.5 years is certain if that date is early enough.
      const longEnough = child.periodStart <= since30;
      const settled = child.placementStart >= 0 && child.placementStart <= since24;
      if (longEnough && (settled || child.placementKnown)) count(c.longTerm, settled);
      else if (longEnough || !child.periodKnown) unknownHistory += 1;
    }
    if (child.periodStart <= since12) {
      count(c.assessment, health >= 0 && (health & 8) !== 0);
      count(c.dental, health >= 0 && (health & 4) !== 0);
      count(c.immunisations, health >= 0 && (health & 2) !== 0);
      if (age !== undefined && age < 5) count(c.surveillance, health >= 0 && (health & 1) !== 0);
    }
    const changes = workerChanges(index.workers, at, year);
    count(c.worker, changes >= 1);
    count(c.worker2, changes >= 2);
  }

  const noYear =
    'No collection year: the 903 episodes hold no usable dates. Set the year to compute this.';
  const needs = (tables: readonly Ssda903TableName[], value: Tally, yearly = true): Tally => {
    const absent = tables.find((table) => !has(table));
    if (absent !== undefined) return { reason: missingTable(absent) };
    if (yearly && year === undefined) return { reason: noYear };
    return value;
  };
  const tallies = new Map<string, Tally>([
    ['placement-stability-3-plus', needs(['Episodes'], c.stability)],
    [
      'placement-stability-long-term',
      needs(
        ['Episodes', 'Header'],
        unknownHistory === 0
          ? c.longTerm
          : {
              ...c.longTerm,
              caveat: `${unknownHistory} ${unknownHistory === 1 ? 'child' : 'children'} under 16 left out: their period of care or placement began before the earliest episode on record (a 903 return holds only the episodes open during the year), so whether they qualify is not known. Import earlier years' episodes to include them.`,
            },
      ),
    ],
    ['reviews-on-time', needs(['Episodes', 'Reviews'], c.reviews)],
    ['missing-children', needs(['Episodes', 'Missing'], c.missing)],
    ['absent-children', needs(['Episodes', 'Missing'], c.absent)],
    ['care-leavers-in-touch', needs(['OC3'], c.inTouch, false)],
    ['care-leavers-suitable-accommodation', needs(['OC3'], c.accommodation, false)],
    ['care-leavers-eet', needs(['OC3'], c.eet, false)],
    ['health-assessment', needs(['OC2'], c.assessment, false)],
    ['dental-check', needs(['OC2'], c.dental, false)],
    ['immunisations', needs(['OC2'], c.immunisations, false)],
    ['health-surveillance-under-5', needs(['OC2'], c.surveillance)],
    ['social-worker-changed', needs(['Episodes', 'SW_Episodes'], c.worker)],
    ['social-worker-changed-2-plus', needs(['Episodes', 'SW_Episodes'], c.worker2)],
  ]);
  PROVIDER_CODES.forEach((code, at) => {
    const value = c.providers[at];
    if (value !== undefined) {
      tallies.set(`placement-provider-${code.toLowerCase()}`, needs(['Episodes'], value));
    }
  });
  return tallies;
}
