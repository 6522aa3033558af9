import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import type { Cell, SheetData } from 'write-excel-file/node';
import writeExcelFile from 'write-excel-file/node';
import { DOC_HEADERS } from './annex-a-headers';

/**
 * Builds the Annex A test workbook `test/fixtures/annex-a/annex-a-sample.xlsx`
 * with write-excel-file, from ILACS Annex A, https://www.gov.uk/government/publications/inspecting-local-authority-childrens-services-from-2018 exact headers, planting the
 * traps the section lists: header variants (`Age of Child (Years)` for `Age`,
 * `Date of referral`, a single `)` in List 8's UASC header, straight quotes
 * on `'Missing'`, liia-tools' `Eligibity Category` and `Suitability of
 * Accomodation`, a trailing space), coded answers with and without their
 * letter prefix, `#N/A` as text and as an error cell, a date formula with a
 * cached value, a formula without one, and dates as real dates and as text.
 *
 * write-excel-file cannot write error cells or cached formula results, so
 * those cells are patched into the sheet XML afterwards, and the zip is
 * rebuilt with a fixed timestamp so the same input gives the same bytes.
 */

/** Where the generated workbook is committed, relative to the repository root. */
export const ANNEX_A_FIXTURE = 'test/fixtures/annex-a/annex-a-sample.xlsx';

const day = (year: number, month: number, date: number): Cell => ({
  value: new Date(Date.UTC(year, month - 1, date)),
  format: 'dd/mm/yyyy',
});

/** The doc's headers for a list with some replaced (`from` → `to`), removed (`to` = null) or appended. */
function headers(
  list: string,
  changes: Readonly<Record<string, string | null>> = {},
  extra: readonly string[] = [],
): string[] {
  const base = DOC_HEADERS[list] ?? [];
  const changed = base.flatMap((header) => {
    const to = changes[header];
    if (to === undefined) return [header];
    return to === null ? [] : [to];
  });
  return [...changed, ...extra];
}

const PLACEHOLDER = '(patched)';

