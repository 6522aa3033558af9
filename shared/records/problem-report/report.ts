/**
 * The error report a council can act on: every problem found in an
 * inspection's imported files, one line each, placed where a person finds
 * it in the file, with the child whose row it is, and a count per rule.
 * The `workbook problems` command and the app's Problems page both make it
 * here, so the CSV and xlsx they save are the same.
 *
 * The row is the file's own numbering, as the readers record it
 * (problem.ts): in a CSV the header is row 1 and the first data row row 2;
 * in an XML return the n-th element of that table, from 1; in a workbook
 * the sheet's row number.
 *
 * The collection year: the SSDA903 files each carry the year their data
 * implies. When every one that has a year has the same, that is the
 * report's `year`; when there are none, or they differ (two returns, or a
 * council's and a provider's of different years), `year` is null and each
 * file's own year is in `files`, so nothing is claimed for the whole. A
 * previous-year return's files (`period: 'previous'`) are listed and
 * reported but do not count towards the report's year.
 */
import type { ParsedKind } from '../read-files';
import type { RecordProblem, Severity } from '../problem';
import type { CollectionYear } from '../ssda903/types';
import { collectionYearLabel } from '../ssda903/year';
import { DFE_903_RULES } from '../ssda903/dfe/catalogue';

/** A problem with where it sits among its import's stored rows (problem-place.ts). */
export type PlacedProblem = {
  readonly problem: RecordProblem;
  /** The stored table the problem is in, if it is in one. */
  readonly table?: string;
  /** The child whose row it is, read from the row. */
  readonly childId?: string;
};

/** One imported file and its problems, as the report takes them. */
export type ReportSource = {
  /** `council`, a delegated provider's id, or `inspection`. */
  readonly owner: string;
  readonly file: string;
  readonly kind: ParsedKind;
  /** The collection year its 903 data implies (903 files only). */
  readonly year?: CollectionYear;
  /** `previous`: a file of the owner's previous-year return (checked, but not the return inspected). */
  readonly period?: 'previous';
  /** The file's tables in their stored order, to list its problems table by table. */
  readonly tables: readonly string[];
  readonly problems: readonly PlacedProblem[];
};

/** One problem, one line of the report. */
export type ProblemReportLine = {
  readonly file: string;
  readonly owner: string;
  /** The 903 table or the worksheet, if the problem is in one. */
  readonly table: string | null;
  /** The row as a person finds it in the file, if the problem is on a row. */
  readonly row: number | null;
  readonly column: string | null;
  readonly value: string | null;
  /** The workbook's rule id, e.g. `903.Episodes.PLACE.code` or `903.dfe.1000`. */
  readonly rule: string;
  /** The DfE validation rule's code when the DfE's checks raise the problem. */
  readonly dfeCode: string | null;
  readonly severity: Severity;
  readonly message: string;
  /** The CHILD id of the problem's row, when known. */
  readonly child: string | null;
  /** How many problems the line stands for: 1, or more for a summary of those not listed one by one. */
  readonly count: number;
};

/** One file in the report: what it is, its collection year, and how many problems it has. */
export type ProblemReportFile = {
  readonly file: string;
  readonly owner: string;
  readonly kind: ParsedKind;
  /** e.g. `2025/26`; null for a file that is not an SSDA903 return or has no dates. */
  readonly year: string | null;
  /** `previous`: a file of the owner's previous-year return; absent for the return inspected. */
  readonly period?: 'previous';
  readonly problems: number;
};

/** How often one rule was broken. */
export type RuleSummary = {
  readonly rule: string;
  readonly dfeCode: string | null;
  /** The DfE rule's message when it has a DfE code, else the rule's most common message. */
  readonly message: string;
  readonly count: number;
};

/** The whole report. */
export type ProblemReport = {
  /** The one collection year of the 903 files, or null when none or they differ (see `files`). */
  readonly year: string | null;
  readonly files: readonly ProblemReportFile[];
  readonly problems: readonly ProblemReportLine[];
  readonly summary: readonly RuleSummary[];
};

