/**
 * At most {@link MAX_PROBLEMS_PER_RULE} problems of one rule are listed one
 * by one for one file; the rest are counted into ONE summary problem ("N more
 * like this"), so a damaged file of a million rows cannot build millions of
 * problem objects. The rows of the problems not listed are still marked —
 * with the summary — so no row with a problem looks clean.
 */
import { MAX_PROBLEMS_PER_RULE } from '../limits';
import type { RecordProblem } from './problem';

/** A row that keeps the indexes of its problems (a 903 row). */
export type MarkedRow = { readonly problems: number[] };

type Over = {
  kept: number;
  over: number;
  readonly first: RecordProblem;
  readonly rows: MarkedRow[];
};

/** Per problems list, per file and rule: how many were kept and how many left over. */
const counts = new WeakMap<RecordProblem[], Map<string, Over>>();

/**
 * Adds `problem` to `problems` (marking `row` with its index) unless its rule
 * already has the most listed for its file; then it is only counted, and
 * `row` remembered to be marked by the summary.
 */
export function addCapped(
  problems: RecordProblem[],
  problem: RecordProblem,
  row?: MarkedRow,
): void {
  let byRule = counts.get(problems);
  if (byRule === undefined) {
    byRule = new Map();
    counts.set(problems, byRule);
  }
  const key = `${problem.file}\u0000${problem.rule}`;
  let entry = byRule.get(key);
  if (entry === undefined) {
    entry = { kept: 0, over: 0, first: problem, rows: [] };
    byRule.set(key, entry);
  }
  if (entry.kept < MAX_PROBLEMS_PER_RULE) {
    entry.kept += 1;
    row?.problems.push(problems.length);
    problems.push(problem);
    return;
  }
  entry.over += 1;
  if (row !== undefined && entry.rows.at(-1) !== row) entry.rows.push(row);
}

/** The summary problem for `over` problems like `first` that were not listed. */
export function summaryProblem(first: RecordProblem, over: number): RecordProblem {
  return {
    rule: first.rule,
    severity: first.severity,
    file: first.file,
    ...(first.sheet === undefined ? {} : { sheet: first.sheet }),
    ...(first.column === undefined ? {} : { column: first.column }),
    ...(first.dfeCode === undefined ? {} : { dfeCode: first.dfeCode }),
    count: over,
    message:
      `${over.toLocaleString('en-GB')} more like this (${first.rule}) in ${first.file} were not listed one by one; ` +
      `the first ${MAX_PROBLEMS_PER_RULE.toLocaleString('en-GB')} are. Fix those and import the file again.`,
  };
}

/**
 * Appends one summary problem per rule that went over the limit, marks the
 * rows it stands for, and forgets the counts (adding more problems after
 * this starts counting afresh).
 */
export function closeCapped(problems: RecordProblem[]): void {
  const byRule = counts.get(problems);
  if (byRule === undefined) return;
  counts.delete(problems);
  for (const entry of byRule.values()) {
    if (entry.over === 0) continue;
    const index = problems.length;
    problems.push(summaryProblem(entry.first, entry.over));
    for (const row of entry.rows) row.problems.push(index);
  }
}
