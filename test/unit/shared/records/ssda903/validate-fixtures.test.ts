import { describe, expect, it } from 'vitest';
import type { RecordProblem } from '../../../../../shared/records/problem';
import {
  import903,
  type Ssda903CsvResult,
  type Ssda903Result,
} from '../../../../../shared/records/ssda903';
import { fixtureFiles, naiveRows, RETURN_CSVS } from './fixture-files';

/**
 * The fixture return, imported as a whole. Expected numbers are the ones
 * DfE SSDA903 guidance, https://www.gov.uk/guidance/children-looked-after-return documents; where it gives none, they come from
 * `naiveRows`, a plain split of the file independent of the reader.
 */
const imported = import903(fixtureFiles(RETURN_CSVS));
const csv = (file: string): Ssda903CsvResult => {
  const result = imported.results.find((item) => item.file === file);
  if (result?.kind !== 'ssda903-csv') throw new Error(`no CSV result for ${file}`);
  return result;
};
const withRule = (result: Ssda903Result, rule: string): RecordProblem[] =>
  result.problems.filter((problem) => problem.rule === rule);
const allProblems = imported.results.flatMap((result) => result.problems);

describe('import903 on the fixture CSVs', () => {
  it('works out the 2017/18 collection year from the episodes', () => {
    expect(imported.year).toEqual({ start: '2017-04-01', end: '2018-03-31' });
    expect(imported.yearSource).toBe('data');
  });

  it('keeps every row (data-formats.md row counts)', () => {
    const rows = Object.fromEntries(
      imported.results.map((result) => [result.file, csv(result.file).rows.length]),
    );
    expect(rows).toEqual({
      'header.csv': 2675,
      'episodes.csv': 5050,
      'reviews.csv': 12582,
      'oc2.csv': 2675,
      'previous_permanence.csv': 2675,
      'uasc.csv': 132,
      'oc3.csv': 53,
      'missing.csv': 43,
      'ad1.csv': 29,
      'placed_for_adoption.csv': 29,
      'sw_episodes.csv': 1,
      'DoLo.csv': 1,
    });
  });

  it('finds the 5 children with two open episodes', () => {
    const problems = withRule(csv('episodes.csv'), '903.Episodes.open-episodes');
    expect(problems).toHaveLength(5);
    expect(new Set(problems.map((problem) => problem.message.split(' ')[1])).size).toBe(5);
    // DfE SSDA903 guidance, https://www.gov.uk/guidance/children-looked-after-return says "1,413 children have exactly one open episode and 5 have two"; the
    // file has 1,413 open episodes (blank DEC): 1,403 children with one and 5 with two.
    const blankDec = csv('episodes.csv').rows.filter((row) => row.values.DEC === '');
    expect(blankDec).toHaveLength(1413);
    const perChild = new Map<string, number>();
    for (const row of naiveRows('episodes.csv').filter((item) => item.DEC === '')) {
      perChild.set(row.CHILD ?? '', (perChild.get(row.CHILD ?? '') ?? 0) + 1);
    }
    expect(perChild.size).toBe(1413 - 5);
  });

  it('finds the 12 DEC values after 31/03/2018 (validator rule 385)', () => {
    const problems = withRule(csv('episodes.csv'), '903.Episodes.DEC.after-year');
    expect(problems).toHaveLength(12);
    expect(
      problems.every((problem) => problem.column === 'DEC' && problem.severity === 'error'),
    ).toBe(true);
  });

  it('finds the 5,042 review dates after 31/03/2018', () => {
    expect(withRule(csv('reviews.csv'), '903.Reviews.REVIEW.after-year')).toHaveLength(5042);
  });

  it('finds MOTHER "1.0" on the one row that sets MOTHER', () => {
    expect(withRule(csv('header.csv'), '903.Header.MOTHER.code')).toEqual([
      expect.objectContaining({
        value: '1.0',
        column: 'MOTHER',
        sheet: 'Header',
        file: 'header.csv',
      }),
    ]);
  });

  it('finds ACCOM 01 and 02 (S1 is a 2017/18 code), and marks every row whose ACTIV is 0', () => {
    const oc3 = csv('oc3.csv');
    // No DfE ruleset is published for 2017/18 (dfe/years.ts): the reader checks the
    // codes against the year's own specification.
    expect(withRule(oc3, '903.dfe.133')).toEqual([]);
    expect(
      withRule(oc3, '903.OC3.ACCOM.code')
        .map((problem) => problem.value ?? '')
        .sort((a, b) => a.localeCompare(b)),
    ).toEqual(['01', '02']);
    const zeroRows = oc3.rows.filter((row) => row.values.ACTIV === '0');
    expect(zeroRows).toHaveLength(naiveRows('oc3.csv').filter((row) => row.ACTIV === '0').length);
    for (const row of zeroRows) {
      const problems = row.problems.map((index) => oc3.problems[index]);
      expect(
        problems.some((problem) => problem?.rule.startsWith('903.OC3.')),
        `row ${row.row}`,
      ).toBe(true);
    }
  });

  it('checks REC and REASON_PLACE_CHANGE against the 2017/18 lists: the 2018/19 codes are errors', () => {
    // E45–E48 and CUSTOD came in with the 2018/19 return (spec-by-year/README.md); the
    // fixture, a 2017/18 return by its dates, uses them.
    const rec = naiveRows('episodes.csv').filter((row) =>
      ['E45', 'E46', 'E47', 'E48'].includes(row.REC ?? ''),
    ).length;
    const custod = naiveRows('episodes.csv').filter((row) => row.REASON_PLACE_CHANGE === 'CUSTOD');
    expect(rec).toBeGreaterThan(0);
    expect(custod.length).toBeGreaterThan(0);
    expect(withRule(csv('episodes.csv'), '903.Episodes.REC.code')).toHaveLength(rec);
    expect(withRule(csv('episodes.csv'), '903.Episodes.REASON_PLACE_CHANGE.code')).toHaveLength(
      custod.length,
    );
    // F3 and P3 are 2017/18 ACTIV codes (withdrawn in 2021/22).
    expect(withRule(csv('oc3.csv'), '903.OC3.ACTIV.code')).toEqual([]);
    expect(withRule(csv('oc3.csv'), '903.dfe.132')).toEqual([]);
  });

  it('applies the 2023/24 ACTIV codes when that year is given: F3 and P3 (2017 codes) are errors (rule 132)', () => {
    const given = import903(fixtureFiles(['oc3.csv', 'episodes.csv']), {
      year: { start: '2023-04-01', end: '2024-03-31' },
    });
    const oc3 = given.results.find((result) => result.file === 'oc3.csv');
    const expected = naiveRows('oc3.csv').filter((row) =>
      ['F3', 'P3'].includes(row.ACTIV ?? ''),
    ).length;
    expect(expected).toBeGreaterThan(0);
    expect(oc3 && withRule(oc3, '903.dfe.132')).toHaveLength(expected);
    expect(oc3 && withRule(oc3, '903.OC3.ACTIV.code')).toEqual([]);
  });

  it('warns that SW_Episodes is not part of a 2017/18 return, and still checks it', () => {
    expect(withRule(csv('sw_episodes.csv'), '903.year.table-not-in-year')).toEqual([
      expect.objectContaining({ severity: 'warning', sheet: 'SW_Episodes' }),
    ]);
  });

  it('finds REASON_PLACED_CEASED "XXX" on all 29 rows and SW_REASON "SWLAZY"', () => {
    expect(
      withRule(csv('placed_for_adoption.csv'), '903.PlacedAdoption.REASON_PLACED_CEASED.code'),
    ).toEqual(Array.from({ length: 29 }, () => expect.objectContaining({ value: 'XXX' })));
    expect(withRule(csv('sw_episodes.csv'), '903.SW_Episodes.SW_REASON.code')[0]?.value).toBe(
      'SWLAZY',
    );
  });

  it('finds CHILD10 of sw_episodes and DoLo not in header, and no other unlinked child', () => {
    const unlinked = allProblems.filter(
      (problem) => problem.rule === '903.link.child-not-in-header',
    );
    expect(unlinked.map((problem) => [problem.file, problem.value])).toEqual([
      ['sw_episodes.csv', 'CHILD10'],
      ['DoLo.csv', 'CHILD10'],
    ]);
  });

  it('finds no DOB differing from header.DOB across the 18,218 child-level rows', () => {
    const checked = [
      'reviews.csv',
      'oc2.csv',
      'previous_permanence.csv',
      'uasc.csv',
      'oc3.csv',
      'missing.csv',
      'ad1.csv',
      'placed_for_adoption.csv',
    ];
    expect(checked.reduce((sum, file) => sum + csv(file).rows.length, 0)).toBe(18218);
    expect(allProblems.filter((problem) => problem.rule === '903.link.dob-mismatch')).toEqual([]);
  });

  it('finds no URN problem: every URN is 7 digits', () => {
    expect(allProblems.filter((problem) => problem.rule === '903.Episodes.URN.format')).toEqual([]);
  });

  it('marks each problem row with the index of each of its problems', () => {
    for (const result of imported.results) {
      const marked = csv(result.file).rows.flatMap((row) =>
        row.problems.map((index) => [index, row.row] as const),
      );
      const withRow = result.problems.flatMap((problem, index) =>
        problem.row === undefined ? [] : [[index, problem.row] as const],
      );
      expect(
        marked.sort((a, b) => a[0] - b[0]),
        result.file,
      ).toEqual(withRow);
    }
  });

  it('has no read problems: every fixture file is well-formed UTF-8', () => {
    expect(allProblems.filter((problem) => problem.rule.startsWith('903.read.'))).toEqual([]);
  });
});

