/**
 * A small xlsx writer for reports: the least SpreadsheetML package that
 * Excel and LibreOffice open (ECMA-376 Part 1 §18 SpreadsheetML, Part 2 Open
 * Packaging Conventions, https://ecma-international.org/publications-and-standards/standards/ecma-376/):
 * content types, relationships, the workbook, a styles part and one
 * worksheet per sheet, zipped with fflate as bundles are. Each sheet has a
 * bold header row that stays in view (a frozen pane) and set column widths.
 *
 * Text is written as inline strings (`t="inlineStr"`), which a spreadsheet
 * never evaluates, so a value such as `=HYPERLINK(…)` is shown as typed; a
 * cell whose text could start a formula is also given the "quote prefix"
 * style (§18.8.45 `quotePrefix`), so editing it later keeps it text. Zip
 * entries carry a fixed time, so the same sheets give the same bytes.
 */
import { strToU8, zipSync, type Zippable } from 'fflate';
import { looksLikeFormula } from './safe-text';

/** One cell: text, a number, or empty. */
export type XlsxCell = string | number | null;

/** A column: its header text and its width in characters. */
export type XlsxColumn = { readonly header: string; readonly width: number };

/** One worksheet: its tab name (at most 31 characters, none of `[]:*?/\`), columns and rows. */
export type XlsxSheet = {
  readonly name: string;
  readonly columns: readonly XlsxColumn[];
  readonly rows: readonly (readonly XlsxCell[])[];
};

const MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const PKG_REL = 'http://schemas.openxmlformats.org/package/2006/relationships';
const TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml';
const DECLARATION = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';
/** Excel's limit on the characters in one cell (Excel specifications and limits). */
const CELL_LIMIT = 32_767;
/** Style indexes in STYLES' cellXfs. */
const HEADER_STYLE = 1;
const QUOTED_STYLE = 2;

/**
 * XML 1.0 allows only tab, line feed, carriage return and characters from
 * U+0020 (https://www.w3.org/TR/xml/#charsets); a control character from a
 * file would make the sheet unreadable, so it becomes U+FFFD.
 */
const NOT_XML = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu;

function escapeXml(text: string): string {
  return text
    .replace(NOT_XML, '\uFFFD')
    .replaceAll('&', '&amp;')
    .replaceAll('<', '&lt;')
    .replaceAll('>', '&gt;')
    .replaceAll('"', '&quot;');
}

/** The column letters of a 0-based index: 0 → A, 26 → AA. */
export function columnLetters(index: number): string {
  let text = '';
  let rest = index + 1;
  while (rest > 0) {
    text = String.fromCharCode(65 + ((rest - 1) % 26)) + text;
    rest = Math.floor((rest - 1) / 26);
  }
  return text;
}

function textCell(reference: string, text: string, style: number | undefined): string {
  const kept = text.length > CELL_LIMIT ? `${text.slice(0, CELL_LIMIT - 1)}…` : text;
  const space = kept.trim() === kept ? '' : ' xml:space="preserve"';
  const s = style ?? (looksLikeFormula(kept) ? QUOTED_STYLE : undefined);
  const styled = s === undefined ? '' : ` s="${s}"`;
  return `<c r="${reference}"${styled} t="inlineStr"><is><t${space}>${escapeXml(kept)}</t></is></c>`;
}

function cellXml(cell: XlsxCell, reference: string, style?: number): string {
  if (cell === null) return '';
  if (typeof cell === 'number' && Number.isFinite(cell))
    return `<c r="${reference}"><v>${cell}</v></c>`;
  return textCell(reference, String(cell), style);
}

function rowXml(cells: readonly XlsxCell[], r: number, style?: number): string {
  const body = cells.map((cell, c) => cellXml(cell, `${columnLetters(c)}${r}`, style)).join('');
  return `<row r="${r}">${body}</row>`;
}

