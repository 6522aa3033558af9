/**
 * The reader's schema checks that a DfE rule in force makes itself (its
 * `covers`, dfe/rule.ts): an invalid ethnicity code is DfE rule 4220's
 * "Ethnicity is missing or invalid", not also the schema's code check. They
 * are taken out of the reader's problems before the DfE rules run, so one
 * bad cell is one problem, carrying its DfE code.
 */
import type { RecordProblem } from '../problem';
import { cinRulesInForce } from './dfe/run';
import { cinRuleYear, type CinRuleYear } from './dfe/years';
import type { CinResult, CinYear } from './types';

/** The rule ids (`cin.<table>.<column>.<kind>`) of the schema checks covered in ruleset `year`. */
export function coveredCinChecks(year: CinRuleYear): ReadonlySet<string> {
  const covered = new Set<string>();
  for (const rule of cinRulesInForce(year)) {
    for (const check of rule.covers ?? []) {
      if (check.from === undefined || year >= check.from)
        covered.add(`cin.${check.table}.${check.column}.${check.kind}`);
    }
  }
  return covered;
}

/**
 * Takes the covered schema problems out of `result` (its problems and each
 * row's marks, renumbered), for census year `year`.
 */
export function dropCoveredProblems(result: CinResult, year: CinYear): void {
  const covered = coveredCinChecks(cinRuleYear(year));
  const moved = new Int32Array(result.problems.length).fill(-1);
  const kept: RecordProblem[] = [];
  result.problems.forEach((problem, at) => {
    if (covered.has(problem.rule)) return;
    moved[at] = kept.length;
    kept.push(problem);
  });
  if (kept.length === result.problems.length) return;
  result.problems.length = 0;
  for (const problem of kept) result.problems.push(problem);
  for (const rows of Object.values(result.tables)) {
    for (const row of rows) {
      if (row.problems.length === 0) continue;
      const marks = row.problems.map((at) => moved[at] ?? -1).filter((at) => at >= 0);
      row.problems.length = 0;
      row.problems.push(...marks);
    }
  }
}
