/**
 * The problem report as the files a council works from: a CSV with one line
 * per problem, and an xlsx workbook with the same lines on a "Problems"
 * sheet, the count per rule on "Summary", and each file with its collection
 * year on "Files" (where a report of several years says which is which).
 */
import { writeCsv, type CsvCell } from '../export/csv';
import { writeXlsx, type XlsxColumn } from '../export/xlsx';
import type { ProblemReport, ProblemReportLine } from './report';

/** The problem columns, in order, with their widths in the workbook. */
const PROBLEM_COLUMNS: readonly (XlsxColumn & {
  readonly cell: (line: ProblemReportLine) => CsvCell;
})[] = [
  { header: 'File', width: 28, cell: (line) => line.file },
  { header: 'Table', width: 14, cell: (line) => line.table },
  { header: 'Row', width: 8, cell: (line) => line.row },
  { header: 'Column', width: 14, cell: (line) => line.column },
  { header: 'Value', width: 16, cell: (line) => line.value },
  { header: 'Rule', width: 34, cell: (line) => line.rule },
  { header: 'DfE code', width: 10, cell: (line) => line.dfeCode },
  { header: 'Severity', width: 10, cell: (line) => line.severity },
  { header: 'Message', width: 80, cell: (line) => line.message },
  { header: 'Child', width: 14, cell: (line) => line.child },
];

const SUMMARY_COLUMNS: readonly XlsxColumn[] = [
  { header: 'Rule', width: 34 },
  { header: 'DfE code', width: 10 },
  { header: 'Message', width: 100 },
  { header: 'Count', width: 10 },
];

const FILE_COLUMNS: readonly XlsxColumn[] = [
  { header: 'File', width: 36 },
  { header: 'Records of', width: 16 },
  { header: 'Kind', width: 16 },
  { header: 'Collection year', width: 16 },
  { header: 'Problems', width: 10 },
];

function problemRows(report: ProblemReport): CsvCell[][] {
  return report.problems.map((line) => PROBLEM_COLUMNS.map((column) => column.cell(line)));
}

/** The report's problems as CSV (UTF-8 with a byte order mark), one line each under a header. */
export function problemReportCsv(report: ProblemReport): Uint8Array {
  return writeCsv([PROBLEM_COLUMNS.map((column) => column.header), ...problemRows(report)]);
}

/** The report as an xlsx workbook: sheets "Problems", "Summary" and "Files". */
export function problemReportXlsx(report: ProblemReport): Uint8Array {
  return writeXlsx([
    {
      name: 'Problems',
      columns: PROBLEM_COLUMNS.map(({ header, width }) => ({ header, width })),
      rows: problemRows(report),
    },
    {
      name: 'Summary',
      columns: SUMMARY_COLUMNS,
      rows: report.summary.map((rule) => [rule.rule, rule.dfeCode, rule.message, rule.count]),
    },
    {
      name: 'Files',
      columns: FILE_COLUMNS,
      rows: report.files.map((file) => [
        file.file,
        file.owner,
        file.kind,
        // A previous-year return's files are listed for what they are, not as the return inspected.
        file.period === 'previous' ? `${file.year ?? ''} (previous year)`.trim() : file.year,
        file.problems,
      ]),
    },
  ]);
}
