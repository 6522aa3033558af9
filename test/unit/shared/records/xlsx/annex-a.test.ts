import { describe, expect, it } from 'vitest';
import type { AnnexAList, AnnexAResult, RecordProblem } from '../../../../../shared/records/xlsx';
import { ANNEX_A_LIST_NAMES, ANNEX_A_LISTS, readAnnexA } from '../../../../../shared/records/xlsx';
import { DOC_HEADERS } from '../../../../support/annex-a/annex-a-headers';
import { ANNEX_A_FIXTURE } from '../../../../support/annex-a/annex-a-workbook';
import { fixtureBytes } from './fixture-files';

/**
 * The generated Annex A workbook (test/support/annex-a), read back: every
 * value asserted here was planted by the generator.
 */

const annexA: AnnexAResult = readAnnexA(
  'annex-a-sample.xlsx',
  fixtureBytes(ANNEX_A_FIXTURE.replace('test/fixtures/', '')),
);

function list(name: keyof typeof ANNEX_A_LISTS): AnnexAList {
  const found = annexA.sheets[name];
  if (found === undefined) throw new Error(`${name} not read`);
  return found;
}

function values(name: keyof typeof ANNEX_A_LISTS, row: number): Readonly<Record<string, unknown>> {
  const found = list(name).rows.find((candidate) => candidate.row === row);
  if (found === undefined) throw new Error(`${name} row ${row} not read`);
  return found.values;
}

function problemsAt(sheet: string, row?: number): RecordProblem[] {
  return annexA.problems.filter(
    (problem) => problem.sheet === sheet && (row === undefined || problem.row === row),
  );
}

describe('Annex A template headers', () => {
  it('are the headers data-formats.md §5 gives, letter for letter, for all 11 lists', () => {
    expect(ANNEX_A_LIST_NAMES).toEqual(Object.keys(DOC_HEADERS));
    for (const name of ANNEX_A_LIST_NAMES) {
      expect(ANNEX_A_LISTS[name].map((column) => column.header)).toEqual(DOC_HEADERS[name]);
    }
  });

  it('List 8 has 34 columns and List 9 has 17, four of them new in the current template', () => {
    expect(ANNEX_A_LISTS['List 8']).toHaveLength(34);
    expect(ANNEX_A_LISTS['List 9']).toHaveLength(17);
    expect(
      ANNEX_A_LISTS['List 9'].filter((column) => 'newer' in column).map((column) => column.header),
    ).toEqual([
      'Unaccompanied Asylum Seeking Child (UASC), or formerly UASC if 18 or over (Y/N)',
      'Allocated Personal Advisor',
      'Latest Pathway Plan Review Date',
      'Latest Date of Contact',
    ]);
  });
});

describe('Annex A workbook: lists and rows', () => {
  it('reads all 11 lists, keeping every non-empty row with its row number', () => {
    expect(Object.keys(annexA.sheets)).toEqual(ANNEX_A_LIST_NAMES);
    expect(list('List 1').rows.map((row) => row.row)).toEqual([2, 3, 5]);
    expect(list('List 8').rows.map((row) => row.row)).toEqual([2, 3, 4]);
    expect(list('List 11').rows.map((row) => row.row)).toEqual([2, 3]);
  });

  it('notes the sheet that is not a list', () => {
    expect(annexA.problems).toContainEqual(
      expect.objectContaining({ rule: 'annex-a.sheet.skipped', severity: 'info', sheet: 'Notes' }),
    );
  });

  it('reads IDs as text, numeric or not', () => {
    expect(values('List 1', 2)['Child Unique ID']).toBe('1001');
    expect(values('List 1', 3)['Child Unique ID']).toBe('C-0002');
    expect(values('List 11', 2)['Individual adopter identifier']).toBe('5001');
  });
});

describe('Annex A workbook: header variants', () => {
  it('`Age of Child (Years)` is the Age column, noted as a variant with its column letter', () => {
    expect(values('List 2', 2).Age).toBe(4);
    expect(problemsAt('List 2')).toContainEqual(
      expect.objectContaining({
        rule: 'annex-a.column.variant',
        severity: 'info',
        column: 'Age of Child (Years)',
        message: expect.stringContaining('Column E'),
      }),
    );
    expect(values('List 10', 2)['Age of Child (Years)']).toBe(4);
  });

  it('case, a single `)`, straight quotes, a trailing space and liia-tools typos all match', () => {
    expect(values('List 3', 2)['Date of Referral']).toBe('2024-03-03');
    expect(values('List 2', 2)['Assessment start date']).toBe('2024-01-10');
    const list8 = values('List 8', 2);
    expect(
      list8['Unaccompanied Asylum Seeking Child (UASC) within the Last 12 Months (Y/N))'],
    ).toBe('No');
    expect(
      list8[
        'Number of Episodes the Child has been \u2018Missing\u2019 from their Placement in the last 12 months'
      ],
    ).toBe(0);
    expect(values('List 6', 2)['Case Status']).toBe('Open');
    expect(values('List 9', 2)['Eligibility Category']).toBe('Former relevant child');
    expect(values('List 9', 2)['Suitability of Accommodation']).toBe('Suitable');
    expect(values('List 10', 2)['Date of Adoption Order']).toBe('2023-01-15');
  });

  it('a missing column is a warning and reads as null; an extra one is a warning, kept as text', () => {
    expect(problemsAt('List 5')).toContainEqual(
      expect.objectContaining({
        rule: 'annex-a.column.missing',
        severity: 'warning',
        column: 'Number of ICPCs in the last 12 months',
      }),
    );
    expect(values('List 5', 2)['Number of ICPCs in the last 12 months']).toBeNull();
    expect(values('List 7', 2).Comments).toBe('Moved school');
    expect(problemsAt('List 7')).toContainEqual(
      expect.objectContaining({
        rule: 'annex-a.column.extra',
        severity: 'warning',
        file: 'annex-a-sample.xlsx',
        column: 'Comments',
        message: expect.stringMatching(
          /^annex-a-sample\.xlsx, sheet "List 7": column R "Comments"/,
        ),
      }),
    );
    expect(list('List 7').columns.at(-1)).toEqual({
      key: 'Allocated Worker',
      header: 'Allocated Worker',
      letter: 'Q',
    });
  });
});

