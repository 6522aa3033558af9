/**
 * Cross-table validation of a set of 903 tables: the links between tables,
 * one open episode per child, dates against each other and against the
 * collection year, URNs, care leavers (OC3) and placed-for-adoption records.
 * Cell-level checks (type, code list, blank) are done by the readers. The
 * collection year comes from the caller or, failing that, from the data.
 */
import type { RecordProblem } from '../problem';
import { collector, type Finding } from './rule-context';
import { checkLinks } from './rules-links';
import { checkOpenEpisodes, checkPeriods, checkUrns, checkYear } from './rules-episodes';
import { checkOc3, checkPlacedAdoption } from './rules-oc3-adoption';
import { TABLE_NAMES } from './tables';
import type { RegisteredProvider } from './dfe/rule';
import { rulesInForce, runDfeRules } from './dfe/run';
import { withoutSuperseded } from './superseded';
import { dfeRuleYear } from './dfe/years';
import type { CollectionYear, Ssda903Result, Ssda903Tables, TableSource } from './types';
import { detectCollectionYear, isCollectionYear } from './year';

/** Options for `validate903`. */
export type ValidateOptions = {
  /** The collection year to check dates against; by default it is worked out from the episodes. */
  readonly year?: CollectionYear;
  /** The same owner's previous-year return, for the DfE rules that compare years. */
  readonly previous?: Ssda903Tables;
  /** The Ofsted provider lists imported for the inspection, by URN (the DfE's URN rules). */
  readonly providers?: ReadonlyMap<string, RegisteredProvider>;
  /** The placing council's DfE LA code. */
  readonly laCode?: string;
};

/** Where the collection year used came from. */
export type YearSource = 'caller' | 'data' | 'unknown';

/** The tables of some read 903 files, grouped by table name for `validate903`. */
export function tablesOf(results: readonly Ssda903Result[]): Ssda903Tables {
  const tables: Partial<Record<(typeof TABLE_NAMES)[number], TableSource[]>> = {};
  for (const result of results) {
    const found =
      result.kind === 'ssda903-csv'
        ? [[result.table, result.rows] as const]
        : TABLE_NAMES.flatMap((table) => {
            const rows = result.tables[table];
            return rows === undefined ? [] : [[table, rows] as const];
          });
    for (const [table, rows] of found) {
      (tables[table] ??= []).push({ file: result.file, table, rows });
    }
  }
  return tables;
}

/** Runs every cross-table rule, returning each finding with the row it marks. */
export function crossTableFindings(
  tables: Ssda903Tables,
  options: ValidateOptions = {},
): {
  readonly year: CollectionYear | undefined;
  readonly yearSource: YearSource;
  readonly findings: Finding[];
} {
  if (options.year !== undefined && !isCollectionYear(options.year)) {
    throw new RangeError(
      `A collection year runs from 1 April to 31 March; got ${options.year.start} to ${options.year.end}.`,
    );
  }
  const year = options.year ?? detectCollectionYear(tables);
  const yearSource: YearSource =
    options.year !== undefined ? 'caller' : year !== undefined ? 'data' : 'unknown';
  const findings: Finding[] = [];
  const report = collector(findings);
  const anySource = TABLE_NAMES.flatMap((table) => tables[table] ?? [])[0];
  if (anySource !== undefined && (tables.Header ?? []).length === 0) {
    report(anySource, undefined, {
      rule: '903.link.no-header',
      severity: 'info',
      message:
        'No Header table was imported, so children could not be checked against it. Import header.csv too.',
    });
  }
  checkLinks(tables, report);
  checkOpenEpisodes(tables, report);
  checkPeriods(tables, report);
  checkUrns(tables, report);
  checkOc3(tables, report);
  checkPlacedAdoption(tables, report);
  if (year !== undefined) {
    checkYear(tables, year, report);
    const ruleYear = dfeRuleYear(year);
    if (ruleYear !== undefined)
      runDfeRules(
        {
          tables,
          year,
          ruleYear,
          ...(options.previous === undefined ? {} : { previous: options.previous }),
          ...(options.providers === undefined ? {} : { providers: options.providers }),
          ...(options.laCode === undefined ? {} : { laCode: options.laCode }),
        },
        report,
      );
  } else if (anySource !== undefined) {
    report(anySource, undefined, {
      rule: '903.year.unknown',
      severity: 'info',
      message:
        'The collection year could not be worked out (no episode dates), so dates were not checked against it. Give the year to check them.',
    });
  }
  const ruleYear = year === undefined ? undefined : dfeRuleYear(year);
  const inForce = new Set(
    ruleYear === undefined ? [] : rulesInForce(ruleYear).map((rule) => rule.code),
  );
  return { year, yearSource, findings: withoutSuperseded(findings, inForce) };
}

/**
 * Checks a set of 903 tables against each other and against the collection
 * year (`options.year`, or the year the episodes imply). Returns the problems
 * in rule order; the readers' cell-level problems are not repeated.
 */
export function validate903(tables: Ssda903Tables, options: ValidateOptions = {}): RecordProblem[] {
  return crossTableFindings(tables, options).findings.map((finding) => finding.problem);
}
