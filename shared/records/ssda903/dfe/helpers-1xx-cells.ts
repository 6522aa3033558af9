/**
 * Rules that check one cell: a code is in the year's list, a date is a DfE
 * date. The DfE's checks compare codes upper-cased and trimmed (helpers.ts
 * `code`); a blank cell passes unless the rule says the item must be given.
 * Each such rule covers the reader's own cell check (rule.ts `covers`) so one
 * bad cell is reported once, under the DfE code.
 */
import { parseDfeDate } from '../dates';
import type { TableName } from '../tables';
import { blank, code, rowsOf } from './helpers';
import type { CoveredCheck, DfeRule } from './rule';
import type { DfeRuleYear } from './years';

/** Where the cell is and whether a blank one breaks the rule. */
export type CellRuleSpec = {
  readonly code: string;
  readonly table: TableName;
  readonly column: string;
  /** True when the rule's text says the item must be given ("invalid or blank"). */
  readonly blankFails: boolean;
};

function covers(spec: CellRuleSpec, kind: CoveredCheck['kind']): readonly CoveredCheck[] {
  const own: CoveredCheck = { table: spec.table, column: spec.column, kind };
  return spec.blankFails ? [own, { table: spec.table, column: spec.column, kind: 'blank' }] : [own];
}

/**
 * A rule that the cell holds one of the year's codes. A column the row does
 * not have at all (Header `UASC` in a CSV return) is not checked.
 */
export function codeCellRule(
  spec: CellRuleSpec & { readonly codes: (year: DfeRuleYear) => ReadonlySet<string> },
): DfeRule {
  return {
    code: spec.code,
    covers: covers(spec, 'code'),
    check: ({ tables, ruleYear }, flag) => {
      const allowed = spec.codes(ruleYear);
      for (const [source, row] of rowsOf(tables[spec.table])) {
        if (row.values[spec.column] === undefined) continue;
        if (blank(row, spec.column) ? spec.blankFails : !allowed.has(code(row, spec.column))) {
          flag(source, row, spec.column);
        }
      }
    },
  };
}

/** A rule that the cell is a real day written `dd/mm/yyyy`. */
export function dateCellRule(spec: CellRuleSpec): DfeRule {
  return {
    code: spec.code,
    covers: covers(spec, 'date'),
    check: ({ tables }, flag) => {
      for (const [source, row] of rowsOf(tables[spec.table])) {
        const value = row.values[spec.column];
        if (value === undefined) continue;
        const fails = blank(row, spec.column)
          ? spec.blankFails
          : parseDfeDate(value.trim()) === undefined;
        if (fails) flag(source, row, spec.column);
      }
    },
  };
}

/** The same code list in every year. */
export function always(codes: readonly string[]): (year: DfeRuleYear) => ReadonlySet<string> {
  const set: ReadonlySet<string> = new Set(codes);
  return () => set;
}
