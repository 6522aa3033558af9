import { describe, expect, it } from 'vitest';
import type { RecordProblem } from '../../../../../shared/records/problem';
import {
  filterChoices,
  filterProblems,
  noFilter,
  placeOf,
} from '../../../../../renderer/src/features/records/problem-filter';

const problems: readonly RecordProblem[] = [
  {
    rule: '903.Episodes.DECOM.date',
    severity: 'error',
    file: 'episodes.csv',
    row: 4,
    column: 'DECOM',
    value: '31/02/2016',
    message: 'DECOM is not a real date.',
  },
  {
    rule: '903.Episodes.RNE.code',
    severity: 'warning',
    file: 'episodes.csv',
    row: 9,
    column: 'RNE',
    value: 'Q',
    message: 'RNE "Q" is not a reason for new episode.',
  },
  {
    rule: '903.Header.SEX.code',
    severity: 'error',
    file: 'return.xml',
    sheet: 'Header',
    row: 2,
    column: 'SEX',
    value: '7',
    message: 'SEX must be 1 or 2.',
  },
  {
    rule: '903.file.year',
    severity: 'info',
    file: 'return.xml',
    message: 'Collection year 2016 assumed from the dates.',
  },
];

const ruleOf = (list: readonly RecordProblem[]) => list.map((p) => p.rule);

describe('problem filter', () => {
  it('keeps every problem, in order, when nothing is chosen', () => {
    expect(filterProblems(problems, noFilter)).toEqual(problems);
  });

  it('narrows by severity, by file or table and by column, and combines them', () => {
    expect(ruleOf(filterProblems(problems, { ...noFilter, severity: 'error' }))).toEqual([
      '903.Episodes.DECOM.date',
      '903.Header.SEX.code',
    ]);
    expect(ruleOf(filterProblems(problems, { ...noFilter, place: 'return.xml: Header' }))).toEqual([
      '903.Header.SEX.code',
    ]);
    expect(ruleOf(filterProblems(problems, { ...noFilter, column: 'RNE' }))).toEqual([
      '903.Episodes.RNE.code',
    ]);
    expect(
      filterProblems(problems, { ...noFilter, severity: 'warning', place: 'return.xml' }),
    ).toEqual([]);
  });

  it('finds free text in any field, case-insensitively, every word required', () => {
    expect(ruleOf(filterProblems(problems, { ...noFilter, text: '31/02' }))).toEqual([
      '903.Episodes.DECOM.date',
    ]);
    expect(ruleOf(filterProblems(problems, { ...noFilter, text: '  2016   decom ' }))).toEqual([
      '903.Episodes.DECOM.date',
    ]);
    expect(ruleOf(filterProblems(problems, { ...noFilter, text: 'NEW Episode' }))).toEqual([
      '903.Episodes.RNE.code',
    ]);
    expect(ruleOf(filterProblems(problems, { ...noFilter, text: 'header' }))).toEqual([
      '903.Header.SEX.code',
    ]);
    expect(filterProblems(problems, { ...noFilter, text: 'nowhere' })).toEqual([]);
  });

  it('offers each place and column once, sorted', () => {
    expect(problems.map(placeOf)).toEqual([
      'episodes.csv',
      'episodes.csv',
      'return.xml: Header',
      'return.xml',
    ]);
    expect(filterChoices(problems)).toEqual({
      places: ['episodes.csv', 'return.xml', 'return.xml: Header'],
      columns: ['DECOM', 'RNE', 'SEX'],
    });
  });

  it('filters 10,000 problems by text in well under a frame budget per keystroke', () => {
    const many: RecordProblem[] = Array.from({ length: 10_000 }, (_, i) => ({
      rule: '903.Episodes.RNE.code',
      severity: i % 3 === 0 ? 'error' : 'warning',
      file: 'episodes.csv',
      row: i + 2,
      column: i % 2 === 0 ? 'RNE' : 'LS',
      value: `V${i}`,
      message: `Code V${i} is not in the 2024 code list.`,
    }));
    const started = performance.now();
    const found = filterProblems(many, { ...noFilter, column: 'RNE', text: 'v99' });
    const took = performance.now() - started;
    // "v99" begins the value of every even (RNE) row whose index starts with 99.
    const expected = many
      .filter((_, i) => i % 2 === 0 && String(i).startsWith('99'))
      .map((p) => p.value);
    expect(expected.length).toBeGreaterThan(50);
    expect(found.map((p) => p.value)).toEqual(expected);
    expect(took).toBeLessThan(100);
  });
});
