/**
 * The SSDA903 indicators of one scope (catalogue-903.ts), counted in one
 * pass over its children.
 */
import { childYear, type ChildYear, type YearDays } from './child-year';
import { addMonths, ageOn } from './dates';
import type { ChildRecord, Ssda903Index } from './ssda903-index';
import type { Ssda903TableName } from './types';

/** An indicator's count, or why it cannot be counted. */
export type Tally =
  { readonly numerator: number; readonly denominator: number } | { readonly reason: string };

const PROVIDER_CODES = ['PR0', 'PR1', 'PR2', 'PR3', 'PR4', 'PR5'] as const;
const EET = new Set(['F1', 'F2', 'F3', 'P1', 'P2', 'P3']);

type Counter = { numerator: number; denominator: number };
const counter = (): Counter => ({ numerator: 0, denominator: 0 });

function count(into: Counter, hit: boolean): void {
  into.denominator += 1;
  if (hit) into.numerator += 1;
}

/** Social worker changes in the year: a new episode with a different worker from the last. */
function workerChanges(record: ChildRecord, year: YearDays): number {
  let changes = 0;
  record.workers.forEach((episode, index) => {
    const before = record.workers[index - 1];
    if (
      before !== undefined &&
      episode.start >= year.start &&
      episode.start <= year.end &&
      episode.worker !== before.worker
    ) {
      changes += 1;
    }
  });
  return changes;
}

function awayInYear(record: ChildRecord, year: YearDays, absent: boolean): boolean {
  return record.away.some(
    (episode) =>
      episode.absent === absent && episode.start >= year.start && episode.start <= year.end,
  );
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

  for (const record of index.children.values()) {
    const leaver = record.leaver;
    if (leaver !== undefined && leaver.inTouch !== 'DIED') {
      count(c.inTouch, leaver.inTouch === 'YES');
      count(c.accommodation, leaver.accommodation.length === 2 && leaver.accommodation[1] === '1');
      count(c.eet, EET.has(leaver.activity));
    }
    if (!byYear) {
      const health = record.health;
      if (health !== undefined) {
        count(c.assessment, health.healthAssessment);
        count(c.dental, health.teethCheck);
        count(c.immunisations, health.immunisations);
        if (year !== undefined && record.dob !== undefined && ageOn(record.dob, year.end) < 5) {
          count(c.surveillance, health.healthCheck);
        }
      }
      continue;
    }
    const child: ChildYear = childYear(record, year);
    if (child.inYear) {
      count(c.missing, awayInYear(record, year, false));
      count(c.absent, awayInYear(record, year, true));
    }
    if (child.reviewDue) count(c.reviews, !child.reviewLate);
    const atEnd = child.atEnd;
    if (atEnd === undefined) continue;
    count(c.stability, child.placements >= 3);
    PROVIDER_CODES.forEach((code, at) => {
      const into = c.providers[at];
      if (into !== undefined) count(into, atEnd.provider === code);
    });
    const periodStart = child.periodStart;
    const age = record.dob === undefined ? undefined : ageOn(record.dob, year.end);
    if (age !== undefined && age < 16 && periodStart !== undefined && periodStart <= since30) {
      const placementStart = child.placementStart;
      count(c.longTerm, placementStart !== undefined && placementStart <= since24);
    }
    if (periodStart !== undefined && periodStart <= since12) {
      const health = record.health;
      count(c.assessment, health?.healthAssessment === true);
      count(c.dental, health?.teethCheck === true);
      count(c.immunisations, health?.immunisations === true);
      if (age !== undefined && age < 5) count(c.surveillance, health?.healthCheck === true);
    }
    const changes = workerChanges(record, year);
    count(c.worker, changes >= 1);
    count(c.worker2, changes >= 2);
  }

  const noYear =
    'No collection year: the 903 episodes hold no usable dates. Set the year to compute this.';
  const needs = (tables: readonly Ssda903TableName[], value: Counter, yearly = true): Tally => {
    const absent = tables.find((table) => !has(table));
    if (absent !== undefined) return { reason: missingTable(absent) };
    if (yearly && year === undefined) return { reason: noYear };
    return value;
  };
  const tallies = new Map<string, Tally>([
    ['placement-stability-3-plus', needs(['Episodes'], c.stability)],
    ['placement-stability-long-term', needs(['Episodes', 'Header'], c.longTerm)],
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
