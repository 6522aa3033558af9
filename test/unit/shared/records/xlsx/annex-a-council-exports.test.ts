import { describe, expect, it } from 'vitest';
import type { AnnexAResult, RecordProblem } from '../../../../../shared/records/xlsx';
import { ANNEX_A_LISTS } from '../../../../../shared/records/xlsx';
import { headerPatterns, matchHeaders } from '../../../../../shared/records/xlsx/annex-a-headers';
import { DOC_HEADERS } from '../../../../support/annex-a/annex-a-headers';
import type { HandCell } from './annex-a-hand-built';
import { readHandBuilt } from './annex-a-hand-built';

/**
 * Annex A workbooks as councils' systems export them: the current
 * template's List 9, the older one, coded answers in the systems' own
 * spellings, headers written another way, and columns the template lacks.
 */

const LIST_9 = DOC_HEADERS['List 9'] ?? [];
const LIST_1 = DOC_HEADERS['List 1'] ?? [];
const UASC = 'Unaccompanied Asylum Seeking Child (UASC), or formerly UASC if 18 or over (Y/N)';
const NEW_IN_LIST_9 = [
  UASC,
  'Allocated Personal Advisor',
  'Latest Pathway Plan Review Date',
  'Latest Date of Contact',
];

function rowsOf(result: AnnexAResult, list: keyof typeof ANNEX_A_LISTS) {
  return result.sheets[list]?.rows.map((row) => row.values) ?? [];
}

const of = (result: AnnexAResult, rule: string): RecordProblem[] =>
  result.problems.filter((problem) => problem.rule === rule);

/** A List 9 row by header, on the current template. */
function leaver(values: Readonly<Record<string, HandCell>>): HandCell[] {
  const base: Readonly<Record<string, HandCell>> = {
    'Child Unique ID': 'L-01',
    Gender: 'b) Female',
    Ethnicity: 'a) WBRI',
    'Date of Birth': { date: '2005-06-01' },
    Age: 19,
    [UASC]: 'b) No',
    'Does the Child have a Disability': 'b) No',
    'Allocated Team': 'Leaving Care',
    'Allocated Worker': 'Worker A',
    'Allocated Personal Advisor': 'Sam Adviser',
    'Eligibility Category': 'b) Former relevant child',
    'Latest Pathway Plan Review Date': { date: '2024-11-05' },
    'LA in Touch': 'a) Yes',
    'Latest Date of Contact': { date: '2025-01-20' },
    'Type of Accommodation': 'U: Independent living',
    'Suitability of Accommodation': 'a) Suitable',
    'Activity Status': 'F4: Apprenticeship',
  };
  const row = { ...base, ...values };
  return LIST_9.map((header) => row[header] ?? null);
}

describe('List 9 on the current template: UASC, personal adviser, pathway plan, latest contact', () => {
  const result = readHandBuilt('care-leavers.xlsx', {
    'List 9': [
      LIST_9,
      leaver({}),
      leaver({
        'Child Unique ID': 'L-02',
        [UASC]: 'Y',
        'Allocated Personal Advisor': null,
        'Latest Pathway Plan Review Date': '05/12/2024',
        'Latest Date of Contact': null,
      }),
      leaver({
        'Child Unique ID': 'L-03',
        [UASC]: 'Perhaps',
        'Latest Pathway Plan Review Date': 'soon',
      }),
    ],
  });

  it('reads the four columns as yes/no, text and dates, under their template headers', () => {
    const [first, second] = rowsOf(result, 'List 9');
    expect(first).toMatchObject({
      [UASC]: 'No',
      'Allocated Personal Advisor': 'Sam Adviser',
      'Latest Pathway Plan Review Date': '2024-11-05',
      'Latest Date of Contact': '2025-01-20',
      'Activity Status': 'F4',
      'Type of Accommodation': 'U',
    });
    expect(second).toMatchObject({
      [UASC]: 'Yes',
      'Allocated Personal Advisor': null,
      'Latest Pathway Plan Review Date': '2024-12-05',
      'Latest Date of Contact': null,
    });
    expect(result.sheets['List 9']?.columns.map((column) => column.key)).toEqual(
      LIST_9.map((header) => header.trim()),
    );
  });

  it('checks their cells as the other columns are checked', () => {
    expect(result.problems).toContainEqual(
      expect.objectContaining({
        rule: 'annex-a.option.unknown',
        severity: 'error',
        row: 4,
        column: UASC,
        value: 'Perhaps',
      }),
    );
    expect(result.problems).toContainEqual(
      expect.objectContaining({
        rule: 'annex-a.date.invalid',
        severity: 'error',
        row: 4,
        column: 'Latest Pathway Plan Review Date',
        value: 'soon',
      }),
    );
    expect(of(result, 'annex-a.date.text')).toEqual([
      expect.objectContaining({ row: 3, value: '05/12/2024' }),
    ]);
  });

  it('has no column problems: every header is the template’s', () => {
    expect(result.problems.filter((problem) => problem.rule.startsWith('annex-a.column'))).toEqual(
      [],
    );
  });
});

