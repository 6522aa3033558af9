import { describe, expect, it } from 'vitest';
import {
  collectionYear,
  read903Csv,
  TABLE_COLUMNS,
  tablesOf,
  validate903,
  type TableName,
} from '../../../../../shared/records/ssda903';

/** A CSV of `table` from partial rows (missing columns blank). */
function csvOf(table: TableName, rows: ReadonlyArray<Record<string, string>>): string {
  const columns = TABLE_COLUMNS[table];
  return (
    [
      columns.join(','),
      ...rows.map((row) => columns.map((column) => row[column] ?? '').join(',')),
    ].join('\n') + '\n'
  );
}

const child = { CHILD: '1', DOB: '01/01/2005' };
const header = read903Csv(
  'header.csv',
  csvOf('Header', [{ ...child, SEX: '1', ETHNIC: 'WBRI', UPN: 'A123456789012' }]),
);
const episode = {
  CHILD: '1',
  RNE: 'S',
  LS: 'C2',
  CIN: 'N1',
  PLACE: 'U1',
  PLACE_PROVIDER: 'PR1',
  URN: '1234567',
};

/**
 * The workbook's own cross-table checks, for a year the DfE publishes no
 * ruleset for (2021/22): from 2022/23 the DfE rules that make the same
 * checks stand for them (superseded.ts), tested in dfe/.
 */
function rules(
  files: ReadonlyArray<readonly [TableName, ReadonlyArray<Record<string, string>>]>,
  year = collectionYear(2021),
): string[] {
  const results = [
    header,
    ...files.map(([table, rows]) => read903Csv(`${table}.csv`, csvOf(table, rows))),
  ];
  expect(results.flatMap((result) => result.problems)).toEqual([]); // the cells themselves are valid
  return validate903(tablesOf(results), { year }).map(
    (problem) => `${problem.rule}@${problem.row ?? ''}`,
  );
}

describe('validate903 episode rules', () => {
  it('reports DEC before DECOM (rule 356) and dates after the year (rules 354, 385)', () => {
    expect(
      rules([
        [
          'Episodes',
          [
            { ...episode, DECOM: '10/05/2021', DEC: '09/05/2021', REC: 'E11' },
            { ...episode, DECOM: '01/04/2022', DEC: '', REC: '' },
          ],
        ],
      ]),
    ).toEqual(['903.Episodes.DEC.before-DECOM@2', '903.Episodes.DECOM.after-year@3']);
  });

  it('reports all but the latest open episode of a child', () => {
    expect(
      rules([
        [
          'Episodes',
          [
            { ...episode, DECOM: '01/06/2021' },
            { ...episode, DECOM: '01/05/2021' },
            { ...episode, DECOM: '01/07/2021' },
          ],
        ],
      ]),
    ).toEqual(['903.Episodes.open-episodes@3', '903.Episodes.open-episodes@2']);
  });

  it('accepts URNs of 7 digits, SC + 6 digits, XXXXXXX or blank, and nothing else', () => {
    const urns = ['1234567', 'SC123456', 'XXXXXXX', '', '123456', 'SC1234567', 'sc123456'];
    const found = rules([
      [
        'Episodes',
        urns.map((URN, index) => ({
          ...episode,
          DECOM: '01/05/2021',
          DEC: `0${index + 1}/06/2021`,
          REC: 'X1',
          URN,
        })),
      ],
    ]);
    expect(found).toEqual([
      '903.Episodes.URN.format@6',
      '903.Episodes.URN.format@7',
      '903.Episodes.URN.format@8',
    ]);
  });

  it('checks dates against the year the caller gives, and refuses a year that is not April to March', () => {
    const rows: ReadonlyArray<readonly [TableName, ReadonlyArray<Record<string, string>>]> = [
      ['Episodes', [{ ...episode, DECOM: '01/05/2021', DEC: '01/05/2022', REC: 'E11' }]],
    ];
    expect(rules(rows, collectionYear(2021))).toEqual(['903.Episodes.DEC.after-year@2']);
    expect(rules(rows, collectionYear(2020))).toEqual([
      '903.Episodes.DECOM.after-year@2',
      '903.Episodes.DEC.after-year@2',
    ]);
    expect(() => validate903({}, { year: { start: '2023-01-01', end: '2023-12-31' } })).toThrow(
      RangeError,
    );
  });

  it('reports other periods that end before they start (rule 522 and the like)', () => {
    expect(
      rules([
        ['Missing', [{ ...child, MISSING: 'M', MIS_START: '02/05/2021', MIS_END: '01/05/2021' }]],
        [
          'PlacedAdoption',
          [
            {
              ...child,
              DATE_PLACED: '02/05/2021',
              DATE_PLACED_CEASED: '01/05/2021',
              REASON_PLACED_CEASED: 'RD1',
            },
          ],
        ],
        ['DoLo', [{ ...child, DOLO_START: '02/05/2021', DOLO_END: '01/05/2021' }]],
      ]),
    ).toEqual([
      '903.Missing.MIS_END.before-MIS_START@2',
      '903.PlacedAdoption.DATE_PLACED_CEASED.before-DATE_PLACED@2',
      '903.DoLo.DOLO_END.before-DOLO_START@2',
    ]);
  });
});

