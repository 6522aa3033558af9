/**
 * What the cross-table rules share: a way to report a finding on a row of a
 * table source, and a parsed-date helper.
 */
import { MAX_PROBLEMS_PER_RULE } from '../../limits';
import type { RecordProblem } from '../problem';
import { summaryProblem } from '../problem-cap';
import { parseDfeDate } from './dates';
import type { Ssda903Row, TableSource } from './types';

/** A problem found by a cross-table rule, with the row it marks (if any). */
export type Finding = {
  readonly problem: RecordProblem;
  readonly source: TableSource;
  readonly row?: Ssda903Row;
  /** A summary finding ("N more like this"): the rows of the findings it stands for. */
  readonly rows?: readonly Ssda903Row[];
};

/** The part of a problem a rule supplies; file, sheet and row come from where it is reported. */
export type ProblemDetail = Omit<RecordProblem, 'file' | 'sheet' | 'row'>;

/** Reports `detail` against `row` of `source` (or against the whole source when `row` is undefined). */
export type Report = (
  source: TableSource,
  row: Ssda903Row | undefined,
  detail: ProblemDetail,
) => void;

type Over = { kept: number; over: number; readonly first: Finding; readonly rows: Ssda903Row[] };

/** Per findings list, per file and rule: how many were kept and how many left over. */
const overs = new WeakMap<Finding[], Map<string, Over>>();

/**
 * A Report that collects findings into `findings`: at most
 * MAX_PROBLEMS_PER_RULE per rule and file, the rest only counted (with
 * their rows) for one summary finding that `closeFindings` adds.
 */
export function collector(findings: Finding[]): Report {
  const byRule = new Map<string, Over>();
  overs.set(findings, byRule);
  return (source, row, detail) => {
    const key = `${source.file}\u0000${detail.rule}`;
    const entry = byRule.get(key);
    if (entry !== undefined && entry.kept >= MAX_PROBLEMS_PER_RULE) {
      entry.over += 1;
      if (row !== undefined && entry.rows.at(-1) !== row) entry.rows.push(row);
      return;
    }
    const problem: RecordProblem = {
      ...detail,
      file: source.file,
      sheet: source.table,
      ...(row === undefined ? {} : { row: row.row }),
    };
    const finding: Finding = row === undefined ? { problem, source } : { problem, source, row };
    findings.push(finding);
    if (entry === undefined) byRule.set(key, { kept: 1, over: 0, first: finding, rows: [] });
    else entry.kept += 1;
  };
}

/** Adds one summary finding per rule and file that went over the limit. */
export function closeFindings(findings: Finding[]): void {
  const byRule = overs.get(findings);
  if (byRule === undefined) return;
  overs.delete(findings);
  for (const entry of byRule.values()) {
    if (entry.over === 0) continue;
    findings.push({
      problem: summaryProblem(entry.first.problem, entry.over),
      source: entry.first.source,
      rows: entry.rows,
    });
  }
}

/**
 * The day number of a row's DfE date in `column`, or undefined when blank or
 * not a date. Parsed each time: parsing ten characters is cheaper than
 * looking the text up in a cache of every date of a return. The DfE rules
 * read whole columns parsed once instead (dfe/view.ts).
 */
export function dateOf(row: Ssda903Row, column: string): number | undefined {
  const value = row.values[column];
  return value === undefined || value === '' ? undefined : parseDfeDate(value);
}

/**
 * Calls `visit` with each row of each source, in order. An indexed walk: the
 * checks that read every row of a return go through it without making an
 * iterator, or a pair, per row.
 */
export function forEachRow(
  sources: readonly TableSource[] | undefined,
  visit: (source: TableSource, row: Ssda903Row) => void,
): void {
  if (sources === undefined) return;
  for (let nth = 0; nth < sources.length; nth += 1) {
    const source = sources[nth];
    if (source === undefined) continue;
    const rows = source.rows;
    for (let at = 0; at < rows.length; at += 1) {
      const row = rows[at];
      if (row !== undefined) visit(source, row);
    }
  }
}

/** A row with its source, as {@link rowsOf} lists them. */
type RowOf = readonly [TableSource, Ssda903Row];

/**
 * Lists already made, by the sources they were made from, with the rows
 * arrays and lengths they were made of: hundreds of rules walk the same
 * tables in one run, and a list made once spares each walk a generator and
 * a pair per row. A source whose rows array or length has changed since is
 * listed again.
 */
const listed = new WeakMap<
  readonly TableSource[],
  { readonly made: readonly (readonly [readonly Ssda903Row[], number])[]; readonly rows: RowOf[] }
>();

function stillListed(
  sources: readonly TableSource[],
  made: readonly (readonly [readonly Ssda903Row[], number])[],
): boolean {
  if (made.length !== sources.length) return false;
  return sources.every(
    (source, at) => made[at]?.[0] === source.rows && made[at]?.[1] === source.rows.length,
  );
}

/** Each row of each source, with its source (read-only: shared between rules). */
export function rowsOf(sources: readonly TableSource[] | undefined): readonly RowOf[] {
  if (sources === undefined) return [];
  const known = listed.get(sources);
  if (known !== undefined && stillListed(sources, known.made)) return known.rows;
  const rows: RowOf[] = [];
  for (const source of sources) for (const row of source.rows) rows.push([source, row]);
  listed.set(sources, {
    made: sources.map((source) => [source.rows, source.rows.length] as const),
    rows,
  });
  return rows;
}
