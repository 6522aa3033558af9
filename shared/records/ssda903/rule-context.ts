/**
 * What the cross-table rules share: a way to report a finding on a row of a
 * table source, and a parsed-date helper.
 */
import type { RecordProblem } from '../problem';
import { parseDfeDate } from './dates';
import type { Ssda903Row, TableSource } from './types';

/** A problem found by a cross-table rule, with the row it marks (if any). */
export type Finding = {
  readonly problem: RecordProblem;
  readonly source: TableSource;
  readonly row?: Ssda903Row;
};

/** The part of a problem a rule supplies; file, sheet and row come from where it is reported. */
export type ProblemDetail = Omit<RecordProblem, 'file' | 'sheet' | 'row'>;

/** Reports `detail` against `row` of `source` (or against the whole source when `row` is undefined). */
export type Report = (
  source: TableSource,
  row: Ssda903Row | undefined,
  detail: ProblemDetail,
) => void;

/** A Report that collects findings into `findings`. */
export function collector(findings: Finding[]): Report {
  return (source, row, detail) => {
    const problem: RecordProblem = {
      ...detail,
      file: source.file,
      sheet: source.table,
      ...(row === undefined ? {} : { row: row.row }),
    };
    findings.push(row === undefined ? { problem, source } : { problem, source, row });
  };
}

/** The day number of a row's DfE date in `column`, or undefined when blank or not a date. */
export function dateOf(row: Ssda903Row, column: string): number | undefined {
  const value = row.values[column];
  if (value === undefined || value === '') return undefined;
  const known = days.get(value);
  if (known !== undefined || days.has(value)) return known;
  const day = parseDfeDate(value);
  if (days.size < DAY_CAP) days.set(value, day);
  return day;
}

/**
 * Dates already parsed, by the text as read: a return's dates repeat
 * (a few thousand days a year) and the rules read each many times; past
 * the cap it stops remembering.
 */
const days = new Map<string, number | undefined>();
const DAY_CAP = 100_000;

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
