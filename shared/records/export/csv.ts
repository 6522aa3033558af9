/**
 * A CSV writer for the files councils open in Excel: RFC 4180
 * (https://www.rfc-editor.org/rfc/rfc4180) — CRLF line ends, a field quoted
 * when it holds a comma, a double quote or a line break, quotes doubled —
 * as UTF-8 with a byte order mark, without which Excel reads UTF-8 as the
 * Windows code page and mangles names such as "Zoë"
 * (https://learn.microsoft.com/en-us/office/troubleshoot/excel/open-csv-file-with-special-characters).
 */
import { strToU8 } from 'fflate';
import { formulaSafe } from './safe-text';

/** One CSV field: text, a number, or empty. */
export type CsvCell = string | number | null;

const NEEDS_QUOTES = /[",\r\n]/;

function field(cell: CsvCell): string {
  if (cell === null) return '';
  // Numbers are the report's own (row numbers, counts); text may come from a file and is defused.
  const text = typeof cell === 'number' ? String(cell) : formulaSafe(cell);
  return NEEDS_QUOTES.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/** The CSV text of `rows` (the first is the header), each record ended by CRLF. */
export function csvText(rows: readonly (readonly CsvCell[])[]): string {
  return rows.map((cells) => `${cells.map(field).join(',')}\r\n`).join('');
}

/** `rows` as CSV bytes: UTF-8 with a byte order mark. */
export function writeCsv(rows: readonly (readonly CsvCell[])[]): Uint8Array {
  return strToU8(`\uFEFF${csvText(rows)}`);
}
