/**
 * The facts the CIN indicators count, drawn from one census file's tables
 * and keyed by child and dates, so the same referral, assessment or plan
 * held in two files (the council's census and a provider's) is one fact
 * when pooled for the council.
 */
import { dayOf } from '../cin/dates';
import type { RecordRow } from './types';

type Rows = Partial<Record<string, readonly RecordRow[]>>;

/** A date as a day number (days since 1970-01-01), read once at import; undefined when blank or not a date. */
type Day = number | undefined;

export type CinFacts = {
  /** Referrals by child and date. */
  readonly referrals: Map<string, { child: string; day: number }>;
  readonly assessments: Map<string, { start: Day; end: Day; factors: Set<string> }>;
  readonly enquiries: Map<string, { start: Day; conference: Day }>;
  readonly plans: Map<
    string,
    { child: string; start: Day; end: Day; previous: number; reviews: Set<number> }
  >;
  readonly cinPlans: Map<string, { start: Day; end: Day }>;
  /** Children in need at the reference date (an open episode, not NFA). */
  readonly inNeed: Set<string>;
};

export function emptyFacts(): CinFacts {
  return {
    referrals: new Map(),
    assessments: new Map(),
    enquiries: new Map(),
    plans: new Map(),
    cinPlans: new Map(),
    inNeed: new Set(),
  };
}

function text(row: RecordRow | undefined, column: string): string {
  const value = row?.values[column];
  return typeof value === 'string'
    ? value.trim()
    : value === null || value === undefined
      ? ''
      : String(value);
}

/** Adds one census file's facts to `facts`. */
export function addCinFacts(facts: CinFacts, tables: Rows): void {
  for (const row of tables['CINdetails'] ?? []) {
    const child = text(row, 'LAchildID');
    const date = text(row, 'CINreferralDate');
    const day = dayOf(date);
    if (day !== undefined) facts.referrals.set(`${child}|${date}`, { child, day });
    const nfa = ['1', 'true'].includes(text(row, 'ReferralNFA').toLowerCase());
    if (text(row, 'CINclosureDate') === '' && !nfa) facts.inNeed.add(child);
  }
  const assessments = new Map<string, { start: Day; end: Day; factors: Set<string> }>();
  for (const row of tables['Assessments'] ?? []) {
    const key = `${text(row, 'LAchildID')}|${text(row, 'AssessmentActualStartDate')}`;
    const fact = facts.assessments.get(key) ?? {
      start: dayOf(text(row, 'AssessmentActualStartDate')),
      end: dayOf(text(row, 'AssessmentAuthorisationDate')),
      factors: new Set<string>(),
    };
    facts.assessments.set(key, fact);
    assessments.set(text(row, 'AssessmentID'), fact);
  }
  for (const row of tables['AssessmentFactors'] ?? []) {
    const code = text(row, 'AssessmentFactors');
    if (code !== '') assessments.get(text(row, 'AssessmentID'))?.factors.add(code);
  }
  for (const row of tables['Section47'] ?? []) {
    const start = text(row, 'S47ActualStartDate');
    facts.enquiries.set(`${text(row, 'LAchildID')}|${start}`, {
      start: dayOf(start),
      conference: dayOf(text(row, 'DateOfInitialCPC')),
    });
  }
  const plans = new Map<string, CinFacts['plans'] extends Map<string, infer P> ? P : never>();
  for (const row of tables['ChildProtectionPlans'] ?? []) {
    const child = text(row, 'LAchildID');
    const start = text(row, 'CPPstartDate');
    const key = `${child}|${start}`;
    const fact = facts.plans.get(key) ?? {
      child,
      start: dayOf(start),
      end: dayOf(text(row, 'CPPendDate')),
      previous: Number(text(row, 'NumberOfPreviousCPP')) || 0,
      reviews: new Set<number>(),
    };
    facts.plans.set(key, fact);
    plans.set(text(row, 'CPPID'), fact);
  }
  for (const row of tables['Reviews'] ?? []) {
    const day = dayOf(text(row, 'CPPreviewDate'));
    if (day !== undefined) plans.get(text(row, 'CPPID'))?.reviews.add(day);
  }
  for (const row of tables['CINplanDates'] ?? []) {
    const start = text(row, 'CINPlanStartDate');
    facts.cinPlans.set(`${text(row, 'LAchildID')}|${start}`, {
      start: dayOf(start),
      end: dayOf(text(row, 'CINPlanEndDate')),
    });
  }
}
