import fc from 'fast-check';
import readXlsxFile from 'read-excel-file/node';
import { describe, expect, it } from 'vitest';
import type { CellValue } from '../../../../../shared/records/xlsx';
import {
  cellText,
  columnLetter,
  openXlsx,
  serialToIsoDate,
} from '../../../../../shared/records/xlsx';
import { ANNEX_A_FIXTURE } from '../../../../support/annex-a/annex-a-workbook';
import { fixtureBytes, PROVIDER_FIXTURES, providerBytes } from './fixture-files';
import { handMadeXlsx } from './hand-made-xlsx';

/** The low-level reader: cells as xlsx stores them (ECMA-376 Part 1 §18.3.1.4). */

function cells(bytes: Uint8Array, sheet = 'S'): (readonly CellValue[])[] {
  return openXlsx('t.xlsx', bytes)
    .rows(sheet)
    .map((row) => row.cells);
}

describe('cells', () => {
  it('reads shared, rich, phonetic-annotated and inline strings, with entities and _xHHHH_ escapes', () => {
    const bytes = handMadeXlsx(
      [
        {
          name: 'S',
          rows:
            '<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c><c r="C1" t="s"><v>2</v></c>' +
            '<c r="D1" t="inlineStr"><is><t>in</t><r><t xml:space="preserve">line </t></r></is></c>' +
            '<c r="E1" t="str"><f>A1&amp;"!"</f><v>Tom &amp; Jerry!</v></c></row>',
        },
      ],
      {
        sharedStrings: [
          '<si><t>Children&apos;s home &#x2019; &lt;K2&gt;</t></si>',
          '<si><r><t>Rich </t></r><r><rPr><b/></rPr><t>text</t></r></si>',
          '<si><t>line_x000D_break _x005F_x000D_</t><rPh sb="0" eb="1"><t>PHONETIC</t></rPh></si>',
        ],
      },
    );
    expect(cells(bytes)).toEqual([
      [
        "Children's home \u2019 <K2>",
        'Rich text',
        'line\rbreak _x000D_',
        'inline ',
        'Tom & Jerry!',
      ],
    ]);
  });

  it('keeps each cell in its own column when empty cells are skipped, and numbers rows as the file does', () => {
    const bytes = handMadeXlsx([
      {
        name: 'S',
        rows:
          '<row r="3"><c r="B3"><v>1</v></c><c r="AB3"><v>2</v></c></row>' +
          '<row r="7"><c><v>3</v></c><c><v>4</v></c></row><row r="8"/>',
      },
    ]);
    const rows = openXlsx('t.xlsx', bytes).rows('S');
    expect(rows.map((row) => row.row)).toEqual([3, 7]);
    expect(rows[0]?.cells[1]).toBe(1);
    expect(rows[0]?.cells[27]).toBe(2);
    expect(rows[0]?.cells.slice(2, 27).every((cell) => cell === null)).toBe(true);
    expect(rows[1]?.cells).toEqual([3, 4]);
  });

  it('reads booleans, error cells, formulas with and without a cached value', () => {
    const bytes = handMadeXlsx([
      {
        name: 'S',
        rows:
          '<row r="1"><c r="A1" t="b"><v>1</v></c><c r="B1" t="e"><v>#N/A</v></c>' +
          '<c r="C1" t="e"><f>1/0</f><v>#DIV/0!</v></c><c r="D1"><f>B1+1</f><v>5</v></c>' +
          '<c r="E1"><f>B1+2</f></c><c r="F1" t="str"><f>UPPER("x")</f></c></row>',
      },
    ]);
    expect(cells(bytes)).toEqual([
      [
        true,
        { kind: 'error', code: '#N/A' },
        { kind: 'error', code: '#DIV/0!' },
        5,
        { kind: 'formula', formula: 'B1+2' },
        { kind: 'formula', formula: 'UPPER("x")' },
      ],
    ]);
  });

  it('treats numbers with a date format as dates, in the 1900 and 1904 systems', () => {
    const rows =
      '<row r="1"><c r="A1" s="1"><v>44927</v></c><c r="B1" s="2"><v>44927</v></c><c r="C1" s="3"><v>44927.5</v></c></row>';
    const formats = ['dd/mm/yyyy', '0.00', '[$-809]d mmmm yyyy;@'];
    const plain = cells(handMadeXlsx([{ name: 'S', rows }], { formats }));
    expect(plain[0]?.map(cellText)).toEqual(['2023-01-01', '44927', '2023-01-01']);
    const shifted = cells(handMadeXlsx([{ name: 'S', rows }], { formats, date1904: true }));
    expect(shifted[0]?.map(cellText)).toEqual(['2027-01-02', '44927', '2027-01-02']);
  });

  it('reads prefixed element names and absolute part targets (OpenXML SDK style)', () => {
    const bytes = handMadeXlsx(
      [
        {
          name: 'Q',
          rows: '<x:row r="1"><x:c r="A1" t="s"><x:v>0</x:v></x:c><x:c r="B1"><x:v>7</x:v></x:c></x:row>',
        },
      ],
      { prefix: 'x', absoluteTargets: true, sharedStrings: ['<x:si><x:t>URN</x:t></x:si>'] },
    );
    expect(cells(bytes, 'Q')).toEqual([['URN', 7]]);
  });

  it('writes IDs and whole numbers in full', () => {
    expect(cellText(11111666333)).toBe('11111666333');
    expect(cellText(1234567)).toBe('1234567');
    expect(cellText(2.5)).toBe('2.5');
  });
});

