/**
 * Small hand-built 903 returns for the DfE rule tests: each table's rows as
 * plain objects (columns not given are blank), and the findings one rule
 * makes of them.
 */
import { describe, expect, it } from 'vitest';
import type { RecordProblem } from '../../../../../../shared/records/problem';
import { collector, type Finding } from '../../../../../../shared/records/ssda903/rule-context';
import { DFE_RULES } from '../../../../../../shared/records/ssda903/dfe/registry';
import type {
  DfeInput,
  RegisteredProvider,
} from '../../../../../../shared/records/ssda903/dfe/rule';
import { dfeRuleYear } from '../../../../../../shared/records/ssda903/dfe/years';
import {
  TABLE_COLUMNS,
  TABLE_NAMES,
  type TableName,
} from '../../../../../../shared/records/ssda903/tables';
import type { Ssda903Tables } from '../../../../../../shared/records/ssda903/types';
import { collectionYear } from '../../../../../../shared/records/ssda903/year';

/** Rows per table, each row's columns by name; a missing column is blank. */
export type TableRows = Partial<Record<TableName, readonly Readonly<Record<string, string>>[]>>;

/** The tables as the readers give them (one CSV-like file per table, rows numbered from 2). */
export function tablesOf(rows: TableRows, file = 'return'): Ssda903Tables {
  const tables: Ssda903Tables = {};
  for (const table of TABLE_NAMES) {
    const list = rows[table];
    if (list === undefined) continue;
    const columns = TABLE_COLUMNS[table];
    tables[table] = [
      {
        file: `${file}-${table}.csv`,
        table,
        rows: list.map((given, at) => {
          const values: Record<string, string> = {};
          for (const column of columns) values[column] = '';
          for (const [column, value] of Object.entries(given)) values[column] = value;
          return { row: at + 2, values, problems: [] };
        }),
      },
    ];
  }
  return tables;
}

/** A case: the return, and optionally the previous year's, the year (default 2025/26), providers, LA code. */
export type RuleCase = {
  readonly tables: TableRows;
  readonly previous?: TableRows;
  /** The year the collection starts (2025 for 2025/26). */
  readonly year?: number;
  readonly providers?: readonly RegisteredProvider[];
  readonly laCode?: string;
};

/** The problems rule `code` finds in a case. */
export function findingsOf(code: string, given: RuleCase): RecordProblem[] {
  const rule = DFE_RULES.find((candidate) => candidate.code === code);
  if (rule === undefined) throw new Error(`DfE rule ${code} is not implemented.`);
  const year = collectionYear(given.year ?? 2025);
  const ruleYear = dfeRuleYear(year);
  if (ruleYear === undefined) throw new Error(`No DfE ruleset for ${year.start}.`);
  const input: DfeInput = {
    tables: tablesOf(given.tables),
    ...(given.previous === undefined ? {} : { previous: tablesOf(given.previous, 'previous') }),
    year,
    ruleYear,
    ...(given.providers === undefined
      ? {}
      : { providers: new Map(given.providers.map((provider) => [provider.urn, provider])) }),
    ...(given.laCode === undefined ? {} : { laCode: given.laCode }),
  };
  const findings: Finding[] = [];
  const report = collector(findings);
  rule.check(input, (source, row, columns, note) => {
    const column = typeof columns === 'string' ? columns : columns[0];
    report(source, row, {
      rule: `903.dfe.${code}`,
      dfeCode: code,
      severity: 'error',
      ...(column === undefined ? {} : { column }),
      message: note ?? '',
    });
  });
  return findings.map((finding) => finding.problem);
}

/**
 * The two tests every rule has: a return that breaks it (flagged on the
 * given table, row and column) and one that does not. `fails.at` names
 * where the finding must be: the table, the row number as in the file (the
 * first data row is 2) and the column.
 */
export function describeRule(
  code: string,
  cases: {
    readonly fails: RuleCase & {
      readonly at: { readonly table: TableName; readonly row: number; readonly column: string };
    };
    readonly passes: RuleCase;
  },
): void {
  describe(`DfE rule ${code}`, () => {
    it('flags a return that breaks it', () => {
      const found = findingsOf(code, cases.fails);
      expect(found.length).toBeGreaterThan(0);
      expect(found).toContainEqual(
        expect.objectContaining({
          sheet: cases.fails.at.table,
          row: cases.fails.at.row,
          column: cases.fails.at.column,
          dfeCode: code,
        }),
      );
    });
    it('passes a return that keeps it', () => {
      expect(findingsOf(code, cases.passes)).toEqual([]);
    });
  });
}
