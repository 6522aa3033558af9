import { strToU8, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { FileRefusedError } from '../../../../shared/records/problem';
import { readRecordCall } from '../../../../shared/records/read-files';
import { read903Xml } from '../../../../shared/records/ssda903';
import { patched, row, xlsx, xlsxParts } from '../../../support/corpus/reader-files';

const LIST_1 = [
  'Child Unique ID',
  'Gender',
  'Ethnicity',
  'Date of Birth',
  'Age',
  'Date of Contact',
];
const rows = (n: number): string =>
  row(1, LIST_1) +
  Array.from({ length: n }, (_, k) =>
    row(k + 2, [`C${k}`, 'Male', 'White British', '2010-01-01', '13', '2024-01-05']),
  ).join('');

/** What one file of an import call became: its refusal reason, or 'read'. */
function outcome(name: string, bytes: Uint8Array | string): string {
  const data = typeof bytes === 'string' ? strToU8(bytes) : bytes;
  const [first] = readRecordCall([{ name, bytes: data }]).outcomes;
  if (first === undefined) throw new Error('no outcome');
  return first.ok ? 'read' : first.refused.reason;
}

describe('damage is refused, never truncated or guessed at', () => {
  it('a sheet cut off mid-row', () => {
    const parts = xlsxParts([{ name: 'List 1', rows: rows(1162) }]);
    const sheet = parts['xl/worksheets/sheet1.xml'] ?? new Uint8Array();
    const cut = zipSync({ ...parts, 'xl/worksheets/sheet1.xml': sheet.subarray(0, 5000) });
    expect(outcome('annex-a.xlsx', cut)).toBe('xlsx.damaged-sheet');
    expect(outcome('annex-a.xlsx', xlsx([{ name: 'List 1', rows: rows(1162) }]))).toBe('read');
  });

  it('a shared string that is not in the table', () => {
    const bad = rows(3).replace(
      /<c r="B2" t="inlineStr"><is><t>Male<\/t><\/is><\/c>/,
      '<c r="B2" t="s"><v>5</v></c>',
    );
    expect(outcome('annex-a.xlsx', xlsx([{ name: 'List 1', rows: bad }], ['Male']))).toBe(
      'xlsx.damaged-sheet',
    );
  });

  it('two zip entries of the same name', () => {
    const parts = xlsxParts([{ name: 'List 1', rows: rows(3) }]);
    const twin = zipSync({
      ...parts,
      'xl/workbook.xmQ': parts['xl/workbook.xml'] ?? new Uint8Array(),
    });
    expect(outcome('annex-a.xlsx', patched(twin, 'xl/workbook.xmQ', 'xl/workbook.xml'))).toBe(
      'xlsx.duplicate-part',
    );
  });

  it('a NUL byte after the first 8 KiB of a CSV', () => {
    const text = `CHILD,SEX,DOB,ETHNIC,UPN,MOTHER,MC_DOB\n${'1,1,01/01/2010,WBRI,,,\n'.repeat(1000)}`;
    const bytes = strToU8(text);
    bytes[15_000] = 0;
    expect(outcome('header.csv', bytes)).toBe('ssda903.nul');
    expect(outcome('header.csv', text)).toBe('read');
  });

  it('a Companies House file with 2 of its columns', () => {
    expect(outcome('BasicCompanyData.csv', 'CompanyName,CompanyNumber\nA LTD,01234567\n')).toBe(
      'ch.basic.columns',
    );
  });

  it('UTF-16 XML is named as such, not as a CSV', () => {
    const xml = '<?xml version="1.0"?><EXPSSDA903></EXPSSDA903>';
    const bytes = new Uint8Array(2 + xml.length * 2);
    bytes.set([0xff, 0xfe]);
    for (let k = 0; k < xml.length; k += 1) bytes[2 + k * 2] = xml.charCodeAt(k);
    expect(outcome('return.xml', bytes)).toBe('ssda903.utf-16-xml');
  });

  it('well-formed XML with elements named __proto__ and constructor is read', () => {
    const xml =
      '<EXPSSDA903><CHILD><HEADER><CHILDID>1</CHILDID><__proto__>x</__proto__></HEADER>' +
      '<constructor><DECOM>2023-05-01</DECOM></constructor><EPISODE><DECOM>2023-05-01</DECOM></EPISODE></CHILD></EXPSSDA903>';
    const read = read903Xml('return.xml', xml);
    expect(read.tables.Header).toHaveLength(1);
    expect(read.tables.Episodes).toHaveLength(1);
    expect(read.problems.map((problem) => problem.value)).toEqual(
      expect.arrayContaining(['__proto__', 'constructor']),
    );
    expect(() => read903Xml('return.xml', '<EXPSSDA903><CHILD>')).toThrow(FileRefusedError);
  });
});