describe('dates and column letters', () => {
  it("follows Excel's 1900 serials, including its fictional 1900-02-29", () => {
    expect(serialToIsoDate(1)).toBe('1900-01-01');
    expect(serialToIsoDate(59)).toBe('1900-02-28');
    expect(serialToIsoDate(61)).toBe('1900-03-01');
    expect(serialToIsoDate(45292)).toBe('2024-01-01');
    expect(serialToIsoDate(45292.99999)).toBe('2024-01-01');
  });

  it("agrees with JavaScript's own calendar for every serial from 1900-03-01 to 9999-12-31", () => {
    const epoch = Date.UTC(1899, 11, 30);
    fc.assert(
      fc.property(
        fc.integer({ min: 61, max: 2_958_465 }),
        fc.double({ min: 0, max: 0.99, noNaN: true }),
        (day, time) => {
          const expected = new Date(epoch + day * 86_400_000).toISOString().slice(0, 10);
          expect(serialToIsoDate(day + time)).toBe(expected);
        },
      ),
      { numRuns: 2000 },
    );
  });

  it('names columns A…Z, AA…AZ, …, as Excel does', () => {
    expect([0, 25, 26, 51, 52, 701, 702].map(columnLetter)).toEqual([
      'A',
      'Z',
      'AA',
      'AZ',
      'BA',
      'ZZ',
      'AAA',
    ]);
    fc.assert(
      fc.property(fc.nat({ max: 16_383 }), (index) => {
        const letters = columnLetter(index);
        const back =
          Array.from(letters, (letter) => letter.charCodeAt(0) - 64).reduce(
            (total, digit) => total * 26 + digit,
            0,
          ) - 1;
        expect(back).toBe(index);
      }),
    );
  });
});

/** read-excel-file's value for a cell, in our text form. */
function theirText(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  if (typeof value === 'number') return String(value);
  return typeof value === 'string' ? value : JSON.stringify(value);
}

describe('agreement with read-excel-file on the fixtures', () => {
  it.each([
    ...PROVIDER_FIXTURES.map((name) => `ofsted-providers/${name}`),
    ANNEX_A_FIXTURE.replace('test/fixtures/', ''),
  ])(
    '%s: every sheet, row and cell reads the same (apart from cells read-excel-file drops)',
    async (path) => {
      const bytes = fixtureBytes(path);
      const theirs = await readXlsxFile(Buffer.from(bytes), { trim: false });
      const ours = openXlsx(path, bytes);
      expect(ours.sheetNames).toEqual(theirs.map((sheet) => sheet.sheet));
      for (const sheet of theirs) {
        const rows = ours.rows(sheet.sheet);
        const byNumber = new Map(rows.map((row) => [row.row, row.cells]));
        sheet.data.forEach((theirRow, index) => {
          const ourRow = byNumber.get(index + 1) ?? [];
          theirRow.forEach((value, column) => {
            const ourCell = ourRow[column] ?? null;
            // read-excel-file reads error cells and formulas without a result as empty.
            const dropped =
              typeof ourCell === 'object' && ourCell !== null && ourCell.kind !== 'date';
            expect(dropped ? '' : cellText(ourCell)).toBe(theirText(value));
          });
        });
      }
    },
  );

  it('the provider fixtures hold no error or formula-only cells', () => {
    for (const name of PROVIDER_FIXTURES) {
      const workbook = openXlsx(name, providerBytes(name));
      for (const sheet of workbook.sheetNames) {
        for (const row of workbook.rows(sheet)) {
          expect(
            row.cells.filter(
              (cell) => typeof cell === 'object' && cell !== null && cell.kind !== 'date',
            ),
          ).toEqual([]);
        }
      }
    }
  });
});