function sheetXml(sheet: XlsxSheet): string {
  const header = rowXml(
    sheet.columns.map((column) => column.header),
    1,
    HEADER_STYLE,
  );
  const rows = sheet.rows.map((cells, index) => rowXml(cells, index + 2));
  const cols = sheet.columns
    .map(
      (column, c) => `<col min="${c + 1}" max="${c + 1}" width="${column.width}" customWidth="1"/>`,
    )
    .join('');
  // The header row stays in view as the rows scroll (§18.3.1.66 pane).
  const views =
    '<sheetViews><sheetView workbookViewId="0">' +
    '<pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/>' +
    '</sheetView></sheetViews>';
  return (
    `${DECLARATION}<worksheet xmlns="${MAIN}">${views}` +
    `${cols === '' ? '' : `<cols>${cols}</cols>`}<sheetData>${header}${rows.join('')}</sheetData></worksheet>`
  );
}

const STYLES =
  `${DECLARATION}<styleSheet xmlns="${MAIN}">` +
  '<fonts count="2"><font><sz val="11"/><name val="Calibri"/></font>' +
  '<font><b/><sz val="11"/><name val="Calibri"/></font></fonts>' +
  '<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>' +
  '<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>' +
  '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>' +
  '<cellXfs count="3"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>' +
  '<xf numFmtId="0" fontId="1" fillId="0" borderId="0" xfId="0" applyFont="1"/>' +
  '<xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0" quotePrefix="1"/></cellXfs>' +
  '</styleSheet>';

function packageParts(sheets: readonly XlsxSheet[]): Record<string, string> {
  const overrides = sheets
    .map(
      (_, i) =>
        `<Override PartName="/xl/worksheets/sheet${i + 1}.xml" ContentType="${TYPE}.worksheet+xml"/>`,
    )
    .join('');
  const sheetList = sheets
    .map(
      (sheet, i) =>
        `<sheet name="${escapeXml(sheet.name)}" sheetId="${i + 1}" r:id="rId${i + 1}"/>`,
    )
    .join('');
  const sheetRels = sheets
    .map(
      (_, i) =>
        `<Relationship Id="rId${i + 1}" Type="${REL}/worksheet" Target="worksheets/sheet${i + 1}.xml"/>`,
    )
    .join('');
  const parts: Record<string, string> = {
    '[Content_Types].xml':
      `${DECLARATION}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">` +
      '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>' +
      '<Default Extension="xml" ContentType="application/xml"/>' +
      `<Override PartName="/xl/workbook.xml" ContentType="${TYPE}.sheet.main+xml"/>` +
      `<Override PartName="/xl/styles.xml" ContentType="${TYPE}.styles+xml"/>${overrides}</Types>`,
    '_rels/.rels':
      `${DECLARATION}<Relationships xmlns="${PKG_REL}">` +
      `<Relationship Id="rId1" Type="${REL}/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
    'xl/workbook.xml':
      `${DECLARATION}<workbook xmlns="${MAIN}" xmlns:r="${REL}">` +
      `<bookViews><workbookView/></bookViews><sheets>${sheetList}</sheets></workbook>`,
    'xl/_rels/workbook.xml.rels':
      `${DECLARATION}<Relationships xmlns="${PKG_REL}">${sheetRels}` +
      `<Relationship Id="rId${sheets.length + 1}" Type="${REL}/styles" Target="styles.xml"/></Relationships>`,
    'xl/styles.xml': STYLES,
  };
  sheets.forEach((sheet, i) => {
    parts[`xl/worksheets/sheet${i + 1}.xml`] = sheetXml(sheet);
  });
  return parts;
}

/** `sheets` as an xlsx workbook, in tab order; each sheet's first row is its columns' headers. */
export function writeXlsx(sheets: readonly XlsxSheet[]): Uint8Array {
  // A local-time date: fflate writes zip (DOS) times from local fields, so this is the same everywhere.
  const mtime = new Date(2026, 0, 1, 12, 0, 0);
  const files: Zippable = {};
  for (const [name, xml] of Object.entries(packageParts(sheets))) {
    files[name] = [strToU8(xml), { mtime }];
  }
  return zipSync(files, { level: 6 });
}
