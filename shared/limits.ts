/**
 * Every size and count limit the readers and the bundle apply, in one place,
 * so a damaged or hostile file is refused with a clear message long before it
 * can exhaust memory or time. Each limit sits well above the largest
 * legitimate input (100,000 episodes, a 100,000-row Annex A list, a full
 * Companies House snapshot part) and well below what would take a process
 * down. A file over a limit is refused (or, for problems, summarised): the
 * message names the file, the part or field, and the limit.
 */

/** Bytes in a mebibyte. */
const MIB = 1024 * 1024;

/**
 * V8's longest string on 64-bit builds (`String::kMaxLength`, 2^29 − 24
 * UTF-16 code units): building a longer one throws "Invalid string length",
 * so nothing may be decoded as one string unless it is known to be shorter.
 */
export const ENGINE_MAX_STRING_CHARS = 2 ** 29 - 24;

/**
 * Bytes of one file given to a reader, before any inflating. A Companies
 * House snapshot part as downloaded is well under this.
 */
export const MAX_FILE_BYTES = 1024 * MIB;

/**
 * Bytes of a file decoded as one text (an SSDA903 CSV or XML return, a CIN
 * census): far above a real return (100,000 episodes are about 15 MB) and
 * far below {@link ENGINE_MAX_STRING_CHARS}.
 */
export const MAX_TEXT_FILE_BYTES = 256 * MIB;

/**
 * Bytes all the entries of one zipped file may inflate to, summed (counted
 * from the zip's central directory before anything is inflated, and checked
 * against the bytes actually produced). A full Companies House basic company
 * data part is about 450 MB unzipped.
 */
export const MAX_INFLATED_BYTES_PER_FILE = 1024 * MIB;

/**
 * Bytes one zip entry read as one text (an xlsx sheet, shared strings or
 * relationship part) may inflate to: a 100,000-row Annex A sheet is about
 * 50 MB; the text must stay well under {@link ENGINE_MAX_STRING_CHARS}.
 */
export const MAX_INFLATED_TEXT_PART_BYTES = 192 * MIB;

/**
 * Entries in one zip. An xlsx of a few sheets holds a dozen; a Companies
 * House zip holds one.
 */
export const MAX_ZIP_ENTRIES = 10_000;

/**
 * Data rows of one table (an SSDA903 table, an Annex A list, a provider
 * sheet). A council's 903 return has a few thousand episodes a year; the
 * largest legitimate test input has 100,000.
 */
export const MAX_ROWS_PER_TABLE = 300_000;

/**
 * Data rows of one Companies House bulk file (about 850,000 companies in a
 * basic company data part; a PSC snapshot part holds about as many lines).
 */
export const MAX_ROWS_PER_BULK_FILE = 3_000_000;

/** Fields (columns) in one row: Excel's last column is XFD, the 16,384th. */
export const MAX_FIELDS_PER_ROW = 16_384;

/**
 * Characters in one field (a CSV value, a spreadsheet cell, an XML value):
 * Excel's own limit for a cell ("Excel specifications and limits",
 * https://support.microsoft.com/en-gb/office/excel-specifications-and-limits-1672b34d-7043-467e-8e27-269d656771c3).
 */
export const MAX_FIELD_CHARS = 32_767;

/** Characters in one line of a JSON-lines file (a Companies House PSC record is about 1,000). */
export const MAX_JSON_LINE_CHARS = 1024 * 1024;

/**
 * Problems of one rule listed one by one for one file; the rest are counted
 * in one summary problem ("N more like this"), and their rows still marked.
 */
export const MAX_PROBLEMS_PER_RULE = 1000;

/** Characters of any value quoted in a message (the rest is shown as "…"). */
export const MAX_QUOTED_CHARS = 80;

/** Total bytes every entry of one `.inspection` bundle may inflate to, counted from the zip's directory before anything is inflated. */
export const MAX_BUNDLE_INFLATED_BYTES = 1024 * MIB;

/** Bytes one part of a bundle (an imported file, its stored read, an attachment) may inflate to. */
export const MAX_BUNDLE_PART_INFLATED_BYTES = 512 * MIB;

/**
 * How many times a bundle entry larger than {@link BUNDLE_RATIO_FLOOR_BYTES}
 * may inflate its compressed size. Text compresses about 5 to 50 times; a
 * zip bomb about 1,000 times.
 */
export const MAX_BUNDLE_PART_RATIO = 400;

/** Entries below this inflated size are never refused for their ratio. */
export const BUNDLE_RATIO_FLOOR_BYTES = MIB;

/** Entries one bundle zip may hold. */
export const MAX_BUNDLE_ENTRIES = 10_000;

/** Bytes of one line of a bundle's `operations.jsonl` (one change). */
export const MAX_OPERATION_LINE_BYTES = 4 * MIB;

/**
 * Characters of one text value in a workbook (a judgement's text, an
 * evidence note, a report paragraph). Report layout time grows with it,
 * so it is bounded where it is written and where it is read.
 */
export const MAX_TEXT_VALUE_LENGTH = 200_000;

/** How far ahead of the local clock a change's time may be: clocks drift, but not by more than a day. */
export const MAX_CLOCK_AHEAD_MS = 24 * 60 * 60 * 1000;

/** Characters of a report paragraph laid out as one block; longer ones are split at spaces first. */
export const MAX_LAYOUT_PARAGRAPH_LENGTH = 2_000;

/** `n` bytes in words for a message: "256 MB". */
export function bytesText(n: number): string {
  if (n >= MIB && n % MIB === 0) return `${(n / MIB).toLocaleString('en-GB')} MB`;
  return `${n.toLocaleString('en-GB')} bytes`;
}

/**
 * A value as quoted in a message: at most {@link MAX_QUOTED_CHARS}
 * characters, line breaks shown as spaces, and "…" with the full length when
 * cut, so one huge header or line is never echoed whole.
 */
export function quoted(value: string): string {
  const head = value.length > MAX_QUOTED_CHARS ? value.slice(0, MAX_QUOTED_CHARS) : value;
  // eslint-disable-next-line no-control-regex -- control characters are exactly what must not reach a terminal
  const flat = head.replace(/[\u0000-\u001f\u007f]/g, ' ');
  return value.length > MAX_QUOTED_CHARS
    ? `${flat}… (${value.length.toLocaleString('en-GB')} characters)`
    : flat;
}

/**
 * A value kept in a problem's `value`: unchanged up to
 * {@link MAX_QUOTED_CHARS} characters, else cut there with its full length,
 * so a damaged file's megabyte-long cell is not copied into every report.
 */
export function clipped(value: string): string {
  return value.length > MAX_QUOTED_CHARS
    ? `${value.slice(0, MAX_QUOTED_CHARS)}… (${value.length.toLocaleString('en-GB')} characters)`
    : value;
}