/** The sheets: name, header row, data rows. */
function sheets(): { sheet: string; data: SheetData }[] {
  return [
    {
      sheet: 'List 1',
      data: [
        headers('List 1'),
        [1001, 'a) Male', 'a) WBRI', day(2015, 3, 4), 9, day(2024, 5, 1), 'Police'],
        ['C-0002', 'Female', 's) REFU', '04/03/2016', 8, day(2024, 5, 2), 'School'],
        [null, null, null, null, null, null, null],
        ['C-0003', 'b) Female', 'a) WBRI', day(2014, 1, 1), '#N/A', day(2024, 5, 3), 'Health'],
      ],
    },
    {
      sheet: 'List 2',
      data: [
        headers('List 2', {
          Age: 'Age of Child (Years)',
          'Assessment start date': 'Assessment start date ',
        }),
        ['C-0101', 'c) Not stated/recorded', 'b) WIRI', day(2019, 6, 30), 4].concat([
          day(2024, 1, 10),
          day(2024, 2, 20),
          'Health visiting',
        ]),
      ],
    },
    {
      sheet: 'List 3',
      data: [
        headers('List 3', { 'Date of Referral': 'Date of referral' }),
        ['C-0201', 'a) Male', 'k) APKN', day(2010, 2, 28), 14, day(2024, 3, 3), 'Police'].concat([
          'b) No',
          2,
          'Team A',
          'Worker A',
        ]),
        ['C-0202', 'Male', 'ZZZZ', day(2011, 4, 4), 13, day(2024, 3, 4), 'School'].concat([
          'Y',
          'two',
          'Team B',
          'Worker B',
        ]),
      ],
    },
    {
      sheet: 'List 4',
      data: [
        headers('List 4'),
        ['C-0301', 'b) Female', 'a) WBRI', day(2012, 5, 5), 12, 'a) Yes', day(2024, 1, 2)].concat([
          'a) Yes',
          day(2024, 2, 2),
          'b) No',
          'Team A',
          'Worker A',
        ]),
      ],
    },
    {
      sheet: 'List 5',
      data: [
        headers('List 5', { 'Number of ICPCs in the last 12 months': null }),
        [
          'C-0401',
          'a) Male',
          'a) WBRI',
          day(2013, 6, 6),
          11,
          'b) No',
          day(2024, 1, 5),
          'b) No',
        ].concat([day(2024, 1, 20), 'a) Yes', 1, 'Team C', 'Worker C']),
      ],
    },
    {
      sheet: 'List 6',
      data: [
        headers('List 6', { 'Case Status': 'Case status' }),
        ['C-0501', 'a) Male', 'a) WBRI', day(2016, 7, 7), 8, 'b) No', day(2023, 9, 1)].concat([
          'N1 - Abuse or Neglect',
          day(2024, 4, 1),
          null,
          null,
          'Open',
          'Team D',
          'Worker D',
        ]),
      ],
    },
    {
      sheet: 'List 7',
      data: [
        headers('List 7', {}, ['Comments']),
        ['C-0601', 'b) Female', 'a) WBRI', day(2017, 8, 8), 7, 'b) No', day(2023, 10, 10)]
          .concat(['Neglect', 'Emotional abuse', day(2024, 4, 2), 'a) Yes', day(2024, 1, 15), null])
          .concat(['N', 0, 'Team E', 'Worker E', 'Moved school']),
      ],
    },
    {
      sheet: 'List 8',
      data: [
        headers('List 8', {
          'Unaccompanied Asylum Seeking Child (UASC) within the Last 12 Months (Y/N))':
            'Unaccompanied Asylum Seeking Child (UASC) within the Last 12 Months (Y/N)',
          'Number of Episodes the Child has been \u2018Missing\u2019 from their Placement in the last 12 months':
            "Number of Episodes the Child has been 'Missing' from their Placement in the last 12 months",
        }),
        ['C-0701', 'a) Male', 'a) WBRI', day(2009, 9, 9), 15, 'b) No', 'b) No', day(2022, 1, 1)]
          .concat(['N1 - Abuse or Neglect', 'b) No', day(2022, 3, 1), 'C2: FCO', day(2024, 2, 1)])
          .concat([day(2024, 3, 1), 'b) Long-term fostering', day(2024, 3, 5), day(2023, 12, 1)])
          .concat([day(2023, 11, 1), 1, null, null, day(2023, 6, 1)])
          .concat(['f) U6: Foster placement - not FFA', 'e) PR4 - Private provision', 'AB1 2CD'])
          .concat(['SC123456', 'b) Out', 'Kent', 0, 1, 'a) Yes', 'b) No', 'Team F', 'Worker F']),
        ['C-0702', 'b) Female', 'b) WIRI', day(2008, 1, 2), 16, 'a) Yes', 'b) No', day(2023, 4, 1)]
          .concat(['N4', 'a) Yes', day(2023, 4, 1), 'V2: Section 20', day(2024, 2, 2)])
          .concat([day(2024, 3, 2), 'a) Return to family', day(2024, 3, 6), day(2023, 12, 2)])
          .concat([day(2023, 11, 2), 3, day(2024, 1, 31), 'E99', day(2023, 7, 1)])
          .concat(["K2: Children's home", 'PR9', 'ZZ9 9ZZ', 1234567, 'a) In', 'NIR', 2, 0])
          .concat(['b) No', null, 'Team F', 'Worker G']),
        ['C-0703', 'a) Male', 'a) WBRI', day(2007, 2, 3), 17, 'b) No', 'b) No', day(2020, 5, 5)]
          .concat(['N2', 'b) No', day(2020, 5, 5), 'C2', day(2024, 2, 3), day(2024, 3, 3)])
          .concat(['c) Adoption', day(2024, 3, 7), day(2023, 12, 3), day(2023, 11, 3), 0, null])
          .concat([null, day(2020, 5, 5), 'R2: NHS/health trust', 'c) PR2 - Other LA provision'])
          .concat([null, 'XXXXXXX', 'b) Out', 'Surrey', 0, 0, null, null, 'Team H', 'Worker H']),
      ],
    },
    {
      sheet: 'List 9',
      data: [
        // The older template's List 9, without the current template's four columns.
        headers('List 9', {
          'Unaccompanied Asylum Seeking Child (UASC), or formerly UASC if 18 or over (Y/N)': null,
          'Allocated Personal Advisor': null,
          'Latest Pathway Plan Review Date': null,
          'Latest Date of Contact': null,
          'Eligibility Category': 'Eligibity Category',
          'Suitability of Accommodation': 'Suitability of Accomodation',
        }),
        ['C-0801', 'a) Male', 'a) WBRI', day(2005, 5, 5), 19, 'b) No', 'Team G', 'Worker G']
          .concat(['b) Former relevant child', 'a) Yes', 'B: Parents/relatives', 'a) Suitable'])
          .concat(['F1: Full time in higher education']),
      ],
    },
    {
      sheet: 'List 10',
      data: [
        headers('List 10'),
        ['C-0901', 'FAM-01', 'a) Male', 'a) WBRI', day(2020, 2, 2), 4, 'b) No', day(2021, 3, 3)]
          .concat([day(2021, 9, 9), day(2022, 1, 10), day(2022, 6, 1), day(2022, 6, 29)])
          .concat([day(2023, 1, 15), null, null, null]),
      ],
    },
    {
      sheet: 'List 11',
      data: [
        headers('List 11'),
        [5001, 'FAM-01', 'b) Female', 'a) WBRI', 'b) No', 'b) No', day(2021, 1, 5), day(2021, 2, 1)]
          .concat([day(2021, 4, 1), day(2021, 4, 2), day(2021, 8, 1), day(2021, 4, 15)])
          .concat([{ type: 'Formula', value: 'L2+90' }, day(2022, 6, 1), day(2022, 6, 29), 1])
          .concat([day(2023, 1, 15), null, null]),
        ['A-5002', 'FAM-02', 'a) Male', PLACEHOLDER, 'b) No', 'a) Yes', day(2023, 3, 3)],
      ],
    },
    { sheet: 'Notes', data: [['Synthetic Annex A for tests; all data is made up.']] },
  ];
}

