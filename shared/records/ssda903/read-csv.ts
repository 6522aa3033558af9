/**
 * Reads one SSDA903 CSV table. The table is recognised by its set of column
 * names (csc-validator-be-903 `ingress.read_csvs_from_text`), never by the file
 * name. A BOM, CRLF line ends and a missing final newline are all accepted.
 * Every record is kept as text with its file row number (header = row 1), and
 * every cell is checked against the spec of the return's collection year
 * (spec-cells.ts). A column no 903 table has (real exports often add one) is
 * named in a warning and ignored; the rest of the table is read.
 */
import { FileRefusedError, type RecordProblem } from '../problem';
import { MAX_FIELD_CHARS, MAX_FIELDS_PER_ROW, MAX_ROWS_PER_TABLE, quoted } from '../../limits';
import { eachCsvRecord } from './csv-tokenize';
import { longFieldOf, refuseOverLimits, type LongField } from './read-csv-limits';
import { decodeOrRefuse, encodingProblem, refuse } from './refuse';
import { closeCapped } from '../problem-cap';
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
        `the header row names the column ${quoted(column)} twice, so the file's columns cannot be told apart. ` +
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
    `the header row (${quoted(listed(columns))}) is not the column set of any SSDA903 table, so it cannot be read. ` +
      `The nearest is ${near.table} (${USUAL_FILE_NAME[near.table]}), which has ${listed(TABLE_COLUMNS[near.table])}: ` +
      `missing ${quoted(listed(near.missing))}; not expected ${quoted(listed(near.extra))}. ` +
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
  closeCapped(result.problems);
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
    value: quoted(names.join(', ')),
    message:
      `${file} has ${extra.length === 1 ? 'a column' : 'columns'} the SSDA903 ${table} table does not have ` +
      `(${quoted(names.join(', '))}); ${extra.length === 1 ? 'it was' : 'they were'} ignored and the rest of the table was read.`,
  };
}

/** The header's table, or the refusal it earns (thrown only once the limits are checked). */
type HeaderRead =
  | {
      readonly ok: true;
      readonly names: readonly string[];
      readonly table: TableName;
      readonly extra: readonly string[];
    }
  | { readonly ok: false; readonly refusal: FileRefusedError };

function readHeader(file: string, header: readonly string[]): HeaderRead {
  if (header.every((name) => name.trim() === '')) {
    return {
      ok: false,
      refusal: refuse(
        file,
        'ssda903.empty',
        'the file is empty: there is no header row. Export the table again.',
      ),
    };
  }
  const names = header.map((name) => name.trim());
  try {
    return { ok: true, names, ...identifyOrRefuse(file, names) };
  } catch (error: unknown) {
    if (error instanceof FileRefusedError) return { ok: false, refusal: error };
    throw error;
  }
}

/**
 * Reads an SSDA903 CSV table without checking its cells (the caller does,
 * once the year is known). Each record becomes a row as it is read (a table
 * of 100,000 rows never holds its records and its rows at once); the
 * refusals are made in the same order as if the whole text were read first:
 * the limits, then the header, then a cut-short end.
 */
export function readCsvTable(file: string, input: Uint8Array | string): Ssda903CsvResult {
  const decoded = decodeOrRefuse(file, input, 'CSV');
  const problems: RecordProblem[] = [];
  const encoding = encodingProblem(file, decoded);
  if (encoding !== undefined) problems.push(encoding);
  const rows: Ssda903Row[] = [];
  let header: HeaderRead | undefined;
  let columns: readonly string[] = [];
  let positions: readonly number[] = [];
  let long: LongField | undefined;
  let last: readonly string[] | undefined;
  // The header and at most the limit of rows, so a file of millions of tiny rows is refused, not built.
  const csv = eachCsvRecord(
    decoded.text,
    { records: MAX_ROWS_PER_TABLE + 1, fields: MAX_FIELDS_PER_ROW },
    (record, index, chars) => {
      last = record;
      // No field can be longer than its record's text: most records need no look.
      if (chars > MAX_FIELD_CHARS) long ??= longFieldOf(record, index);
      if (index === 0) {
        header = readHeader(file, record);
        if (!header.ok) return;
        if (header.extra.length > 0)
          problems.push(extraColumnProblem(file, header.table, header.extra));
        columns = TABLE_COLUMNS[header.table];
        const names = header.names;
        positions = columns.map((column) => names.indexOf(column));
        return;
      }
      if (header?.ok !== true || long !== undefined) return;
      if (record.length === 1 && record[0] === '') return; // a blank line: no record
      rows.push(rowOf(file, header, columns, positions, record, index, problems));
    },
  );
  refuseOverLimits(file, csv, long);
  if (header === undefined) {
    throw refuse(
      file,
      'ssda903.empty',
      'the file is empty: there is no header row. Export the table again.',
    );
  }
  if (!header.ok) throw header.refusal;
  const { names, table } = header;
  if (csv.openQuote) {
    throw refuse(
      file,
      'ssda903.truncated-csv',
      `the file ends inside a quoted value on row ${csv.count}, so it looks cut short. ` +
        `Copy or export the whole file again.`,
    );
  }
  if (!csv.endsWithNewline && csv.count > 1 && last !== undefined && last.length < names.length) {
    throw refuse(
      file,
      'ssda903.truncated-csv',
      `the last line (row ${csv.count}) has ${last.length} of ${names.length} fields and no line break ` +
        `after it, so the file looks cut short. Copy or export the whole file again.`,
    );
  }
  return { kind: 'ssda903-csv', file, table, columns, rows, problems, encoding: decoded.encoding };
}

/** One record (0-based `index`; the header is 0) as a row of the table, with a problem when its fields are too few or too many. */
function rowOf(
  file: string,
  header: { readonly names: readonly string[]; readonly table: TableName },
  columns: readonly string[],
  positions: readonly number[],
  record: readonly string[],
  index: number,
  problems: RecordProblem[],
): Ssda903Row {
  const values: Record<string, string> = {};
  for (let k = 0; k < columns.length; k += 1) {
    values[columns[k] ?? ''] = record[positions[k] ?? -1] ?? '';
  }
  const row: Ssda903Row = { row: index + 1, values, problems: [] };
  const names = header.names;
  if (record.length !== names.length) {
    addProblem(
      problems,
      {
        rule: '903.read.field-count',
        severity: 'error',
        file,
        sheet: header.table,
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
  return row;
}
