import type { CellValue } from './cell';
import { isoToSerial } from './cell';
import { TagCursor, attributeIn, decodeXmlText } from './xml-text';

/**
 * Reads the rows of one worksheet part (ECMA-376 Part 1 §18.3.1.73 `row`,
 * §18.3.1.4 `c`). Cells keep the column their `r` reference gives them, so a
 * skipped empty cell leaves a `null` gap rather than shifting later cells.
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

/** The 0-based column of a cell reference such as `AB12`, or -1 if it has no letters. */
function referenceColumn(xml: string, start: number, end: number): number {
  let column = 0;
  let at = start;
  for (; at < end; at += 1) {
    const code = xml.charCodeAt(at);
    if (code >= 65 && code <= 90) column = column * 26 + (code - 64);
    else if (code >= 97 && code <= 122) column = column * 26 + (code - 96);
    else break;
  }
  return at === start ? -1 : column - 1;
}

/** The column of the current `c` tag from its `r` attribute, or -1. */
function cellColumn(xml: string, start: number, end: number): number {
  let from = start;
  for (;;) {
    const at = xml.indexOf('r=', from);
    if (at < 0 || at >= end) return -1;
    const before = xml.charCodeAt(at - 1);
    if (before === 32 || before === 9 || before === 10 || before === 13) {
      return referenceColumn(xml, at + 3, end);
    }
    from = at + 2;
  }
}

type CellParts = {
  type: string | undefined;
  style: number;
  value: string | undefined;
  formula: string | undefined;
  inline: string | undefined;
};

function cellValue(parts: CellParts, context: SheetContext): CellValue {
  const { type, value, formula } = parts;
  if (type === 'inlineStr') return parts.inline ?? '';
  if (value === undefined) {
    return formula === undefined ? null : { kind: 'formula', formula };
  }
  switch (type) {
    case 's':
      return context.sharedStrings[Number(value)] ?? '';
    case 'str':
      return decodeXmlText(value);
    case 'b':
      return value === '1' || value === 'true';
    case 'e':
      return { kind: 'error', code: value.trim() };
    case 'd': {
      const serial = isoToSerial(value);
      return serial === undefined ? value : { kind: 'date', serial };
    }
    default: {
      if (value.trim() === '') return null;
      const number = Number(value);
      if (Number.isNaN(number)) return decodeXmlText(value);
      if (context.dateStyles[parts.style] === true) {
        return { kind: 'date', serial: number + context.serialOffset };
      }
      return number;
    }
  }
}

/**
 * The rows of a worksheet's XML, in order. Rows with no cells are left out.
 * `maxRows` stops early (used to read only header rows).
 */
export function scanSheet(xml: string, context: SheetContext, maxRows = Infinity): XlsxRow[] {
  const rows: XlsxRow[] = [];
  const dataStart = xml.indexOf('sheetData');
  if (dataStart < 0) return rows;
  const cursor = new TagCursor(xml, xml.lastIndexOf('<', dataStart));
  let rowNumber = 0;
  let cells: CellValue[] = [];
  let column = -1;
  let parts: CellParts | undefined;
  let inInline = false;
  let inPhonetic = false;
  while (cursor.next()) {
    const name = cursor.name;
    if (name === 'c') {
      if (cursor.closing) {
        if (parts !== undefined) cells[column] = cellValue(parts, context);
        parts = undefined;
        continue;
      }
      const found = cellColumn(xml, cursor.start, cursor.end);
      column = found < 0 ? column + 1 : found;
      while (cells.length < column) cells.push(null);
      const style = attributeIn(xml, cursor.start, cursor.end, 's');
      parts = {
        type: attributeIn(xml, cursor.start, cursor.end, 't'),
        style: style === undefined ? 0 : Number(style),
        value: undefined,
        formula: undefined,
        inline: undefined,
      };
      if (cursor.selfClosing) {
        cells[column] = null;
        parts = undefined;
      }
    } else if (parts !== undefined && !cursor.closing) {
      if (name === 'v')
        parts.value = cursor.selfClosing ? '' : xml.slice(cursor.end, xml.indexOf('<', cursor.end));
      else if (name === 'f') parts.formula = cursor.selfClosing ? '' : cursor.text();
      else if (name === 'is') inInline = !cursor.selfClosing;
      else if (name === 'rPh') inPhonetic = !cursor.selfClosing;
      else if (name === 't' && inInline && !inPhonetic && !cursor.selfClosing) {
        parts.inline = (parts.inline ?? '') + cursor.text();
      }
    } else if (cursor.closing && (name === 'is' || name === 'rPh')) {
      if (name === 'is') inInline = false;
      else inPhonetic = false;
    } else if (name === 'row') {
      if (cursor.closing || cursor.selfClosing) {
        if (!cursor.closing) rowNumber = Number(cursor.attribute('r') ?? rowNumber + 1);
        if (cells.length > 0) rows.push({ row: rowNumber, cells });
        if (rows.length >= maxRows) break;
      } else {
        rowNumber = Number(cursor.attribute('r') ?? rowNumber + 1);
      }
      cells = [];
      column = -1;
    } else if (name === 'sheetData' && cursor.closing) break;
  }
  return rows;
}
