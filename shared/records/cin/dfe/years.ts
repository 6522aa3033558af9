/**
 * The census years the DfE's CIN validation rules are published for, and
 * which year's rules check a return. The validator councils use before they
 * submit (data-to-insight csc-validator-be-cin; DfE CIN census guidance,
 * https://www.gov.uk/government/collections/children-in-need-census) keeps
 * one ruleset per collection year from 2022 to 2023.
 */
import type { CinYear } from '../types';

/** The collection years with a published ruleset, oldest first. */
export const CIN_RULE_YEARS = ['2022/23', '2023/24', '2024/25', '2025/26'] as const;

export type CinRuleYear = (typeof CIN_RULE_YEARS)[number];

/** One DfE rule as the validator declares it. */
export type CinRuleEntry = {
  readonly code: string;
  readonly message: string;
  /** `Error` must be fixed; `Query` must be fixed or explained. */
  readonly rule_type: 'Error' | 'Query';
  readonly tables: readonly string[];
  readonly fields: readonly string[];
  readonly years: readonly string[];
};

/** `2023/24` for the census ending 31 March 2024. */
export function cinYearLabel(census: number): string {
  return `${census - 1}/${String(census % 100).padStart(2, '0')}`;
}

/**
 * The ruleset that checks a census: a year before the first published
 * ruleset is checked with the first, a year after the last with the last.
 */
export function cinRuleYear(year: CinYear): CinRuleYear {
  const label = cinYearLabel(year.census);
  const first = CIN_RULE_YEARS[0];
  const last = CIN_RULE_YEARS[CIN_RULE_YEARS.length - 1] ?? first;
  if (label < first) return first;
  if (label > last) return last;
  return CIN_RULE_YEARS.find((known) => known === label) ?? last;
}
