/**
 * A minimal xlsx writer for the demo's workbooks: the smallest SpreadsheetML
 * package Excel and the app's readers open (ECMA-376 Part 1 §18, Part 2
 * Open Packaging Conventions): content types, the package and workbook
 * relationships, the workbook, a styles part with one date format, and one
 * worksheet per sheet. Text is written as inline strings (`t="inlineStr"`),
 * numbers as numbers, dates as serial numbers with a `dd/mm/yyyy` style, as
 * Excel saves real date cells. Zip entries carry a fixed time, so the same
 * sheets give the same bytes.
 */
import { strToU8, zipSync, type Zippable } from 'fflate';
import { dayNumber } from '../../records/ssda903/dates';

/** A date cell, by its ISO `YYYY-MM-DD`. */
export type DateCell = { readonly date: string };

/** One cell: text, a number, a date, or empty. */
export type Cell = string | number | DateCell | null;

/** One worksheet: its tab name and its rows (the first is usually the header). */
export type Sheet = { readonly name: string; readonly rows: readonly (readonly Cell[])[] };

const MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const PKG_REL = 'http://schemas.openxmlformats.org/package/2006/relationships';
const TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml';
const DECLARATION = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';
/** Day 0 of Excel's 1900 date system (1899-12-30) as a day number since 1970-01-01. */
const EXCEL_EPOCH = dayNumber(1899, 12, 30);

function escapeXml(text: string): string {
  return text
    .replaceAll('&', '&amp;')
    .replaceAll('<', '&lt;')
    .replaceAll('>', '&gt;')
    .replaceAll('"', '&quot;');
}

/** The column letters of a 0-based index: 0 → A, 26 → AA. */
function letters(index: number): string {
  let text = '';
  let rest = index + 1;
  while (rest > 0) {
    text = String.fromCharCode(65 + ((rest - 1) % 26)) + text;
    rest = Math.floor((rest - 1) / 26);
  }
  return text;
}

/** The Excel serial of an ISO date (1900 system; every date here is after 1900-03-01). */
function serial(iso: string): number {
  return (
    dayNumber(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)), Number(iso.slice(8, 10))) -
    EXCEL_EPOCH
  );
}

function cellXml(cell: Cell, reference: string): string {
  if (cell === null) return '';
  if (typeof cell === 'number') return `<c r="${reference}"><v>${cell}</v></c>`;
  if (typeof cell === 'string') {
    const space = cell.trim() === cell ? '' : ' xml:space="preserve"';
    return `<c r="${reference}" t="inlineStr"><is><t${space}>${escapeXml(cell)}</t></is></c>`;
  }
  return `<c r="${reference}" s="1"><v>${serial(cell.date)}</v></c>`;
}

function sheetXml(sheet: Sheet): string {
  const rows = sheet.rows.map((cells, index) => {
    const r = index + 1;
    const body = cells.map((cell, column) => cellXml(cell, `${letters(column)}${r}`)).join('');
    return `<row r="${r}">${body}</row>`;
  });
  return `${DECLARATION}<worksheet xmlns="${MAIN}"><sheetData>${rows.join('')}</sheetData></worksheet>`;
}

const STYLES =
  `${DECLARATION}<styleSheet xmlns="${MAIN}">` +
  '<numFmts count="1"><numFmt numFmtId="164" formatCode="dd/mm/yyyy"/></numFmts>' +
  '<fonts count="1"><font><sz val="11"/><name val="Calibri"/></font></fonts>' +
  '<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>' +
  '<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>' +
  '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>' +
  '<cellXfs count="2"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>' +
  '<xf numFmtId="164" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/></cellXfs>' +
  '</styleSheet>';

/** Writes `sheets` as an xlsx workbook, in tab order. */
export function writeXlsx(sheets: readonly Sheet[]): Uint8Array {
  const overrides = sheets
    .map(
      (_, index) =>
        `<Override PartName="/xl/worksheets/sheet${index + 1}.xml" ContentType="${TYPE}.worksheet+xml"/>`,
    )
    .join('');
  const contentTypes =
    `${DECLARATION}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">` +
    '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>' +
    '<Default Extension="xml" ContentType="application/xml"/>' +
    `<Override PartName="/xl/workbook.xml" ContentType="${TYPE}.sheet.main+xml"/>` +
    `<Override PartName="/xl/styles.xml" ContentType="${TYPE}.styles+xml"/>${overrides}</Types>`;
  const packageRels =
    `${DECLARATION}<Relationships xmlns="${PKG_REL}">` +
    `<Relationship Id="rId1" Type="${REL}/officeDocument" Target="xl/workbook.xml"/></Relationships>`;
  const workbook =
    `${DECLARATION}<workbook xmlns="${MAIN}" xmlns:r="${REL}"><sheets>` +
    sheets
      .map(
        (sheet, index) =>
          `<sheet name="${escapeXml(sheet.name)}" sheetId="${index + 1}" r:id="rId${index + 1}"/>`,
      )
      .join('') +
    '</sheets></workbook>';
  const workbookRels =
    `${DECLARATION}<Relationships xmlns="${PKG_REL}">` +
    sheets
      .map(
        (_, index) =>
          `<Relationship Id="rId${index + 1}" Type="${REL}/worksheet" Target="worksheets/sheet${index + 1}.xml"/>`,
      )
      .join('') +
    `<Relationship Id="rId${sheets.length + 1}" Type="${REL}/styles" Target="styles.xml"/></Relationships>`;
  // A local-time date: fflate writes zip (DOS) times from local fields, so this is the same everywhere.
  const mtime = new Date(2026, 0, 1, 12, 0, 0);
  const files: Zippable = {
    '[Content_Types].xml': [strToU8(contentTypes), { mtime }],
    '_rels/.rels': [strToU8(packageRels), { mtime }],
    'xl/workbook.xml': [strToU8(workbook), { mtime }],
    'xl/_rels/workbook.xml.rels': [strToU8(workbookRels), { mtime }],
    'xl/styles.xml': [strToU8(STYLES), { mtime }],
  };
  sheets.forEach((sheet, index) => {
    files[`xl/worksheets/sheet${index + 1}.xml`] = [strToU8(sheetXml(sheet)), { mtime }];
  });
  return zipSync(files, { level: 6 });
}
