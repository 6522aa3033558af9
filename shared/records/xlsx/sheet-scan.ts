import type { CellValue } from './cell';
import { columnLetter, isoToSerial } from './cell';
import { MAX_FIELD_CHARS, MAX_ROWS_PER_TABLE, quoted } from '../../limits';
import { decodeXmlText } from './xml-text';

/**
 * Reads the rows of one worksheet part (ECMA-376 Part 1 §18.3.1.73 `row`,
 * §18.3.1.4 `c`). Cells keep the column their `r` reference gives them, so a
 * skipped empty cell leaves a `null` gap rather than shifting later cells.
 *
 * This is the hot loop of every import (a 100,000-row Annex A sheet is some
 * 14 million tags), so it walks the XML by character codes and keeps the
 * parts of the current cell in locals rather than building strings or
 * objects per tag. Element prefixes (`<x:c>`) are ignored.
 */

/** One worksheet row: its 1-based row number and its cells by 0-based column index. */
export type XlsxRow = { readonly row: number; readonly cells: readonly CellValue[] };

/** What a worksheet's cells refer to: the shared strings and which styles are dates. */
export type SheetContext = {
  readonly sharedStrings: readonly string[];
  readonly dateStyles: readonly boolean[];
  /** Days to add to a serial to move it from the 1904 to the 1900 date system (1462), or 0. */
  readonly serialOffset: number;
};

// Cell types (ST_CellType, ECMA-376 Part 1 §18.18.11), as small integers.
const NUMBER = 0;
const SHARED = 1;
const FORMULA_STRING = 2;
const INLINE = 3;
const BOOLEAN = 4;
const ERROR = 5;
const ISO_DATE = 6;

function isNameEnd(code: number): boolean {
  // space, tab, LF, CR, `/`, `>`, or past the end (NaN)
  return (
    code === 32 ||
    code === 9 ||
    code === 10 ||
    code === 13 ||
    code === 47 ||
    code === 62 ||
    Number.isNaN(code)
  );
}

/** Start of the local name of the tag opening at `lt` (after `<`, `/` and any prefix). */
function localNameStart(xml: string, lt: number): number {
  let at = xml.charCodeAt(lt + 1) === 47 ? lt + 2 : lt + 1;
  let start = at;
  for (let code = xml.charCodeAt(at); !isNameEnd(code); code = xml.charCodeAt(at)) {
    if (code === 58 /* : */) start = at + 1;
    at += 1;
  }
  return start;
}

/** True when the local name at `start` is exactly `name`. */
function nameIs(xml: string, start: number, name: string): boolean {
  return xml.startsWith(name, start) && isNameEnd(xml.charCodeAt(start + name.length));
}

function typeOf(xml: string, start: number, end: number): number {
  switch (end - start) {
    case 1: {
      const code = xml.charCodeAt(start);
      if (code === 115) return SHARED; // s
      if (code === 98) return BOOLEAN; // b
      if (code === 101) return ERROR; // e
      return code === 100 ? ISO_DATE : NUMBER; // d, n
    }
    case 3:
      return FORMULA_STRING; // str
    case 9:
      return INLINE; // inlineStr
    default:
      return NUMBER;
  }
}

function digits(xml: string, start: number, end: number): number {
  let value = 0;
  for (let at = start; at < end; at += 1) {
    const code = xml.charCodeAt(at);
    if (code < 48 || code > 57) break;
    value = value * 10 + (code - 48);
  }
  return value;
}

/** The 0-based column of a cell reference such as `AB12`, or -1 if it has no letters. */
function referenceColumn(xml: string, start: number, end: number): number {
  let column = 0;
  let at = start;
  // Excel's last column is XFD: three letters at most; a longer run of
  // letters (a damaged reference) stops counting there and fails the check below.
  for (; at < end && at - start < 4; at += 1) {
    const code = xml.charCodeAt(at) | 32; // lower case
    if (code < 97 || code > 122) break;
    column = column * 26 + (code - 96);
  }
  return at === start ? -1 : column - 1;
}

/** Columns A to XFD (ECMA-376 Part 1, §18.3.1.4 "c (Cell)"; Excel's 16,384 columns). */
const MAX_COLUMNS = 16_384;

/**
 * A sheet that cannot be read whole: damaged (a cell beyond the last column,
 * a row cut off, a shared string that is not there) or, with `tooLarge`,
 * over a limit. The caller names the file and the sheet.
 */
export class SheetDamagedError extends Error {
  override readonly name = 'SheetDamagedError';
  constructor(
    message: string,
    readonly tooLarge = false,
  ) {
    super(message);
  }
}