describe('import903 on placed_for_adoption_errors.csv', () => {
  const errors = import903(
    fixtureFiles(['header.csv', 'episodes.csv', 'placed_for_adoption_errors.csv']),
  );
  const result = errors.results[2];

  it('warns once about the deliberate duplicate for child 988635', () => {
    expect(
      result?.problems.filter((problem) => problem.rule === '903.PlacedAdoption.more-than-one'),
    ).toEqual([expect.objectContaining({ value: '988635', severity: 'warning', row: 3 })]);
  });

  it('flags REASON_PLACED_CEASED "XXX" on all 30 rows, once each', () => {
    const flagged = result?.problems.filter(
      (problem) => problem.column === 'REASON_PLACED_CEASED' && problem.value === 'XXX',
    );
    expect(flagged?.map((problem) => problem.rule)).toEqual(
      Array(30).fill('903.PlacedAdoption.REASON_PLACED_CEASED.code'),
    );
  });
});

describe('import903 with both placed-for-adoption files', () => {
  it('keeps both, with a warning that they hold the same table', () => {
    const both = import903(
      fixtureFiles(['placed_for_adoption.csv', 'placed_for_adoption_errors.csv']),
    );
    expect(
      both.results[1]?.problems.filter((problem) => problem.rule === '903.import.same-table'),
    ).toEqual([expect.objectContaining({ severity: 'warning', sheet: 'PlacedAdoption' })]);
    expect(
      both.results[0]?.problems.some((problem) => problem.rule === '903.import.same-table'),
    ).toBe(false);
  });
});
