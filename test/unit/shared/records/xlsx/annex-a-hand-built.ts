import { columnLetter, readAnnexA } from '../../../../../shared/records/xlsx';
import type { AnnexAResult } from '../../../../../shared/records/xlsx';
import { handMadeXlsx } from './hand-made-xlsx';

/**
 * Small Annex A workbooks written cell by cell, as a council's system might
 * export them: text as inline strings, numbers as numbers, dates as Excel
 * serials formatted dd/mm/yyyy.
 */

/** A cell: text, a number, a date (`{ date: 'YYYY-MM-DD' }`) or empty. */
export type HandCell = string | number | { readonly date: string } | null;

const escape = (text: string): string =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** Days since 1899-12-30, the 1900 date system's day 0 for serials after February 1900. */
const serial = (iso: string): number =>
  (Date.parse(`${iso}T00:00:00Z`) - Date.UTC(1899, 11, 30)) / 86_400_000;

function cellXml(cell: HandCell, reference: string): string {
  if (cell === null) return '';
  if (typeof cell === 'number') return `<c r="${reference}"><v>${cell}</v></c>`;
  if (typeof cell === 'string')
    return `<c r="${reference}" t="inlineStr"><is><t xml:space="preserve">${escape(cell)}</t></is></c>`;
  return `<c r="${reference}" s="1"><v>${serial(cell.date)}</v></c>`;
}

/** The `<sheetData>` rows of a sheet: the first row is row 1. */
function rowsXml(rows: readonly (readonly HandCell[])[]): string {
  return rows
    .map(
      (cells, index) =>
        `<row r="${index + 1}">${cells.map((cell, column) => cellXml(cell, `${columnLetter(column)}${index + 1}`)).join('')}</row>`,
    )
    .join('');
}

/** An xlsx with the given sheets, each a header row then data rows. */
export function annexAWorkbook(
  sheets: Readonly<Record<string, readonly (readonly HandCell[])[]>>,
): Uint8Array {
  return handMadeXlsx(
    Object.entries(sheets).map(([name, rows]) => ({ name, rows: rowsXml(rows) })),
    { formats: ['dd/mm/yyyy'] },
  );
}

/** Reads such a workbook as `file`. */
export function readHandBuilt(
  file: string,
  sheets: Readonly<Record<string, readonly (readonly HandCell[])[]>>,
): AnnexAResult {
  return readAnnexA(file, annexAWorkbook(sheets));
}