/** Cell rewrites write-excel-file cannot express: sheet part, cell reference, new cell XML. */
const PATCHES: readonly { part: string; ref: string; patch: (cell: string) => string }[] = [
  // List 10, L2 `Date Placed for Adoption`: a formula (matching date + 28) whose cached result is the date.
  {
    part: 'xl/worksheets/sheet10.xml',
    ref: 'L2',
    patch: (cell) => cell.replace('<v>', '<f>K2+28</f><v>'),
  },
  // List 11, D3 `Ethnicity`: a lookup that failed, saved as the error #N/A.
  {
    part: 'xl/worksheets/sheet11.xml',
    ref: 'D3',
    patch: () => '<c r="D3" t="e"><f>VLOOKUP(A3,Codes!A:B,2,FALSE)</f><v>#N/A</v></c>',
  },
];

function patchCell(xml: string, ref: string, patch: (cell: string) => string): string {
  const start = xml.indexOf(`<c r="${ref}"`);
  if (start < 0) throw new Error(`generator: cell ${ref} not found`);
  const selfClose = xml.indexOf('/>', start);
  const close = xml.indexOf('</c>', start);
  const end = close >= 0 && (selfClose < 0 || close < selfClose) ? close + 4 : selfClose + 2;
  return xml.slice(0, start) + patch(xml.slice(start, end)) + xml.slice(end);
}

/** Builds the Annex A test workbook's bytes (deterministic). */
export async function buildAnnexAWorkbook(): Promise<Uint8Array> {
  const written = new Uint8Array(await writeExcelFile(sheets()).toBuffer());
  const entries = unzipSync(written);
  for (const { part, ref, patch } of PATCHES) {
    const data = entries[part];
    if (data === undefined) throw new Error(`generator: ${part} not written`);
    entries[part] = strToU8(patchCell(strFromU8(data), ref, patch));
  }
  return zipSync(entries, { level: 6, mtime: new Date(Date.UTC(2026, 0, 1)) });
}
