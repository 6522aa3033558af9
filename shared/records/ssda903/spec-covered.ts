/**
 * The readers' cell checks that a DfE rule in force does itself (its
 * `covers`, dfe/rule.ts). While such a rule is in force for the return's
 * collection year (dfe/run.ts `rulesInForce`), the reader does not report
 * the same check, so one bad cell is one problem, carrying its DfE code.
 */
import type { CoveredCheck } from './dfe/rule';
import { rulesInForce } from './dfe/run';
import { dfeRuleYear } from './dfe/years';
import type { CheckKind, ColumnCheck } from './spec';
import type { TableName } from './tables';
import type { CollectionYear } from './types';

/** Table → column → the kinds of cell problem a DfE rule in force reports. */
export type CoveredChecks = ReadonlyMap<TableName, ReadonlyMap<string, ReadonlySet<CheckKind>>>;

/** No check is covered: nothing is in force without a collection year. */
export const NOTHING_COVERED: CoveredChecks = new Map();

/** The checks that `covers` lists, grouped by table and column. */
export function groupCovered(covers: readonly CoveredCheck[]): CoveredChecks {
  const grouped = new Map<TableName, Map<string, Set<CheckKind>>>();
  for (const { table, column, kind } of covers) {
    const columns = grouped.get(table) ?? new Map<string, Set<CheckKind>>();
    grouped.set(table, columns);
    const kinds = columns.get(column) ?? new Set<CheckKind>();
    columns.set(column, kinds);
    kinds.add(kind);
  }
  return grouped;
}

/**
 * The cell checks covered by the DfE rules in force for `year`. With no year,
 * or a year before the first published ruleset, the DfE rules do not run
 * (validate.ts), so nothing is covered.
 */
export function coveredChecks(year: CollectionYear | undefined): CoveredChecks {
  const ruleYear = year === undefined ? undefined : dfeRuleYear(year);
  if (ruleYear === undefined) return NOTHING_COVERED;
  return groupCovered(rulesInForce(ruleYear).flatMap((rule) => rule.covers ?? []));
}

/** `checks` with the covered kinds of each column marked to be skipped. */
export function withoutCovered(
  checks: readonly ColumnCheck[],
  table: TableName,
  covered: CoveredChecks,
): readonly ColumnCheck[] {
  const columns = covered.get(table);
  if (columns === undefined) return checks;
  return checks.map((check) => {
    const skip = columns.get(check.column);
    return skip === undefined ? check : { ...check, skip };
  });
}
