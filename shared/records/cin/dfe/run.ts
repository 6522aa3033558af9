/**
 * Runs the DfE CIN census rules in force for a census year: exactly the
 * rules the year's ruleset holds (catalogue.ts). Each finding is a problem
 * with the DfE code beside the workbook's rule id `cin.dfe.<code>`; an
 * Error is an error, a Query (fix or explain) a warning.
 */
import type { RecordProblem } from '../../problem';
import { dayOf } from '../dates';
import { addCinProblem, type CinTables, type CinYear } from '../types';
import { DFE_CIN_RULES } from './catalogue';
import { childrenOf } from './model';
import { CIN_RULES } from './registry';
import type { CinFlag, CinRule, CinRuleInput } from './rule';
import { cinRuleYear, type CinRuleYear } from './years';

const ENTRIES = new Map(DFE_CIN_RULES.map((entry) => [entry.code, entry]));

/** The implemented rules the ruleset of `year` holds, in the catalogue's order. */
export function cinRulesInForce(year: CinRuleYear): CinRule[] {
  const byCode = new Map(CIN_RULES.map((rule) => [rule.code, rule]));
  return DFE_CIN_RULES.flatMap((entry) => {
    const rule = byCode.get(entry.code);
    return rule !== undefined && entry.years.includes(year) ? [rule] : [];
  });
}

/** The rules' input for a census: grouped by child, dates read once per distinct text. */
export function cinRuleInput(tables: CinTables, year: CinYear): CinRuleInput {
  const cache = new Map<string, number | undefined>();
  const day = (text: string | undefined): number | undefined => {
    if (text === undefined || text === '') return undefined;
    const known = cache.get(text);
    if (known !== undefined || cache.has(text)) return known;
    const value = dayOf(text);
    cache.set(text, value);
    return value;
  };
  return {
    tables,
    children: childrenOf(tables),
    year,
    ruleYear: cinRuleYear(year),
    start: dayOf(year.start) ?? 0,
    end: dayOf(year.end) ?? 0,
    day,
  };
}

function flagFor(file: string, code: string, problems: RecordProblem[]): CinFlag {
  const entry = ENTRIES.get(code);
  const message = entry?.message.trim() ?? `DfE rule ${code}.`;
  const severity = entry?.rule_type === 'Query' ? 'warning' : 'error';
  return (table, row, columns, note) => {
    const column = typeof columns === 'string' ? columns : columns[0];
    const value = column === undefined ? undefined : row?.values[column];
    addCinProblem(
      problems,
      {
        rule: `cin.dfe.${code}`,
        dfeCode: code,
        severity,
        file,
        sheet: table,
        ...(row === undefined ? {} : { row: row.row }),
        ...(column === undefined ? {} : { column }),
        ...(value === undefined || value === '' ? {} : { value }),
        message: note === undefined ? message : `${message} (${note})`,
      },
      row,
    );
  };
}

/** Runs every rule in force for the census year, adding each finding to `problems`. */
export function runCinRules(
  file: string,
  tables: CinTables,
  year: CinYear,
  problems: RecordProblem[],
): void {
  const input = cinRuleInput(tables, year);
  for (const rule of cinRulesInForce(input.ruleYear))
    rule.check(input, flagFor(file, rule.code, problems));
}
