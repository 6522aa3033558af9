/**
 * The CIN census indicators for the council (every source pooled, each
 * child and each referral, assessment or plan counted once) and for each
 * delegated provider (its own census files).
 */
import { dayOf } from '../cin/dates';
import { workingDaysBetween } from '../../util/working-days';
import { CIN_FACTOR_SOURCE, CIN_INDICATORS } from './catalogue-cin';
import { addCinFacts, emptyFacts, type CinFacts } from './cin-facts';
import type { IndicatorResult, RecordRow } from './types';

/** One scope's census files: each file's rows per CIN table. */
export type CinScope = {
  readonly kind: 'council' | 'provider';
  readonly id: string;
  readonly name: string;
  readonly censuses: readonly Partial<Record<string, readonly RecordRow[]>>[];
};

type Tally = { numerator: number; denominator: number };

const MONTH = (day: number, months: number): number => {
  const date = new Date(day * 86_400_000);
  return (
    Date.UTC(date.getUTCFullYear(), date.getUTCMonth() + months, date.getUTCDate()) / 86_400_000
  );
};

/** The tallies for one scope's facts in the census year `start`–`end` (day numbers). */
export function tallyCin(facts: CinFacts, start: number, end: number): Map<string, Tally> {
  const inYear = (day: number | undefined): day is number =>
    day !== undefined && day >= start && day <= end;
  const tallies = new Map<string, Tally>();
  const put = (id: string, numerator: number, denominator: number): void =>
    void tallies.set(id, { numerator, denominator });

  const byChild = new Map<string, number[]>();
  for (const { child, date } of facts.referrals.values()) {
    const day = dayOf(date);
    if (day !== undefined) byChild.set(child, [...(byChild.get(child) ?? []), day]);
  }
  let referrals = 0;
  let rereferrals = 0;
  for (const days of byChild.values()) {
    for (const day of days) {
      if (!inYear(day)) continue;
      referrals += 1;
      if (days.some((other) => other < day && other >= MONTH(day, -12))) rereferrals += 1;
    }
  }
  put('cin-rereferrals-12-months', rereferrals, referrals);

  let completed = 0;
  let onTime = 0;
  for (const { start: s, end: e } of facts.assessments.values()) {
    const from = dayOf(s);
    const to = dayOf(e);
    if (from === undefined || !inYear(to)) continue;
    completed += 1;
    if (workingDaysBetween(from, to) <= 45) onTime += 1;
  }
  put('cin-assessments-45-days', onTime, completed);

  let conferences = 0;
  let within = 0;
  for (const { start: s, conference } of facts.enquiries.values()) {
    const from = dayOf(s);
    const held = dayOf(conference);
    if (from === undefined || !inYear(held)) continue;
    conferences += 1;
    if (workingDaysBetween(from, held) <= 15) within += 1;
  }
  put('cin-icpc-15-days', within, conferences);

  const plans = [...facts.plans.values()].map((plan) => ({
    ...plan,
    from: dayOf(plan.start),
    to: dayOf(plan.end),
  }));
  const openAtEnd = plans.filter(
    (plan) =>
      plan.from !== undefined && plan.from <= end && (plan.to === undefined || plan.to > end),
  );
  const onPlan = new Set(openAtEnd.map((plan) => plan.child));
  const inNeed = new Set([...facts.inNeed, ...onPlan]);
  put('cin-cpp-at-31-march', onPlan.size, inNeed.size);

  const ceasing = plans.filter((plan) => inYear(plan.to));
  put(
    'cin-cpp-2-years-ceasing',
    ceasing.filter(
      (plan) => plan.from !== undefined && plan.to !== undefined && plan.to >= MONTH(plan.from, 24),
    ).length,
    ceasing.length,
  );

  const starting = plans.filter((plan) => inYear(plan.from));
  const second = starting.filter(
    (plan) =>
      plan.previous > 0 ||
      plans.some(
        (other) =>
          other.child === plan.child &&
          other.from !== undefined &&
          plan.from !== undefined &&
          other.from < plan.from,
      ),
  );
  put('cin-cpp-second-subsequent', second.length, starting.length);

  const due = openAtEnd.filter((plan) => plan.from !== undefined && MONTH(plan.from, 3) <= end);
  const reviewed = due.filter((plan) => {
    let last = plan.from ?? 0;
    let limit = MONTH(last, 3);
    for (const day of [...plan.reviews]
      .map(dayOf)
      .filter((d): d is number => d !== undefined)
      .sort((a, b) => a - b)) {
      if (day > limit) return false;
      last = day;
      limit = MONTH(last, 6);
    }
    return limit >= end;
  });
  put('cin-cpp-reviews-on-time', reviewed.length, due.length);

  const ended = [...facts.cinPlans.values()]
    .map((plan) => ({ from: dayOf(plan.start), to: dayOf(plan.end) }))
    .filter((plan) => inYear(plan.to));
  put(
    'cin-plans-over-12-months',
    ended.filter(
      (plan) => plan.from !== undefined && plan.to !== undefined && plan.to > MONTH(plan.from, 12),
    ).length,
    ended.length,
  );

  const factorCounts = new Map<string, number>();
  let assessed = 0;
  for (const { end: e, factors } of facts.assessments.values()) {
    if (!inYear(dayOf(e)) || factors.size === 0) continue;
    assessed += 1;
    for (const code of factors) factorCounts.set(code, (factorCounts.get(code) ?? 0) + 1);
  }
  const top = [...factorCounts]
    .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0], 'en', { numeric: true }))
    .slice(0, 10);
  for (const [code, count] of top) put(`cin-factor-${code}`, count, assessed);
  return tallies;
}

