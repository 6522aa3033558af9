import { strFromU8, unzipSync } from 'fflate';
import readXlsxFile from 'read-excel-file/node';
import { SaxesParser } from 'saxes';
import { describe, expect, it } from 'vitest';
import { columnLetters, writeXlsx } from '../../../../../shared/records/export/xlsx';
import { readXlsx } from '../../../../../shared/records/xlsx';

const sheets = [
  {
    name: 'Problems',
    columns: [
      { header: 'Value', width: 20 },
      { header: 'Row', width: 8 },
      { header: 'Note', width: 40 },
    ],
    rows: [
      ['=1+2', 2, 'Zoë & <Ann> "quoted"'],
      ['  padded  ', null, 'bell\u0007here'],
    ],
  },
  { name: 'Summary', columns: [{ header: 'Count', width: 10 }], rows: [[7]] },
];

describe('the xlsx writer', () => {
  it('writes a workbook read-excel-file opens: each sheet, header first, text kept as text', async () => {
    // trim: false, so spaces kept by xml:space="preserve" are seen as written.
    const read = await readXlsxFile(Buffer.from(writeXlsx(sheets)), { trim: false });
    expect(read.map((sheet) => sheet.sheet)).toEqual(['Problems', 'Summary']);
    expect(read[0]?.data).toEqual([
      ['Value', 'Row', 'Note'],
      ['=1+2', 2, 'Zoë & <Ann> "quoted"'],
      ['  padded  ', null, 'bell\uFFFDhere'],
    ]);
    expect(read[1]?.data).toEqual([['Count'], [7]]);
  });

  it('is a package the app’s own xlsx reader opens as a workbook', () => {
    // Not an Annex A or a provider list, so the reader refuses it by its content, not as a broken zip.
    expect(() => readXlsx('report.xlsx', writeXlsx(sheets))).toThrow(
      'its sheets are "Problems", "Summary"',
    );
  });

  it('marks formula-like text with the quote prefix, sets widths, bolds and freezes the header', () => {
    const parts = unzipSync(writeXlsx(sheets));
    const sheet = strFromU8(parts['xl/worksheets/sheet1.xml'] ?? new Uint8Array());
    const styles = strFromU8(parts['xl/styles.xml'] ?? new Uint8Array());
    expect(sheet).toContain('<c r="A2" s="2" t="inlineStr"><is><t>=1+2</t></is></c>');
    expect(sheet).not.toContain('<f>');
    expect(sheet).toContain('<c r="A1" s="1" t="inlineStr">');
    expect(sheet).toContain('<col min="3" max="3" width="40" customWidth="1"/>');
    expect(sheet).toContain('state="frozen"');
    expect(styles).toMatch(/<xf [^>]*quotePrefix="1"/);
    expect(styles).toContain('<font><b/>');
  });

  it('writes every part as well-formed XML, even with a control character and markup in a cell', () => {
    const parts = unzipSync(writeXlsx(sheets));
    expect(Object.keys(parts).sort()).toEqual([
      '[Content_Types].xml',
      '_rels/.rels',
      'xl/_rels/workbook.xml.rels',
      'xl/styles.xml',
      'xl/workbook.xml',
      'xl/worksheets/sheet1.xml',
      'xl/worksheets/sheet2.xml',
    ]);
    for (const [name, bytes] of Object.entries(parts)) {
      const parser = new SaxesParser();
      expect(() => parser.write(strFromU8(bytes)).close(), name).not.toThrow();
    }
  });

  it('gives the same bytes for the same sheets, and letters columns past Z', () => {
    expect(writeXlsx(sheets)).toEqual(writeXlsx(sheets));
    expect([0, 25, 26, 701, 702].map(columnLetters)).toEqual(['A', 'Z', 'AA', 'ZZ', 'AAA']);
  });
});