/** Refuses a value longer than one cell may hold. */
function checkLength(text: string, row: number, column: number): string {
  if (text.length <= MAX_FIELD_CHARS) return text;
  throw new SheetDamagedError(
    `cell ${columnLetter(column)}${row} holds ${text.length.toLocaleString('en-GB')} characters, more than the ${MAX_FIELD_CHARS.toLocaleString('en-GB')} a cell may hold`,
    true,
  );
}

/**
 * Where the quoted value after the `=` at `eq` closes, within the tag ending
 * at `gt`, or -1. Only `"` and `'` open a value, and a value never runs past
 * its tag: a tag like `<c r=x>` once sent the search to the end of the sheet
 * for every cell, which made such a sheet quadratic.
 */
function quoteEnd(xml: string, eq: number, gt: number): number {
  const quote = xml.charCodeAt(eq + 1);
  if (quote !== 34 && quote !== 39) return -1;
  const end = xml.indexOf(quote === 34 ? '"' : "'", eq + 2);
  return end < 0 || end > gt ? -1 : end;
}

/** Where the value found by {@link attributeStart} ends (one past its last character). */
let attributeEnd = 0;

/**
 * Where the value of one-letter attribute `name` (a char code; unprefixed)
 * starts in the tag `[from, gt)`, or -1; its end is left in `attributeEnd`.
 */
function attributeStart(xml: string, from: number, gt: number, name: number): number {
  let at = from;
  while (at < gt) {
    const eq = xml.indexOf('=', at);
    if (eq < 0 || eq > gt) return -1;
    const end = quoteEnd(xml, eq, gt);
    if (end < 0) return -1;
    const before = xml.charCodeAt(eq - 2);
    if (
      xml.charCodeAt(eq - 1) === name &&
      (before === 32 || before === 9 || before === 10 || before === 13)
    ) {
      attributeEnd = end;
      return eq + 2;
    }
    at = end + 1;
  }
  return -1;
}

// What {@link readCellTag} found in the current `<c>` tag.
let tagColumn = -1;
let tagStyle = 0;
let tagType = NUMBER;

/** Reads a `<c>` tag's `r`, `s` and `t` attributes in one pass over `[from, gt)`. */
function readCellTag(xml: string, from: number, gt: number): void {
  tagColumn = -1;
  tagStyle = 0;
  tagType = NUMBER;
  let at = from;
  while (at < gt) {
    const eq = xml.indexOf('=', at);
    if (eq < 0 || eq > gt) return;
    const start = eq + 2;
    const end = quoteEnd(xml, eq, gt);
    if (end < 0) return;
    const before = xml.charCodeAt(eq - 2);
    if (before === 32 || before === 9 || before === 10 || before === 13) {
      const name = xml.charCodeAt(eq - 1);
      if (name === 114 /* r */) tagColumn = referenceColumn(xml, start, end);
      else if (name === 115 /* s */) tagStyle = digits(xml, start, end);
      else if (name === 116 /* t */) tagType = typeOf(xml, start, end);
    }
    at = end + 1;
  }
}

function toValue(
  type: number,
  style: number,
  value: string | undefined,
  formula: string | undefined,
  inline: string | undefined,
  context: SheetContext,
): CellValue {
  if (type === INLINE) return inline ?? '';
  if (value === undefined) return formula === undefined ? null : { kind: 'formula', formula };
  switch (type) {
    case SHARED: {
      const text = /^\s*\d+\s*$/.test(value) ? context.sharedStrings[Number(value)] : undefined;
      if (text === undefined) {
        throw new SheetDamagedError(
          `a cell refers to shared string ${quoted(value)}, but the workbook has only ${context.sharedStrings.length.toLocaleString('en-GB')}`,
        );
      }
      return text;
    }
    case FORMULA_STRING:
      return decodeXmlText(value);
    case BOOLEAN:
      return value === '1' || value === 'true';
    case ERROR:
      return { kind: 'error', code: value.trim() };
    case ISO_DATE: {
      const serial = isoToSerial(value);
      return serial === undefined ? value : { kind: 'date', serial };
    }
    default: {
      if (value.length === 0) return null;
      const number = Number(value);
      if (Number.isNaN(number)) return value.trim() === '' ? null : decodeXmlText(value);
      return context.dateStyles[style] === true
        ? { kind: 'date', serial: number + context.serialOffset }
        : number;
    }
  }
}

/**
 * The rows of a worksheet's XML, in order. Rows with no cells are left out.
 * `maxRows` stops early (used to read only header rows).
 */
