import { strToU8 } from 'fflate';
import readXlsxFile from 'read-excel-file/node';
import { describe, expect, it } from 'vitest';
import {
  problemReport,
  problemReportCsv,
  problemReportXlsx,
  reportSources,
} from '../../../../../shared/records/problem-report';
import { readRecordFiles } from '../../../../../shared/records/read-files';
import { diedInCareReturn } from '../../../../support/died-in-care-return';

const HEADER = [
  'File',
  'Table',
  'Row',
  'Column',
  'Value',
  'Rule',
  'DfE code',
  'Severity',
  'Message',
  'Child',
];

function report() {
  const files = readRecordFiles(
    diedInCareReturn.map((file) => ({ name: file.name, bytes: strToU8(file.text) })),
  );
  return problemReport(reportSources([{ owner: 'council', files }]));
}

describe('the problem report’s files', () => {
  it('CSV: a BOM, a header, one line per problem, the hostile value defused', () => {
    const made = report();
    const text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(problemReportCsv(made));
    expect(text.startsWith('\uFEFF')).toBe(true);
    const lines = text.slice(1).split('\r\n');
    expect(lines[0]).toBe(HEADER.join(','));
    // A header, a line per problem, and the CRLF that ends the last.
    expect(lines).toHaveLength(made.problems.length + 2);
    expect(lines.at(-1)).toBe('');
    expect(lines).toContain(
      // DfE rule 132 checks the ACTIV code itself, so the reader leaves that cell to it.
      "dc-oc3.csv,OC3,2,ACTIV,'=1+2,903.dfe.132,132,error," +
        'Data entry for activity after leaving care is invalid.,DC-ZOË-1',
    );
    expect(lines).toContain(
      'dc-oc3.csv,OC3,3,IN_TOUCH,YES,903.dfe.1000,1000,error,This child is recorded as having died in care and therefore should not have the care leaver information completed.,DC-2',
    );
  });

  it('xlsx: Problems one row per problem, Summary by rule, Files with their year', async () => {
    const made = report();
    const sheets = await readXlsxFile(Buffer.from(problemReportXlsx(made)));
    expect(sheets.map((sheet) => sheet.sheet)).toEqual(['Problems', 'Summary', 'Files']);
    const [problems, summary, files] = sheets.map((sheet) => sheet.data);
    expect(problems?.[0]).toEqual(HEADER);
    expect(problems?.slice(1)).toEqual(
      made.problems.map((line) => [
        line.file,
        line.table,
        line.row,
        line.column,
        line.value,
        line.rule,
        line.dfeCode,
        line.severity,
        line.message,
        line.child,
      ]),
    );
    // The formula stays the text it was: read back as typed, not evaluated.
    const activ = problems?.find((row) => row[5] === '903.dfe.132');
    expect(activ?.[4]).toBe('=1+2');
    expect(summary).toEqual([
      ['Rule', 'DfE code', 'Message', 'Count'],
      ...made.summary.map((rule) => [rule.rule, rule.dfeCode, rule.message, rule.count]),
    ]);
    expect(summary).toContainEqual([
      '903.dfe.1000',
      '1000',
      'This child is recorded as having died in care and therefore should not have the care leaver information completed.',
      1,
    ]);
    expect(files).toEqual([
      ['File', 'Records of', 'Kind', 'Collection year', 'Problems'],
      ...made.files.map((file) => [file.file, file.owner, file.kind, file.year, file.problems]),
    ]);
    expect(files?.slice(1).map((row) => [row[0], row[3]])).toEqual([
      ['dc-header.csv', '2025/26'],
      ['dc-episodes.csv', '2025/26'],
      ['dc-oc3.csv', '2025/26'],
    ]);
  });
});
