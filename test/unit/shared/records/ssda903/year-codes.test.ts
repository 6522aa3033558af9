import { describe, expect, it } from 'vitest';
import {
  import903,
  read903Csv,
  type CollectionYear,
  type Ssda903CsvResult,
} from '../../../../../shared/records/ssda903';

/**
 * Each collection year's spec accepts its own codes and rejects the others
 * (test/fixtures/ssda903/spec-by-year/README.md, "Code-list changes per year").
 */
const YEARS = [
  '2017/18',
  '2018/19',
  '2020/21',
  '2021/22',
  '2023/24',
  '2024/25',
  '2025/26',
  '2026/27',
] as const;

const yearOf = (label: string): CollectionYear => {
  const start = Number(label.slice(0, 4));
  return { start: `${start}-04-01`, end: `${start + 1}-03-31` };
};

const EPISODE = {
  CHILD: '1',
  DECOM: '01/05/2020',
  RNE: 'S',
  LS: 'C2',
  CIN: 'N1',
  PLACE: 'U1',
  PLACE_PROVIDER: 'PR1',
  DEC: '',
  REC: '',
  REASON_PLACE_CHANGE: '',
  HOME_POST: '',
  PL_POST: '',
  URN: '',
};

function csvOf(rows: ReadonlyArray<Readonly<Record<string, string>>>): string {
  const columns = Object.keys(rows[0] ?? {});
  return [columns.join(','), ...rows.map((row) => columns.map((c) => row[c] ?? '').join(','))]
    .join('\n')
    .concat('\n');
}

/** The values of `column` that the year's spec rejects, reading one row per value. */
function rejected(
  year: string,
  base: Readonly<Record<string, string>>,
  column: string,
  values: readonly string[],
): string[] {
  const result: Ssda903CsvResult = read903Csv(
    't.csv',
    csvOf(values.map((value) => ({ ...base, [column]: value }))),
    { year: yearOf(year) },
  );
  return result.problems
    .filter((problem) => problem.column === column && problem.rule.endsWith('.code'))
    .map((problem) => problem.value ?? '');
}

const upTo = (last: string) => (year: string) => year <= last;