describe('List 9 on the older template, without the four columns', () => {
  const older = LIST_9.filter((header) => !NEW_IN_LIST_9.includes(header));
  const full = leaver({});
  const result = readHandBuilt('older.xlsx', {
    'List 9': [older, full.filter((_cell, index) => older.includes(LIST_9[index] ?? ''))],
  });

  it('still reads, the four columns blank', () => {
    expect(older).toHaveLength(13);
    const [row] = rowsOf(result, 'List 9');
    expect(row).toMatchObject({
      'Child Unique ID': 'L-01',
      'Eligibility Category': 'Former relevant child',
      'Activity Status': 'F4',
    });
    for (const header of NEW_IN_LIST_9) expect(row?.[header]).toBeNull();
  });

  it('notes each missing new column (info), and warns of nothing', () => {
    expect(of(result, 'annex-a.column.not-in-older-template')).toEqual(
      NEW_IN_LIST_9.map((column) =>
        expect.objectContaining({ severity: 'info', file: 'older.xlsx', sheet: 'List 9', column }),
      ),
    );
    expect(result.problems.filter((problem) => problem.sheet === 'List 9')).toHaveLength(4);
  });

  it('a column the older template had is still a warning when missing', () => {
    const without = readHandBuilt('no-activity.xlsx', {
      'List 9': [older.filter((header) => header !== 'Activity Status')],
    });
    expect(of(without, 'annex-a.column.missing')).toEqual([
      expect.objectContaining({ severity: 'warning', column: 'Activity Status' }),
    ]);
  });
});

/** A List 1 row: a contact with the given gender and ethnicity. */
const child = (id: string, gender: HandCell, ethnicity: HandCell): HandCell[] => [
  id,
  gender,
  ethnicity,
  { date: '2015-03-04' },
  9,
  { date: '2024-05-01' },
  'Police',
];

describe("coded answers in councils' spellings", () => {
  const result = readHandBuilt('contacts.xlsx', {
    'List 1': [
      LIST_1,
      child('C-1', '1 - Male', 'WBRI  [White British]'),
      child('C-2', 'F', 'a) WBRI'),
      child('C-3', 'Unknown / Not Recorded / Unborn', 'a) WBRI'),
      child('C-4', '  unknown /  NOT recorded / unborn ', 'a) WBRI'),
      child('C-5', 2, 'a) WBRI'),
      child('C-6', 'Martian', 'White - Scottish'),
      child('C-7', '1 - Male', 'a) WBRI'),
    ],
  });
  const rows = rowsOf(result, 'List 1');

  it('are kept as the template’s answer, whatever the case and spacing', () => {
    expect(rows.map((row) => row.Gender)).toEqual([
      'Male',
      'Female',
      'Not stated/recorded',
      'Not stated/recorded',
      'Female',
      'Martian',
      'Male',
    ]);
    expect(rows[0]?.Ethnicity).toBe('WBRI');
  });

  it('leave one info note per column and spelling, at its first row, with the original and the count', () => {
    const notes = of(result, 'annex-a.value.council-spelling');
    expect(notes.map(({ column, row, value }) => [column, row, value])).toEqual([
      ['Gender', 2, '1 - Male'],
      ['Gender', 3, 'F'],
      ['Gender', 4, 'Unknown / Not Recorded / Unborn'],
      ['Gender', 5, '  unknown /  NOT recorded / unborn '],
      ['Gender', 6, '2'],
      ['Ethnicity', 2, 'WBRI  [White British]'],
    ]);
    for (const note of notes) {
      expect(note).toMatchObject({ severity: 'info', file: 'contacts.xlsx', sheet: 'List 1' });
    }
    expect(notes[0]?.message).toContain('"1 - Male"');
    expect(notes[0]?.message).toContain('"Male"');
    expect(notes[0]?.message).toContain('1 more row has it');
    expect(notes[1]?.message).not.toContain('more row');
  });

  it('an answer no spelling names is still an error, kept as written', () => {
    expect(result.problems).toContainEqual(
      expect.objectContaining({
        rule: 'annex-a.option.unknown',
        severity: 'error',
        row: 7,
        column: 'Gender',
        value: 'Martian',
      }),
    );
    // The schema files "White - Scottish" under its group "a) White", which is
    // five codes, so it names none of them.
    expect(result.problems).toContainEqual(
      expect.objectContaining({
        rule: 'annex-a.code.unknown',
        severity: 'error',
        row: 7,
        column: 'Ethnicity',
        value: 'White - Scottish',
      }),
    );
  });

  it("List 8's codes: by the code a spelling starts with, or a category that is one code", () => {
    const headers = DOC_HEADERS['List 8'] ?? [];
    const row = (values: Readonly<Record<string, HandCell>>): HandCell[] =>
      headers.map((header) => values[header] ?? null);
    const list8 = readHandBuilt('children-in-care.xlsx', {
      'List 8': [
        headers,
        row({
          'Child Unique ID': 'K-1',
          'Placement Provider': '[PR3] Other public provision',
          "Child's Legal Status": 'Care Order',
          'Placement Location': 'Out of borough',
        }),
        row({
          'Child Unique ID': 'K-2',
          'Placement Provider': 'Own LA Provision',
          "Child's Legal Status": 'Accommodated under S20',
          'Placement Location': 'Inside LA Boundary',
        }),
      ],
    });
    expect(rowsOf(list8, 'List 8').map((values) => values['Placement Provider'])).toEqual([
      'PR3',
      'PR1',
    ]);
    expect(rowsOf(list8, 'List 8').map((values) => values['Placement Location'])).toEqual([
      'Out',
      'In',
    ]);
    const legal = rowsOf(list8, 'List 8').map((values) => values["Child's Legal Status"]);
    // Section 20 is three codes (V2, V3, V4): not mapped, still an error.
    expect(legal).toEqual(['C2', 'Accommodated under S20']);
    expect(list8.problems).toContainEqual(
      expect.objectContaining({
        rule: 'annex-a.code.unknown',
        row: 3,
        column: "Child's Legal Status",
      }),
    );
  });
});