let dfeMessages: ReadonlyMap<string, string> | undefined;

/** The DfE's message for a rule code, from the catalogue of its 903 rules. */
export function dfeMessage(code: string): string | undefined {
  dfeMessages ??= new Map(DFE_903_RULES.map((rule) => [rule.code, rule.message]));
  return dfeMessages.get(code);
}

function lineOf(source: ReportSource, placed: PlacedProblem): ProblemReportLine {
  const { problem } = placed;
  return {
    file: source.file,
    owner: source.owner,
    table: placed.table ?? problem.sheet ?? null,
    row: problem.row ?? null,
    column: problem.column ?? null,
    value: problem.value ?? null,
    rule: problem.rule,
    dfeCode: problem.dfeCode ?? null,
    severity: problem.severity,
    message: problem.message,
    child: placed.childId ?? null,
    count: problem.count ?? 1,
  };
}

/**
 * A file's lines in the order a person works through the file: problems
 * about the whole file first, then table by table (in the file's order),
 * row by row; problems on one row keep the order they were found in.
 */
function fileLines(source: ReportSource): ProblemReportLine[] {
  const tableOrder = new Map(source.tables.map((table, index) => [table, index]));
  const lines = source.problems.map((placed) => lineOf(source, placed));
  const rank = (line: ProblemReportLine): [number, number] =>
    line.row === null
      ? [-1, -1]
      : [line.table === null ? -1 : (tableOrder.get(line.table) ?? source.tables.length), line.row];
  // Array.prototype.sort is stable (ES2019), so equal places keep their order.
  return lines.sort((a, b) => {
    const [ta, ra] = rank(a);
    const [tb, rb] = rank(b);
    return ta - tb || ra - rb;
  });
}

function yearOf(source: ReportSource): string | null {
  return source.kind.startsWith('ssda903') && source.year !== undefined
    ? collectionYearLabel(source.year)
    : null;
}

/** The count per rule (and DfE code), most frequent first, then by rule. */
export function summariseByRule(lines: readonly ProblemReportLine[]): RuleSummary[] {
  const groups = new Map<
    string,
    { rule: string; dfeCode: string | null; messages: Map<string, number>; count: number }
  >();
  for (const line of lines) {
    const key = `${line.rule}\u0000${line.dfeCode ?? ''}`;
    const group = groups.get(key) ?? {
      rule: line.rule,
      dfeCode: line.dfeCode,
      messages: new Map(),
      count: 0,
    };
    group.count += line.count;
    group.messages.set(line.message, (group.messages.get(line.message) ?? 0) + 1);
    groups.set(key, group);
  }
  return [...groups.values()]
    .map((group): RuleSummary => {
      let common = '';
      let most = 0;
      // The first-seen message wins a tie: Map keeps insertion order.
      for (const [message, count] of group.messages) {
        if (count > most) [common, most] = [message, count];
      }
      const official = group.dfeCode === null ? undefined : dfeMessage(group.dfeCode);
      return {
        rule: group.rule,
        dfeCode: group.dfeCode,
        message: official ?? common,
        count: group.count,
      };
    })
    .sort((a, b) => b.count - a.count || a.rule.localeCompare(b.rule, 'en-GB'));
}

/** The report of `sources` (in the order given: the imports' order). */
export function problemReport(sources: readonly ReportSource[]): ProblemReport {
  const files = sources.map((source): ProblemReportFile => ({
    file: source.file,
    owner: source.owner,
    kind: source.kind,
    year: yearOf(source),
    ...(source.period === 'previous' ? { period: source.period } : {}),
    problems: source.problems.length,
  }));
  // The previous year's return has its own year by nature: the report's year is the inspected one's.
  const years = new Set(
    files.flatMap((file) => (file.year === null || file.period === 'previous' ? [] : [file.year])),
  );
  const problems = sources.flatMap(fileLines);
  return {
    year: years.size === 1 ? ([...years][0] ?? null) : null,
    files,
    problems,
    summary: summariseByRule(problems),
  };
}
