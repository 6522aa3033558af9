/**
 * A CIN census file's part of an import's index: its facts (cin-facts.ts)
 * and the census year its header names. Indexes pool by key (child and
 * date), so the same referral, assessment or plan held in the council's
 * census and a provider's is one fact, whichever order they are pooled in.
 */
import { censusYearOf } from '../cin/year';
import { addCinFacts, emptyFacts, type CinFacts } from './cin-facts';
import type { RecordRow } from './types';

/** One CIN census file's tables, by the CIN reader's table names. */
export type CinCensusTables = Readonly<Partial<Record<string, readonly RecordRow[]>>>;

/** The CIN census files of one import or one scope, indexed. */
export type CinIndex = {
  readonly facts: CinFacts;
  /** The census years held (the year of each header's 31 March reference date), ascending. */
  readonly censuses: readonly number[];
};

/** The tables the CIN indicators read. */
export const CIN_READ_TABLES: readonly string[] = [
  'Header',
  'CINdetails',
  'Assessments',
  'AssessmentFactors',
  'CINplanDates',
  'Section47',
  'ChildProtectionPlans',
  'Reviews',
];

function censusOf(tables: CinCensusTables): number | undefined {
  const header = tables['Header']?.[0];
  if (header === undefined) return undefined;
  const values: Record<string, string> = {};
  for (const [column, value] of Object.entries(header.values)) {
    if (typeof value === 'string') values[column] = value;
  }
  return censusYearOf({ row: header.row, values, problems: [] }).year?.census;
}

/** Indexes census files, each on its own (ids such as AssessmentID link rows within one file only). */
export function indexCin(censuses: readonly CinCensusTables[]): CinIndex {
  const facts = emptyFacts();
  const years = new Set<number>();
  for (const tables of censuses) {
    addCinFacts(facts, tables);
    const census = censusOf(tables);
    if (census !== undefined) years.add(census);
  }
  return { facts, censuses: [...years].sort((a, b) => a - b) };
}

/** Copies `from`'s entries missing from `into`, and (through `join`) adds to those both hold. */
function pool<V>(
  into: Map<string, V>,
  from: ReadonlyMap<string, V>,
  copy: (value: V) => V,
  join?: (kept: V, other: V) => void,
): void {
  for (const [key, value] of from) {
    const kept = into.get(key);
    if (kept === undefined) into.set(key, copy(value));
    else join?.(kept, value);
  }
}

function addAll<T>(into: Set<T>, from: ReadonlySet<T>): void {
  for (const item of from) into.add(item);
}

/**
 * The union of several indexes, each fact once (the first index's version
 * of a fact kept, with the factors or reviews every index records for it),
 * or undefined when none holds a census. The indexes are not changed.
 */
export function mergeCin(indexes: readonly (CinIndex | undefined)[]): CinIndex | undefined {
  const held = indexes.filter((index) => index !== undefined);
  if (held.length === 0) return undefined;
  // Counting never changes the facts: one index is its own union.
  if (held.length === 1) return held[0];
  const facts = emptyFacts();
  const years = new Set<number>();
  for (const { facts: other, censuses } of held) {
    pool(facts.referrals, other.referrals, (fact) => ({ ...fact }));
    pool(
      facts.assessments,
      other.assessments,
      (fact) => ({ ...fact, factors: new Set(fact.factors) }),
      (kept, fact) => addAll(kept.factors, fact.factors),
    );
    pool(facts.enquiries, other.enquiries, (fact) => ({ ...fact }));
    pool(
      facts.plans,
      other.plans,
      (fact) => ({ ...fact, reviews: new Set(fact.reviews) }),
      (kept, fact) => addAll(kept.reviews, fact.reviews),
    );
    pool(facts.cinPlans, other.cinPlans, (fact) => ({ ...fact }));
    addAll(facts.inNeed, other.inNeed);
    for (const census of censuses) years.add(census);
  }
  return { facts, censuses: [...years].sort((a, b) => a - b) };
}
