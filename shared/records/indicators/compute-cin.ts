/**
 * The CIN census indicators of one scope (catalogue-cin.ts), from its
 * pooled census facts, for the census year ending 31 March `census`.
 */
import { workingDaysBetween } from '../../util/working-days';
import type { IndicatorDefinition } from './catalogue-903';
import { CIN_FACTOR_SOURCE, CIN_INDICATORS } from './catalogue-cin';
import type { CinFacts } from './cin-facts';
import type { CinIndex } from './cin-index';
import type { Tally } from './compute-903';

const FACTOR_PREFIX = 'cin-factor-';

const MONTH = (day: number, months: number): number => {
  const date = new Date(day * 86_400_000);
  return (
    Date.UTC(date.getUTCFullYear(), date.getUTCMonth() + months, date.getUTCDate()) / 86_400_000
  );
};

type Counts = { numerator: number; denominator: number };
type Put = (id: string, numerator: number, denominator: number) => void;
type InYear = (day: number | undefined) => day is number;

/** Referrals in the year, and those whose child had another referral in the 12 months before. */
function tallyReferrals(facts: CinFacts, inYear: InYear, put: Put): void {
  const byChild = new Map<string, number[]>();
  for (const { child, day } of facts.referrals.values()) {
    const days = byChild.get(child);
    if (days === undefined) byChild.set(child, [day]);
    else days.push(day);
  }
  let referrals = 0;
  let rereferrals = 0;
  for (const days of byChild.values()) {
    days.sort((a, b) => a - b);
    days.forEach((day, at) => {
      if (!inYear(day)) return;
      referrals += 1;
      const before = days[at - 1];
      if (before !== undefined && before >= MONTH(day, -12)) rereferrals += 1;
    });
  }
  put('cin-referrals', referrals, referrals);
  put('cin-rereferrals-12-months', rereferrals, referrals);
}

/** Assessments authorised and conferences held in the year, and those within their working days. */
function tallyTimeliness(facts: CinFacts, inYear: InYear, put: Put): void {
  let completed = 0;
  let onTime = 0;
  for (const { start: from, end: to } of facts.assessments.values()) {
    if (from === undefined || !inYear(to)) continue;
    completed += 1;
    if (workingDaysBetween(from, to) <= 45) onTime += 1;
  }
  put('cin-assessments-45-days', onTime, completed);

  let conferences = 0;
  let within = 0;
  for (const { start: from, conference: held } of facts.enquiries.values()) {
    if (from === undefined || !inYear(held)) continue;
    conferences += 1;
    if (workingDaysBetween(from, held) <= 15) within += 1;
  }
  put('cin-icpc-15-days', within, conferences);
}

/** Whether a plan's reviews kept to time up to `end`: the first within 3 months, then every 6. */
function reviewedOnTime(from: number, reviews: ReadonlySet<number>, end: number): boolean {
  let limit = MONTH(from, 3);
  const days = [...reviews].sort((a, b) => a - b);
  for (const day of days) {
    if (day > limit) return false;
    limit = MONTH(day, 6);
  }
  return limit >= end;
}

function tallyPlans(facts: CinFacts, inYear: InYear, end: number, put: Put): void {
  const plans = [...facts.plans.values()].map((plan) => ({
    ...plan,
    from: plan.start,
    to: plan.end,
  }));
  const firstStart = new Map<string, number>();
  for (const { child, from } of plans) {
    if (from !== undefined && from < (firstStart.get(child) ?? Infinity))
      firstStart.set(child, from);
  }
  const openAtEnd = plans.filter(
    (plan) =>
      plan.from !== undefined && plan.from <= end && (plan.to === undefined || plan.to > end),
  );
  const onPlan = new Set(openAtEnd.map((plan) => plan.child));
  let inNeed = facts.inNeed.size;
  for (const child of onPlan) if (!facts.inNeed.has(child)) inNeed += 1;
  put('cin-cpp-at-31-march', onPlan.size, inNeed);

  const ceasing = plans.filter((plan) => inYear(plan.to));
  const long = ceasing.filter(
    (plan) => plan.from !== undefined && plan.to !== undefined && plan.to >= MONTH(plan.from, 24),
  );
  put('cin-cpp-2-years-ceasing', long.length, ceasing.length);

  const starting = plans.filter((plan) => inYear(plan.from));
  const second = starting.filter(
    (plan) =>
      plan.previous > 0 ||
      (plan.from !== undefined && (firstStart.get(plan.child) ?? Infinity) < plan.from),
  );
  put('cin-cpp-second-subsequent', second.length, starting.length);

  const due = openAtEnd.filter((plan) => plan.from !== undefined && MONTH(plan.from, 3) <= end);
  const reviewed = due.filter((plan) => reviewedOnTime(plan.from ?? 0, plan.reviews, end));
  put('cin-cpp-reviews-on-time', reviewed.length, due.length);
}

