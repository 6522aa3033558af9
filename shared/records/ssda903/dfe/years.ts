/**
 * The collection years the DfE publishes 903 validation rules for, and which
 * year's rules check a return. The DfE's validator (data-to-insight
 * csc-validator-be-903, used by councils before they submit; DfE guidance,
 * https://www.gov.uk/guidance/children-looked-after-return) keeps one
 * ruleset per collection year from 2022/23.
 */
import { collectionYearLabel } from '../year';
import type { CollectionYear } from '../types';

/** The collection years with a published ruleset, oldest first. */
export const DFE_RULE_YEARS = ['2022/23', '2023/24', '2024/25', '2025/26', '2026/27'] as const;

/** One of the collection years with a published ruleset. */
export type DfeRuleYear = (typeof DFE_RULE_YEARS)[number];

/** One DfE rule as the validator declares it. */
export type DfeRuleEntry = {
  readonly code: string;
  readonly message: string;
  /** The tables the rule reads, spelt as declared (`Episodes_last` is the previous year's). */
  readonly tables: readonly string[];
  readonly fields: readonly string[];
  /** The collection years whose ruleset holds the rule. */
  readonly years: readonly string[];
};

/**
 * The ruleset that checks a return of `year`, or undefined for a year before
 * the first published ruleset (2022/23): the DfE publishes no rules for
 * those years, and running a later year's would judge an old return by
 * codes and rules it was never made under (its own year's column
 * specification still applies). A year after the last published ruleset is
 * checked with the last, as the validator itself falls back to its latest.
 */
export function dfeRuleYear(year: CollectionYear): DfeRuleYear | undefined {
  const label = collectionYearLabel(year);
  const first = DFE_RULE_YEARS[0];
  const last = DFE_RULE_YEARS[DFE_RULE_YEARS.length - 1] ?? first;
  if (label < first) return undefined;
  if (label > last) return last;
  return DFE_RULE_YEARS.find((known) => known === label) ?? last;
}