describe('headers written another way, and columns the template lacks', () => {
  const headers = ['Child ID', 'Gender', 'Ethnicity', 'Date of birth (dd/mm/yyyy)', 'Age'].concat([
    'Date of first contact',
    'Contact Source',
    'Mosaic case number',
  ]);
  const result = readHandBuilt('export.xlsx', {
    'List 1': [
      headers,
      [
        'C-1',
        'a) Male',
        'a) WBRI',
        { date: '2015-03-04' },
        9,
        { date: '2024-05-01' },
        'Police',
        'M123',
      ],
    ],
  });

  it("the Annex A schema's header patterns find columns the reader once refused", () => {
    const columns = ANNEX_A_LISTS['List 1'];
    const without = matchHeaders(columns, headers);
    expect(without.extras.map((extra) => extra.header)).toEqual([
      'Child ID',
      'Date of birth (dd/mm/yyyy)',
      'Date of first contact',
      'Mosaic case number',
    ]);
    const withPatterns = matchHeaders(columns, headers, headerPatterns('List 1'));
    expect(withPatterns.extras.map((extra) => extra.header)).toEqual(['Mosaic case number']);
    expect(rowsOf(result, 'List 1')[0]).toMatchObject({
      'Child Unique ID': 'C-1',
      'Date of Birth': '2015-03-04',
      'Date of Contact': '2024-05-01',
    });
    expect(of(result, 'annex-a.column.variant').map((problem) => problem.column)).toEqual([
      'Child ID',
      'Date of birth (dd/mm/yyyy)',
      'Date of first contact',
    ]);
    expect(of(result, 'annex-a.column.missing')).toEqual([]);
  });

  it('a pattern only fills a column still empty: a second date of birth is an extra column', () => {
    const twice = matchHeaders(
      ANNEX_A_LISTS['List 1'],
      ['Child Unique ID', 'Date of Birth', "Mother's date of birth"],
      headerPatterns('List 1'),
    );
    expect(twice.extras).toEqual([{ index: 2, header: "Mother's date of birth" }]);
    expect(twice.duplicates).toEqual([]);
  });

  it('an unknown extra column is a warning naming the column and the file; the rest is read', () => {
    expect(of(result, 'annex-a.column.extra')).toEqual([
      expect.objectContaining({
        severity: 'warning',
        file: 'export.xlsx',
        sheet: 'List 1',
        column: 'Mosaic case number',
        message: expect.stringMatching(
          /^export\.xlsx, sheet "List 1": column H "Mosaic case number"/,
        ),
      }),
    ]);
    expect(rowsOf(result, 'List 1')[0]).toMatchObject({
      'Mosaic case number': 'M123',
      'Contact Source': 'Police',
    });
  });
});