function tallyCinPlans(facts: CinFacts, inYear: InYear, put: Put): void {
  let ended = 0;
  let long = 0;
  for (const { start: from, end: to } of facts.cinPlans.values()) {
    if (!inYear(to)) continue;
    ended += 1;
    if (from !== undefined && to > MONTH(from, 12)) long += 1;
  }
  put('cin-plans-over-12-months', long, ended);
}

/** The ten factors most often identified at assessments authorised in the year (ties by code). */
function tallyFactors(facts: CinFacts, inYear: InYear, put: Put): void {
  const counts = new Map<string, number>();
  let assessed = 0;
  for (const { end, factors } of facts.assessments.values()) {
    if (!inYear(end) || factors.size === 0) continue;
    assessed += 1;
    for (const code of factors) counts.set(code, (counts.get(code) ?? 0) + 1);
  }
  const top = [...counts]
    .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0], 'en', { numeric: true }))
    .slice(0, 10);
  for (const [code, count] of top) put(`${FACTOR_PREFIX}${code}`, count, assessed);
}

/** The counts for one scope's facts in the census year `start`–`end` (day numbers). */
export function tallyCin(facts: CinFacts, start: number, end: number): Map<string, Counts> {
  const inYear: InYear = (day): day is number => day !== undefined && day >= start && day <= end;
  const tallies = new Map<string, Counts>();
  const put: Put = (id, numerator, denominator) => void tallies.set(id, { numerator, denominator });
  tallyReferrals(facts, inYear, put);
  tallyTimeliness(facts, inYear, put);
  tallyPlans(facts, inYear, end, put);
  tallyCinPlans(facts, inYear, put);
  tallyFactors(facts, inYear, put);
  return tallies;
}

/** Every CIN indicator not available, for `reason`. */
function none(reason: string): Map<string, Tally> {
  return new Map(CIN_INDICATORS.map((definition) => [definition.id, { reason }]));
}

/**
 * The CIN tallies of one scope for the census ending 31 March `census`, or
 * why there are none: no census imported for the scope, or no census year.
 */
export function cinTallies(
  index: CinIndex | undefined,
  census: number | undefined,
): Map<string, Tally> {
  if (index === undefined) return none('No CIN census was imported for this scope.');
  if (census === undefined) {
    return none('The census year is unknown: no CIN census header gives a reference date.');
  }
  const start = Date.UTC(census - 1, 3, 1) / 86_400_000;
  const end = Date.UTC(census, 2, 31) / 86_400_000;
  return tallyCin(index.facts, start, end);
}

/** The factor indicators a scope's tallies hold (its own top ten), in rank order. */
export function factorDefinitions(tallies: ReadonlyMap<string, Tally>): IndicatorDefinition[] {
  return [...tallies.keys()]
    .filter((id) => id.startsWith(FACTOR_PREFIX))
    .map((id) => {
      const code = id.slice(FACTOR_PREFIX.length);
      return {
        id,
        label: `Assessments identifying factor ${code} (one of the ten most often identified)`,
        data: 'cin-census',
        source: CIN_FACTOR_SOURCE,
        definition: `Assessments authorised in the year that identified factor ${code}, of all assessments authorised in the year with factors recorded.`,
      };
    });
}