function resultsFor(
  scope: string,
  name: string,
  tallies: ReadonlyMap<string, Tally>,
  available: boolean,
): IndicatorResult[] {
  const value = (t: Tally): number | null =>
    t.denominator === 0 ? null : Math.round((1000 * t.numerator) / t.denominator) / 10;
  const base = CIN_INDICATORS.map((definition) => ({
    definition,
    tally: tallies.get(definition.id),
  }));
  const factors = [...tallies].filter(([id]) => id.startsWith('cin-factor-'));
  const rows: IndicatorResult[] = base.map(({ definition, tally }) => ({
    ...definition,
    scope,
    scopeName: name,
    numerator: available && tally !== undefined ? tally.numerator : null,
    denominator: available && tally !== undefined ? tally.denominator : null,
    value: available && tally !== undefined ? value(tally) : null,
    unit: 'percent',
    available,
    ...(available ? {} : { reason: 'No CIN census was imported for this scope.' }),
  }));
  for (const [id, tally] of factors) {
    const code = id.slice('cin-factor-'.length);
    rows.push({
      id,
      label: `Assessments identifying factor ${code} (one of the ten most often identified)`,
      data: 'cin-census',
      source: CIN_FACTOR_SOURCE,
      definition: `Assessments authorised in the year that identified factor ${code}, of all assessments authorised in the year with factors recorded.`,
      scope,
      scopeName: name,
      numerator: tally.numerator,
      denominator: tally.denominator,
      value: value(tally),
      unit: 'percent',
      available: true,
    });
  }
  return rows;
}

/**
 * Every CIN indicator for the council (all scopes pooled, each child and
 * each fact once) and each provider, for the census ending 31 March
 * `census`.
 */
export function computeCinIndicators(
  scopes: readonly CinScope[],
  census: number,
): IndicatorResult[] {
  const start = Date.UTC(census - 1, 3, 1) / 86_400_000;
  const end = Date.UTC(census, 2, 31) / 86_400_000;
  const council = emptyFacts();
  const perScope = scopes.map((scope) => {
    const facts = emptyFacts();
    for (const tables of scope.censuses) {
      addCinFacts(facts, tables);
      addCinFacts(council, tables);
    }
    return { scope, facts };
  });
  const councilName = scopes.find((scope) => scope.kind === 'council')?.name ?? 'Council';
  const any = scopes.some((scope) => scope.censuses.length > 0);
  return [
    ...resultsFor('council', councilName, tallyCin(council, start, end), any),
    ...perScope
      .filter(({ scope }) => scope.kind === 'provider')
      .flatMap(({ scope, facts }) =>
        resultsFor(scope.id, scope.name, tallyCin(facts, start, end), scope.censuses.length > 0),
      ),
  ];
}
