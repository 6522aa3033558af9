/**
 * Reads one SSDA903 CSV table. The table is recognised by its set of column
 * names (csc-validator-be-903 `ingress.read_csvs_from_text`), never by the file
 * name. A BOM, CRLF line ends and a missing final newline are all accepted.
 * Every record is kept as text with its file row number (header = row 1), and
 * every cell is checked against the spec of the return's collection year
 * (spec-cells.ts). A column no 903 table has (real exports often add one) is
 * named in a warning and ignored; the rest of the table is read.
 */
import type { RecordProblem } from '../problem';
import { tokenizeCsv } from './csv-tokenize';
import { decodeOrRefuse, encodingProblem, refuse } from './refuse';
import { checkCells, type CellCheckOptions } from './spec-cells';
import { matchTable, nearestTable, TABLE_COLUMNS, USUAL_FILE_NAME, type TableName } from './tables';
import { addProblem, type Ssda903CsvResult, type Ssda903Row } from './types';

function listed(names: readonly string[]): string {
  return names.length === 0 ? 'none' : names.join(', ');
}

function identifyOrRefuse(
  file: string,
  columns: readonly string[],
): { readonly table: TableName; readonly extra: readonly string[] } {
  const seen = new Set<string>();
  for (const column of columns) {
    if (seen.has(column)) {
      throw refuse(
        file,
        'ssda903.duplicate-column',
        `the header row names the column ${column} twice, so the file's columns cannot be told apart. ` +
          `Export the table again with each DfE column once.`,
      );
    }
    seen.add(column);
  }
  const match = matchTable(columns);
  if (match !== undefined) return match;
  const near = nearestTable(columns);
  throw refuse(
    file,
    'ssda903.unknown-header',
    `the header row (${listed(columns)}) is not the column set of any SSDA903 table, so it cannot be read. ` +
      `The nearest is ${near.table} (${USUAL_FILE_NAME[near.table]}), which has ${listed(TABLE_COLUMNS[near.table])}: ` +
      `missing ${listed(near.missing)}; not expected ${listed(near.extra)}. ` +
      `Export the table again with the DfE column names.`,
  );
}

/**
 * Reads an SSDA903 CSV file (bytes or text) and checks every cell against the
 * spec of `options.year` (by default the year the file's own episodes imply;
 * spec-cells.ts). Throws FileRefusedError when the file cannot be read as a
 * 903 table: binary or zip content, an unknown set of columns, or a truncated
 * end (an open quote, or a last line with fewer fields than the header and no
 * final newline).
 */
export function read903Csv(
  file: string,
  input: Uint8Array | string,
  options: CellCheckOptions = {},
): Ssda903CsvResult {
  const result = readCsvTable(file, input);
  checkCells(result, options);
  return result;
}

function extraColumnProblem(
  file: string,
  table: TableName,
  extra: readonly string[],
): RecordProblem {
  const names = extra.map((name) => (name === '' ? '(blank)' : name));
  return {
    rule: '903.read.extra-column',
    severity: 'warning',
    file,
    sheet: table,
    value: names.join(', '),
    message:
      `${file} has ${extra.length === 1 ? 'a column' : 'columns'} the SSDA903 ${table} table does not have ` +
      `(${names.join(', ')}); ${extra.length === 1 ? 'it was' : 'they were'} ignored and the rest of the table was read.`,
  };
}

/** Reads an SSDA903 CSV table without checking its cells (the caller does, once the year is known). */
export function readCsvTable(file: string, input: Uint8Array | string): Ssda903CsvResult {
  const decoded = decodeOrRefuse(file, input, 'CSV');
  const csv = tokenizeCsv(decoded.text);
  const header = csv.records[0];
  if (header === undefined || header.every((name) => name.trim() === '')) {
    throw refuse(
      file,
      'ssda903.empty',
      'the file is empty: there is no header row. Export the table again.',
    );
  }
  const names = header.map((name) => name.trim());
  const { table, extra } = identifyOrRefuse(file, names);
  const last = csv.records.at(-1);
  if (csv.openQuote) {
    throw refuse(
      file,
      'ssda903.truncated-csv',
      `the file ends inside a quoted value on row ${csv.records.length}, so it looks cut short. ` +
        `Copy or export the whole file again.`,
    );
  }
  if (
    !csv.endsWithNewline &&
    csv.records.length > 1 &&
    last !== undefined &&
    last.length < names.length
  ) {
    throw refuse(
      file,
      'ssda903.truncated-csv',
      `the last line (row ${csv.records.length}) has ${last.length} of ${names.length} fields and no line break ` +
        `after it, so the file looks cut short. Copy or export the whole file again.`,
    );
  }

  const problems: RecordProblem[] = [];
  const encoding = encodingProblem(file, decoded);
  if (encoding !== undefined) problems.push(encoding);
  if (extra.length > 0) problems.push(extraColumnProblem(file, table, extra));
  const columns = TABLE_COLUMNS[table];
  const positions = columns.map((column) => names.indexOf(column));
  const rows: Ssda903Row[] = [];
  for (let index = 1; index < csv.records.length; index += 1) {
    const record = csv.records[index] ?? [];
    if (record.length === 1 && record[0] === '') continue; // a blank line: no record
    const values: Record<string, string> = {};
    for (let k = 0; k < columns.length; k += 1) {
      values[columns[k] ?? ''] = record[positions[k] ?? -1] ?? '';
    }
    const row: Ssda903Row = { row: index + 1, values, problems: [] };
    rows.push(row);
    if (record.length !== names.length) {
      addProblem(
        problems,
        {
          rule: '903.read.field-count',
          severity: 'error',
          file,
          sheet: table,
          row: row.row,
          message:
            `Row ${row.row} has ${record.length} fields but the header has ${names.length}` +
            (record.length < names.length
              ? '; the missing ones are read as blank.'
              : '; the extra ones are ignored.') +
            ' A comma inside a value needs double quotes around the value.',
        },
        row,
      );
    }
  }
  return { kind: 'ssda903-csv', file, table, columns, rows, problems, encoding: decoded.encoding };
}