describe('Annex A workbook: coded answers', () => {
  it('strips the letter prefix, or takes the bare answer', () => {
    expect(values('List 1', 2)).toMatchObject({ Gender: 'Male', Ethnicity: 'WBRI' });
    expect(values('List 1', 3)).toMatchObject({ Gender: 'Female', Ethnicity: 'REFU' });
    expect(values('List 2', 2).Gender).toBe('Not stated/recorded');
    expect(values('List 3', 3)['Referral NFA?']).toBe('Yes');
  });

  it("keeps the code of List 8's placement, provider and legal status answers", () => {
    expect(values('List 8', 2)).toMatchObject({
      'Placement Type': 'U6',
      'Placement Provider': 'PR4',
      "Child's Legal Status": 'C2',
      "Child's Category of Need": 'N1',
      'Placement Location': 'Out',
      'What is the permanence plan for this child?': 'Long-term fostering',
    });
    expect(values('List 8', 4)).toMatchObject({
      'Placement Type': 'R2',
      'Placement Provider': 'PR2',
    });
    expect(values('List 6', 2)['Primary Need Code']).toBe('N1');
    expect(values('List 9', 2)).toMatchObject({
      'Type of Accommodation': 'B',
      'Activity Status': 'F1',
    });
  });

  it('reports an answer not in the list, keeping what was written', () => {
    expect(values('List 8', 3)['Placement Provider']).toBe('PR9');
    expect(problemsAt('List 8', 3)).toContainEqual(
      expect.objectContaining({
        rule: 'annex-a.code.unknown',
        severity: 'error',
        file: 'annex-a-sample.xlsx',
        column: 'Placement Provider',
        value: 'PR9',
      }),
    );
    // Reason ceased: DfE SSDA903 guidance, https://www.gov.uk/guidance/children-looked-after-return counts 22 codes but names fewer, so an unknown one is only doubtful.
    expect(problemsAt('List 8', 3)).toContainEqual(
      expect.objectContaining({ rule: 'annex-a.code.unknown', severity: 'warning', value: 'E99' }),
    );
    expect(problemsAt('List 3', 3)).toContainEqual(
      expect.objectContaining({ rule: 'annex-a.code.unknown', column: 'Ethnicity', value: 'ZZZZ' }),
    );
  });

  it('reads URN of Placement as text: SC URN, numeric URN, and XXXXXXX', () => {
    expect([2, 3, 4].map((row) => values('List 8', row)['URN of Placement'])).toEqual([
      'SC123456',
      '1234567',
      'XXXXXXX',
    ]);
    expect(problemsAt('List 8').filter((problem) => problem.rule === 'annex-a.urn.format')).toEqual(
      [],
    );
  });
});

describe('Annex A workbook: dates, #N/A and formulas', () => {
  it('reads real date cells and dates written as text', () => {
    expect(values('List 1', 2)['Date of Birth']).toBe('2015-03-04');
    expect(values('List 1', 3)['Date of Birth']).toBe('2016-03-04');
    expect(problemsAt('List 1', 3)).toContainEqual(
      expect.objectContaining({ rule: 'annex-a.date.text', severity: 'info', value: '04/03/2016' }),
    );
  });

  it('#N/A as text and as an error cell reads as null with a warning', () => {
    expect(values('List 1', 5).Age).toBeNull();
    expect(values('List 11', 3).Ethnicity).toBeNull();
    for (const [sheet, row, column] of [
      ['List 1', 5, 'Age'],
      ['List 11', 3, 'Ethnicity'],
    ] as const) {
      expect(problemsAt(sheet, row)).toContainEqual(
        expect.objectContaining({
          rule: 'annex-a.value.na',
          severity: 'warning',
          column,
          value: '#N/A',
        }),
      );
    }
  });

  it('a formula reads as its cached value; one saved without a value is a problem, not a crash', () => {
    expect(values('List 10', 2)['Date Placed for Adoption']).toBe('2022-06-29');
    expect(values('List 11', 2)['Date application approved']).toBeNull();
    expect(problemsAt('List 11', 2)).toContainEqual(
      expect.objectContaining({
        rule: 'annex-a.formula.no-value',
        column: 'Date application approved',
        value: '=L2+90',
      }),
    );
  });

  it('a count that is not a number is an error and keeps its text', () => {
    expect(values('List 3', 3)['Number of Referrals in Last 12 Months']).toBe('two');
    expect(values('List 3', 2)['Number of Referrals in Last 12 Months']).toBe(2);
    expect(problemsAt('List 3', 3)).toContainEqual(
      expect.objectContaining({ rule: 'annex-a.number.invalid', severity: 'error', value: 'two' }),
    );
  });

  it('every problem names the file and sheet; cell problems also row, column and value', () => {
    for (const problem of annexA.problems) {
      expect(problem.file).toBe('annex-a-sample.xlsx');
      expect(problem.sheet).toBeDefined();
      if (problem.rule.startsWith('annex-a.column') || problem.rule.endsWith('skipped')) continue;
      expect(problem).toEqual(
        expect.objectContaining({
          row: expect.any(Number),
          column: expect.any(String),
          value: expect.any(String),
        }),
      );
    }
  });
});
