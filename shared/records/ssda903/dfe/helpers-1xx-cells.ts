/**
 * Rules that check one cell: a code is in the year's list, a date is a DfE
 * date. The DfE's checks compare codes upper-cased and trimmed (helpers.ts
 * `code`); a blank cell passes unless the rule says the item must be given.
 * Each such rule covers the reader's own cell check (rule.ts `covers`) so one
 * bad cell is reported once, under the DfE code.
 */
import { parseDfeDate } from '../dates';
import type { TableName } from '../tables';
import { view } from './view';
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
      const table = view(tables[spec.table]);
      const present = table.has(spec.column);
      table.code(spec.column).forEach((value, at) => {
        if (present[at] !== true) return;
        if (value === '' ? spec.blankFails : !allowed.has(value)) table.flag(flag, at, spec.column);
      });
    },
  };
}

/** A rule that the cell is a real day written `dd/mm/yyyy`. */
export function dateCellRule(spec: CellRuleSpec): DfeRule {
  return {
    code: spec.code,
    covers: covers(spec, 'date'),
    check: ({ tables }, flag) => {
      const table = view(tables[spec.table]);
      const present = table.has(spec.column);
      const days = table.date(spec.column);
      table.code(spec.column).forEach((value, at) => {
        if (present[at] !== true) return;
        // The column's dates are parsed untrimmed; a date with spaces round it is still a date.
        const fails =
          value === ''
            ? spec.blankFails
            : days[at] === undefined &&
              parseDfeDate((table.rows[at]?.values[spec.column] ?? '').trim()) === undefined;
        if (fails) table.flag(flag, at, spec.column);
      });
    },
  };
}

/** The same code list in every year. */
export function always(codes: readonly string[]): (year: DfeRuleYear) => ReadonlySet<string> {
  const set: ReadonlySet<string> = new Set(codes);
  return () => set;
}
