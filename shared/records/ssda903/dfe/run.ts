/**
 * Runs the DfE 903 rules in force for a return's collection year: exactly
 * the rules the year's ruleset holds (catalogue.ts), each finding a problem
 * carrying the DfE code beside the workbook's rule id `903.dfe.<code>`.
 */
import type { Report } from '../rule-context';
import { DFE_903_RULES } from './catalogue';
import { DFE_RULES } from './registry';
import type { DfeFlag, DfeInput, DfeRule } from './rule';
import type { DfeRuleYear } from './years';

const MESSAGES: ReadonlyMap<string, string> = new Map(
  DFE_903_RULES.map((rule) => [rule.code, rule.message]),
);

/** The implemented rules the ruleset of `year` holds, in the catalogue's order. */
export function rulesInForce(year: DfeRuleYear): DfeRule[] {
  const byCode = new Map(DFE_RULES.map((rule) => [rule.code, rule]));
  return DFE_903_RULES.flatMap((entry) => {
    const rule = byCode.get(entry.code);
    return rule !== undefined && entry.years.includes(year) ? [rule] : [];
  });
}

function flagFor(code: string, report: Report): DfeFlag {
  const message = MESSAGES.get(code) ?? `DfE rule ${code}.`;
  return (source, row, columns, note) => {
    const column = typeof columns === 'string' ? columns : columns[0];
    const value = column === undefined ? undefined : row?.values[column];
    report(source, row, {
      rule: `903.dfe.${code}`,
      dfeCode: code,
      severity: 'error',
      ...(column === undefined ? {} : { column }),
      ...(value === undefined ? {} : { value }),
      message: note === undefined ? message : `${message} (${note})`,
    });
  };
}

/** Runs one rule, reporting each finding as the run of all rules does. */
export function runDfeRule(rule: DfeRule, input: DfeInput, report: Report): void {
  rule.check(input, flagFor(rule.code, report));
}

/**
 * Runs every rule in force for `input.ruleYear`, reporting each finding.
 * The rules share the tables' column views (view.ts): each column is parsed
 * by the first rule that reads it.
 */
export function runDfeRules(input: DfeInput, report: Report): void {
  for (const rule of rulesInForce(input.ruleYear)) runDfeRule(rule, input, report);
}
