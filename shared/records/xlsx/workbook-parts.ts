import { MAX_FIELD_CHARS } from '../../limits';
import { SheetDamagedError } from './sheet-scan';
import { TagCursor } from './xml-text';

/**
 * The shared string table and the "is this style a date?" table, the two
 * workbook-wide parts a worksheet's cells refer to by index.
 */

/**
 * The shared strings (ECMA-376 Part 1 §18.4.9 `sst`): each `si` is plain text
 * in one `t`, or rich text in several runs (`r`/`t`). Phonetic runs (`rPh`)
 * are reading aids, not part of the text, and are skipped.
 */
export function parseSharedStrings(xml: string | undefined): string[] {
  if (xml === undefined) return [];
  const strings: string[] = [];
  const cursor = new TagCursor(xml);
  let current = '';
  let inPhonetic = false;
  while (cursor.next()) {
    const name = cursor.name;
    if (name === 'si') {
      if (cursor.closing) {
        if (current.length > MAX_FIELD_CHARS) {
          throw new SheetDamagedError(
            `shared string ${strings.length.toLocaleString('en-GB')} holds ${current.length.toLocaleString('en-GB')} characters, more than the ${MAX_FIELD_CHARS.toLocaleString('en-GB')} a cell may hold`,
            true,
          );
        }
        strings.push(current);
      } else if (cursor.selfClosing) strings.push('');
      else current = '';
    } else if (name === 'rPh') {
      inPhonetic = !cursor.closing && !cursor.selfClosing;
    } else if (name === 't' && !cursor.closing && !cursor.selfClosing && !inPhonetic) {
      current += cursor.text();
    }
  }
  return strings;
}

/**
 * Built-in number formats that show a date or time (ECMA-376 Part 1
 * §18.8.30 `numFmt`: ids 14–22 and 45–47; 27–36 and 50–58 are the East Asian
 * date formats).
 */
function isBuiltInDateFormat(id: number): boolean {
  return (
    (id >= 14 && id <= 22) ||
    (id >= 27 && id <= 36) ||
    (id >= 45 && id <= 47) ||
    (id >= 50 && id <= 58)
  );
}

/**
 * Whether a custom format code shows a date: after removing quoted text,
 * escaped characters and bracketed parts (colours, locales, conditions), it
 * uses a day, month, year, hour or second token.
 */
function isDateFormatCode(code: string): boolean {
  const bare = code
    .replace(/"[^"]*"/g, '')
    .replace(/\\./g, '')
    .replace(/\[[^\]]*\]/g, '')
    .replace(/general/gi, '')
    .replace(/e[+-]/gi, '');
  return /[dmyhse]/i.test(bare);
}

/**
 * For each cell style index (`cellXfs`, ECMA-376 Part 1 §18.8.10), whether
 * its number format is a date format, so numeric cells with that style are
 * dates.
 */
export function parseDateStyles(xml: string | undefined): boolean[] {
  if (xml === undefined) return [];
  const customFormats = new Map<number, string>();
  const dateStyles: boolean[] = [];
  const cursor = new TagCursor(xml);
  let inCellXfs = false;
  while (cursor.next()) {
    const name = cursor.name;
    if (name === 'numFmt' && !cursor.closing) {
      customFormats.set(Number(cursor.attribute('numFmtId')), cursor.attribute('formatCode') ?? '');
    } else if (name === 'cellXfs') {
      inCellXfs = !cursor.closing && !cursor.selfClosing;
    } else if (name === 'xf' && inCellXfs && !cursor.closing) {
      const id = Number(cursor.attribute('numFmtId') ?? '0');
      const custom = customFormats.get(id);
      dateStyles.push(custom === undefined ? isBuiltInDateFormat(id) : isDateFormatCode(custom));
    }
  }
  return dateStyles;
}
