/**
 * The column view the DfE rules read (dfe/view.ts) and the run that shares
 * it between rules: on a generated return broken at random, every column
 * reads as the row helpers read each cell, and running all the rules
 * together finds exactly what running each rule alone on its own copy of
 * the tables finds.
 */
import { describe, expect, it } from 'vitest';
import { read903 } from '../../../../../../shared/records/ssda903/detect';
import { dfeRuleYear } from '../../../../../../shared/records/ssda903/dfe/years';
import {
  rulesInForce,
  runDfeRule,
  runDfeRules,
} from '../../../../../../shared/records/ssda903/dfe/run';
import { code } from '../../../../../../shared/records/ssda903/dfe/helpers';
import type { DfeInput } from '../../../../../../shared/records/ssda903/dfe/rule';
import { view } from '../../../../../../shared/records/ssda903/dfe/view';
import { dateOf, rowsOf } from '../../../../../../shared/records/ssda903/rule-context';
import { TABLE_COLUMNS, TABLE_NAMES } from '../../../../../../shared/records/ssda903/tables';
import type {
  Ssda903Row,
  Ssda903Tables,
  TableSource,
} from '../../../../../../shared/records/ssda903/types';
import { dayNumber } from '../../../../../../shared/records/ssda903/dates';
import { tablesOf } from '../../../../../../shared/records/ssda903/validate';
import { collectionYear } from '../../../../../../shared/records/ssda903/year';
import { generate903 } from '../../../../../support/ssda903-generate';
import { scrambleReturn } from '../../../../../support/ssda903-scramble';

/** A generated 2025/26 return with 3% of its cells broken, read as the import reads it. */
function scrambledTables(episodes: number, seed: number): Ssda903Tables {
  const files = scrambleReturn(generate903(episodes, 200, seed).files, 0.03, seed);
  return tablesOf(
    files.flatMap((file) => {
      const result = read903(file.name, file.bytes);
      return result.kind === 'ssda903-csv' ? [result] : [];
    }),
  );
}

/** The same tables in new arrays: nothing made from the originals is shared. */
function copied(tables: Ssda903Tables): Ssda903Tables {
  const copy: Ssda903Tables = {};
  for (const table of TABLE_NAMES) {
    const sources = tables[table];
    if (sources !== undefined) copy[table] = sources.map((source) => ({ ...source }));
  }
  return copy;
}

const year = collectionYear(2025);
const ruleYear = dfeRuleYear(year);
const tables = scrambledTables(1500, 5);
const previous = scrambledTables(800, 6);

describe('the DfE rules column view', () => {
  it('reads every date and code of every table as the row helpers do', () => {
    for (const table of TABLE_NAMES) {
      const columns = view(tables[table]);
      const rows = rowsOf(tables[table]);
      expect(columns.length).toBe(rows.length);
      for (const column of TABLE_COLUMNS[table]) {
        expect(columns.date(column)).toEqual(rows.map(([, row]) => dateOf(row, column)));
        expect(columns.code(column)).toEqual(rows.map(([, row]) => code(row, column)));
      }
      expect(columns.child).toEqual(rows.map(([, row]) => (row.values.CHILD ?? '').trim()));
    }
  });

  it('is made again when a table gains rows', () => {
    const rows: Ssda903Row[] = [];
    const sources: readonly TableSource[] = [{ file: 'e.csv', table: 'Episodes', rows }];
    expect(view(sources).length).toBe(0);
    rows.push({ row: 2, values: { CHILD: ' 7 ', DECOM: '01/04/2025', LS: ' c2' }, problems: [] });
    expect(view(sources).child).toEqual(['7']);
    expect(view(sources).date('DECOM')).toEqual([dayNumber(2025, 4, 1)]);
    expect(view(sources).code('LS')).toEqual(['C2']);
  });

  it('finds the same problems for all the rules run together as for each rule run alone', () => {
    if (ruleYear === undefined) throw new Error('no ruleset for 2025/26');
    const input: DfeInput = { tables, previous, year, ruleYear };
    const together: string[] = [];
    const rules = new Set<string>();
    runDfeRules(input, (source, row, detail) => {
      rules.add(detail.rule);
      together.push(JSON.stringify([source.file, row?.row, detail]));
    });
    const alone: string[] = [];
    for (const rule of rulesInForce(ruleYear)) {
      const own = { ...input, tables: copied(tables), previous: copied(previous) };
      runDfeRule(rule, own, (source, row, detail) => {
        alone.push(JSON.stringify([source.file, row?.row, detail]));
      });
    }
    // The broken return trips most kinds of rule.
    expect(rules.size).toBeGreaterThan(100);
    expect(together).toEqual(alone);
  });
});