describe('cell checks per collection year', () => {
  it.each(YEARS.map((year) => [year]))('%s: Header SEX 1/2 until 2023/24, M/F/U after', (year) => {
    const header = {
      CHILD: '1',
      SEX: '1',
      DOB: '01/01/2010',
      ETHNIC: 'WBRI',
      UPN: 'A',
      MOTHER: '',
      MC_DOB: '',
    };
    const old = upTo('2023/24')(year);
    expect(rejected(year, header, 'SEX', ['1', '2', 'M', 'F', 'U'])).toEqual(
      old ? ['M', 'F', 'U'] : ['1', '2'],
    );
  });

  it('suggests M for a 1 in UASC SEX from 2024/25 (the pipeline lists 1 as a name of M)', () => {
    const uasc = { CHILD: '1', SEX: '1', DOB: '01/01/2010', DUC: '' };
    const result = read903Csv('u.csv', csvOf([uasc]), { year: yearOf('2024/25') });
    expect(result.problems).toEqual([
      expect.objectContaining({ rule: '903.UASC.SEX.code', value: '1' }),
    ]);
    expect(result.problems[0]?.message).toContain('needs the code "M"');
    expect(rejected('2023/24', uasc, 'SEX', ['1', 'M'])).toEqual(['M']);
  });

  it.each(YEARS.map((year) => [year]))(
    '%s: PLACE H5/P2 until 2023/24, K3 from 2024/25, Z11–Z14 from 2025/26',
    (year) => {
      const values = ['H5', 'P2', 'K3', 'Z11', 'Z12', 'Z13', 'Z14', 'Z1', 'U1'];
      const expected =
        year <= '2023/24'
          ? ['K3', 'Z11', 'Z12', 'Z13', 'Z14']
          : year === '2024/25'
            ? ['H5', 'P2', 'Z11', 'Z12', 'Z13', 'Z14']
            : ['H5', 'P2'];
      expect(rejected(year, EPISODE, 'PLACE', values)).toEqual(expected);
    },
  );

  it.each(YEARS.map((year) => [year]))(
    '%s: REC E43/E44 only in 2017/18, E45–E48 and REASON_PLACE_CHANGE CUSTOD from 2018/19',
    (year) => {
      const first = year === '2017/18';
      const ended = { ...EPISODE, DEC: '01/06/2020' };
      expect(
        rejected(year, ended, 'REC', ['E43', 'E44', 'E45', 'E46', 'E47', 'E48', 'E11']),
      ).toEqual(first ? ['E45', 'E46', 'E47', 'E48'] : ['E43', 'E44']);
      expect(rejected(year, ended, 'REASON_PLACE_CHANGE', ['CUSTOD', 'OTHER'])).toEqual(
        first ? ['CUSTOD'] : [],
      );
    },
  );

  it.each(YEARS.map((year) => [year]))(
    '%s: ACTIV F3/P3 until 2020/21, F4–P5 from 2021/22',
    (year) => {
      const oc3 = { CHILD: '1', DOB: '01/01/2000', IN_TOUCH: 'YES', ACTIV: 'F1', ACCOM: 'B1' };
      const old = upTo('2020/21')(year);
      expect(rejected(year, oc3, 'ACTIV', ['F3', 'P3', 'F4', 'P4', 'F5', 'P5', 'G4'])).toEqual(
        old ? ['F4', 'P4', 'F5', 'P5'] : ['F3', 'P3'],
      );
    },
  );

  it.each(YEARS.map((year) => [year]))(
    '%s: the SW_Episodes table is part of the return from 2023/24',
    (year) => {
      const sw = 'CHILD,DOB,SW_ID,SW_DECOM,SW_DEC,SW_REASON\n1,01/01/2010,SW1,01/05/2023,,\n';
      const result = read903Csv('sw.csv', sw, { year: yearOf(year) });
      const warned = result.problems.some((p) => p.rule === '903.year.table-not-in-year');
      expect(warned).toBe(year < '2023/24');
    },
  );

  it('with no year given, checks a file against the year its own episodes imply', () => {
    const k3 = csvOf([
      { ...EPISODE, PLACE: 'K3', DECOM: '01/05/2024', DEC: '01/06/2024', REC: 'E11' },
    ]);
    expect(read903Csv('e.csv', k3).problems).toEqual([]);
    const early = csvOf([
      { ...EPISODE, PLACE: 'K3', DECOM: '01/05/2019', DEC: '01/06/2019', REC: 'E11' },
    ]);
    expect(read903Csv('e.csv', early).problems.map((p) => p.rule)).toEqual([
      '903.Episodes.PLACE.code',
    ]);
  });

  it('import903 checks the Header against the year the Episodes imply (detected before cell checks)', () => {
    const header = 'CHILD,SEX,DOB,ETHNIC,UPN,MOTHER,MC_DOB\n1,M,01/01/2010,WBRI,A,,\n';
    const episodes = csvOf([{ ...EPISODE, DECOM: '01/05/2025', DEC: '01/06/2025', REC: 'E11' }]);
    const imported = import903([
      { name: 'header.csv', bytes: header },
      { name: 'episodes.csv', bytes: episodes },
    ]);
    expect(imported.year).toEqual(yearOf('2025/26'));
    // SEX is checked by the reader or, where it covers the check, DfE rule 101.
    const sexProblems = (result: (typeof imported.results)[number] | undefined): string[] =>
      (result?.problems ?? []).filter((p) => p.column === 'SEX').map((p) => p.rule);
    expect(sexProblems(imported.results[0])).toEqual([]);
    const given = import903(
      [
        { name: 'header.csv', bytes: header },
        { name: 'episodes.csv', bytes: episodes },
      ],
      {
        year: yearOf('2017/18'),
      },
    );
    expect(given.yearSource).toBe('caller');
    expect(sexProblems(given.results[0])).toHaveLength(1);
  });
});