describe('validate903 link rules', () => {
  it('reports a child missing from Header, a DOB that differs and a duplicate Header row', () => {
    const twice = read903Csv(
      'h.csv',
      csvOf('Header', [
        { ...child, SEX: '1', ETHNIC: 'WBRI', UPN: 'A1' },
        { ...child, SEX: '1', ETHNIC: 'WBRI', UPN: 'A1' },
      ]),
    );
    const reviews = read903Csv(
      'r.csv',
      csvOf('Reviews', [
        { CHILD: '2', DOB: '01/01/2005', REVIEW: '01/05/2021', REVIEW_CODE: 'PN1' },
        { CHILD: '1', DOB: '02/01/2005', REVIEW: '01/05/2021', REVIEW_CODE: 'PN1' },
      ]),
    );
    const found = validate903(tablesOf([twice, reviews]), { year: collectionYear(2021) });
    expect(found.map((problem) => [problem.rule, problem.file, problem.row])).toEqual([
      ['903.Header.CHILD.duplicate', 'h.csv', 3],
      ['903.link.child-not-in-header', 'r.csv', 2],
      ['903.link.dob-mismatch', 'r.csv', 3],
    ]);
  });

  it('notes, once, when there is no Header table or no way to tell the year', () => {
    const reviews = read903Csv(
      'r.csv',
      csvOf('Reviews', [{ ...child, REVIEW: '01/05/2021', REVIEW_CODE: 'PN1' }]),
    );
    expect(
      validate903(tablesOf([reviews])).map((problem) => [problem.rule, problem.severity]),
    ).toEqual([
      ['903.link.no-header', 'info'],
      ['903.year.unknown', 'info'],
    ]);
  });
});

const oc3 = (IN_TOUCH: string, ACTIV: string, ACCOM: string): Record<string, string> => ({
  ...child,
  IN_TOUCH,
  ACTIV,
  ACCOM,
});
const placed = (DATE_PLACED: string, DATE_PLACED_CEASED: string): Record<string, string> => ({
  ...child,
  DATE_PLACED,
  DATE_PLACED_CEASED,
  REASON_PLACED_CEASED: DATE_PLACED_CEASED === '' ? '' : 'RD1',
});

describe('validate903 care leaver (OC3) and adoption rules', () => {
  it('applies rules 344 and 345 and warns about 0 when not in touch', () => {
    expect(
      rules([
        [
          'OC3',
          [
            oc3('DIED', '0', '0'),
            oc3('RHOM', 'F1', '0'),
            oc3('YES', '0', 'B1'),
            oc3('NO', '0', 'B1'),
            oc3('YES', 'F1', 'B1'),
          ],
        ],
      ]),
    ).toEqual(['903.OC3.not-provided@3', '903.OC3.zero-in-touch@4', '903.OC3.zero-not-expected@5']);
  });

  it('applies rule 583 and warns about a second placed-for-adoption record', () => {
    expect(
      rules([['PlacedAdoption', [placed('01/05/2020', ''), placed('01/05/2021', '')]]]),
    ).toEqual(['903.PlacedAdoption.more-than-one@3', '903.PlacedAdoption.583@2']);
    expect(
      rules([['PlacedAdoption', [placed('01/05/2020', '01/06/2020'), placed('01/05/2021', '')]]]),
    ).toEqual(['903.PlacedAdoption.more-than-one@3']);
  });
});

/** The tables of some CSVs read with the shared Header. */
function tablesWith(
  files: ReadonlyArray<readonly [TableName, ReadonlyArray<Record<string, string>>]>,
) {
  return tablesOf([
    header,
    ...files.map(([table, rows]) => read903Csv(`${table}.csv`, csvOf(table, rows))),
  ]);
}

describe('the workbook checks the DfE rules now make', () => {
  const episodes: ReadonlyArray<readonly [TableName, ReadonlyArray<Record<string, string>>]> = [
    ['Episodes', [{ ...episode, DECOM: '10/05/2023', DEC: '09/05/2023', REC: 'E11' }]],
    [
      'SW_Episodes',
      [
        {
          CHILD: '9',
          DOB: '01/01/2010',
          SW_ID: 'SW1',
          SW_DECOM: '01/05/2023',
          SW_REASON: 'FCONTA',
        },
      ],
    ],
  ];

  it('are left to the DfE rule while it is in force: one mistake, one problem, with the DfE code', () => {
    const found = validate903(tablesWith(episodes), { year: collectionYear(2023) });
    expect(
      found
        .filter((problem) => problem.row === 2 && problem.sheet === 'Episodes')
        .map((p) => p.rule),
    ).toContain('903.dfe.356');
    expect(found.map((problem) => problem.rule)).not.toContain('903.Episodes.DEC.before-DECOM');
    // No DfE rule joins SW_Episodes to Header, so the workbook's check still does.
    expect(found).toContainEqual(
      expect.objectContaining({ rule: '903.link.child-not-in-header', sheet: 'SW_Episodes' }),
    );
  });

  it('still run for a year with no published DfE ruleset', () => {
    const found = validate903(tablesWith(episodes), { year: collectionYear(2021) }).map(
      (problem) => problem.rule,
    );
    expect(found).toContain('903.Episodes.DEC.before-DECOM');
    expect(found.filter((rule) => rule.startsWith('903.dfe.'))).toEqual([]);
  });
});