export function scanSheet(xml: string, context: SheetContext, maxRows = Infinity): XlsxRow[] {
  const rows: XlsxRow[] = [];
  const open = xml.indexOf('sheetData');
  if (open < 0) return rows;
  const openEnd = xml.indexOf('>', open);
  // `<sheetData/>`: a sheet with no cells.
  if (openEnd > 0 && xml.charCodeAt(openEnd - 1) === 47) return rows;
  let pos = openEnd + 1;
  let closed = false;
  let rowNumber = 0;
  let cells: CellValue[] = [];
  let column = -1;
  // The cell being read.
  let type = NUMBER;
  let style = 0;
  let value: string | undefined;
  let formula: string | undefined;
  let inline: string | undefined;
  let inCell = false;
  let inInline = false;
  let inPhonetic = false;
  while (pos > 0) {
    const lt = xml.indexOf('<', pos);
    if (lt < 0) break;
    const gt = xml.indexOf('>', lt);
    if (gt < 0) break;
    pos = gt + 1;
    const closing = xml.charCodeAt(lt + 1) === 47;
    const selfClosing = xml.charCodeAt(gt - 1) === 47;
    const name = localNameStart(xml, lt);
    const first = xml.charCodeAt(name);
    if (first === 118 /* v */ && inCell && !closing && nameIs(xml, name, 'v')) {
      value = selfClosing ? '' : xml.slice(pos, xml.indexOf('<', pos));
    } else if (first === 99 /* c */ && nameIs(xml, name, 'c')) {
      if (closing) {
        if (inCell) {
          try {
            cells[column] = toValue(type, style, value, formula, inline, context);
          } catch (error: unknown) {
            if (!(error instanceof SheetDamagedError)) throw error;
            throw new SheetDamagedError(
              `${error.message} (cell ${columnLetter(column)}${rowNumber})`,
              error.tooLarge,
            );
          }
          const cell = cells[column];
          if (typeof cell === 'string') checkLength(cell, rowNumber, column);
        }
        inCell = false;
        continue;
      }
      readCellTag(xml, name + 1, gt);
      column = tagColumn < 0 ? column + 1 : tagColumn;
      if (column >= MAX_COLUMNS) {
        // Padding the row out to such a column would build an array of
        // millions of cells (a flipped byte did: V8 aborted the process).
        throw new SheetDamagedError(`a cell in row ${rowNumber} lies beyond the last column, XFD`);
      }
      while (cells.length < column) cells.push(null);
      style = tagStyle;
      type = tagType;
      value = undefined;
      formula = undefined;
      inline = undefined;
      inCell = !selfClosing;
      if (selfClosing) cells[column] = null;
    } else if (inCell && first === 102 /* f */ && !closing && nameIs(xml, name, 'f')) {
      formula = selfClosing ? '' : decodeXmlText(xml.slice(pos, xml.indexOf('<', pos)));
    } else if (inCell && first === 105 /* i */ && nameIs(xml, name, 'is')) {
      inInline = !closing && !selfClosing;
    } else if (inCell && first === 114 /* r */ && nameIs(xml, name, 'rPh')) {
      inPhonetic = !closing && !selfClosing;
    } else if (
      inInline &&
      !inPhonetic &&
      first === 116 /* t */ &&
      !closing &&
      !selfClosing &&
      nameIs(xml, name, 't')
    ) {
      inline = (inline ?? '') + decodeXmlText(xml.slice(pos, xml.indexOf('<', pos)));
    } else if (first === 114 /* r */ && nameIs(xml, name, 'row')) {
      if (!closing) {
        const number = attributeStart(xml, name + 3, gt, 114 /* r */);
        rowNumber = number < 0 ? rowNumber + 1 : digits(xml, number, attributeEnd);
      }
      if (closing || selfClosing) {
        if (cells.length > 0) rows.push({ row: rowNumber, cells });
        if (rows.length >= maxRows) return rows;
        if (rows.length > MAX_ROWS_PER_TABLE) {
          throw new SheetDamagedError(
            `there are more than ${MAX_ROWS_PER_TABLE.toLocaleString('en-GB')} rows, the most one list may have`,
            true,
          );
        }
      }
      cells = [];
      column = -1;
    } else if (closing && nameIs(xml, name, 'sheetData')) {
      closed = true;
      break;
    }
  }
  if (!closed) {
    // Cut off mid-row (or mid-cell): what was read is not the whole sheet.
    throw new SheetDamagedError(
      `the sheet's data ends without being closed, after row ${rowNumber.toLocaleString('en-GB')}, so it was cut off`,
    );
  }
  return rows;
}
