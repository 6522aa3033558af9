/**
 * A small RFC 4180 CSV tokenizer: comma-separated fields, optional double
 * quotes (a doubled quote inside is one quote), records ended by CRLF, LF or
 * a lone CR. A quote inside an unquoted field is kept as text, as pandas
 * does. It is hand-written rather than papaparse because papaparse's
 * published types pull Node's `stream` into shared/, which must stay free of
 * Node and DOM types; and because the reader needs to know exactly whether the
 * last record was ended by a newline and whether a quote was left open.
 * Lines without quotes or stray CRs (nearly all of a 903 file) take a fast
 * path through the engine's native `split`.
 */

/** The records of a CSV text, and how the text ended. */
export type CsvText = {
  /** Every record, blank lines included (as `['']`), in order. */
  readonly records: string[][];
  /** Whether the last record was followed by a line break. */
  readonly endsWithNewline: boolean;
  /** Whether the text ended inside a quoted field. */
  readonly openQuote: boolean;
};

const QUOTE = 34;
const COMMA = 44;
const LF = 10;
const CR = 13;

/** The end of an unquoted field starting at `at`: the next comma, LF or CR (or the end). */
function fieldEnd(text: string, at: number): number {
  let end = at;
  while (end < text.length) {
    const code = text.charCodeAt(end);
    if (code === COMMA || code === LF || code === CR) break;
    end += 1;
  }
  return end;
}

/**
 * Reads one record the slow way, from `at`. Returns the fields, the position
 * after the record's line break (or the end), whether a line break ended it
 * and whether the text ended inside quotes.
 */
function slowRecord(
  text: string,
  start: number,
): { fields: string[]; next: number; newline: boolean; openQuote: boolean } {
  const fields: string[] = [];
  const length = text.length;
  let at = start;
  for (;;) {
    let value: string;
    if (text.charCodeAt(at) === QUOTE) {
      // A quoted field runs to the next quote that is not doubled.
      let parts = '';
      let from = at + 1;
      for (;;) {
        const close = text.indexOf('"', from);
        if (close === -1) {
          fields.push(parts + text.slice(from));
          return { fields, next: length, newline: false, openQuote: true };
        }
        parts += text.slice(from, close);
        if (text.charCodeAt(close + 1) !== QUOTE) {
          at = close + 1;
          break;
        }
        parts += '"';
        from = close + 2;
      }
      // Anything between the closing quote and the delimiter is kept, as pandas does.
      const end = fieldEnd(text, at);
      value = parts + text.slice(at, end);
      at = end;
    } else {
      const end = fieldEnd(text, at);
      value = text.slice(at, end);
      at = end;
    }
    fields.push(value);
    if (at >= length) return { fields, next: length, newline: false, openQuote: false };
    const code = text.charCodeAt(at);
    if (code === COMMA) {
      at += 1;
      if (at < length) continue;
      fields.push(''); // a trailing comma at the very end: one more, empty, field
      return { fields, next: length, newline: false, openQuote: false };
    }
    const next = at + (code === CR && text.charCodeAt(at + 1) === LF ? 2 : 1);
    return { fields, next, newline: true, openQuote: false };
  }
}

/** Limits on what one text may make (shared/limits.ts). */
export type CsvLimits = {
  /** Records to read; past it the text is not read further and `tooManyRecords` is set. */
  readonly records?: number;
  /** Fields per record; past it the rest of the record is dropped and `wideRecord` set. */
  readonly fields?: number;
};

/** The records of a CSV text, and what limit (if any) stopped the reading. */
export type LimitedCsvText = CsvText & {
  /** True when the text holds more records than `limits.records`. */
  readonly tooManyRecords: boolean;
  /** The 0-based index of the first record with more fields than `limits.fields`, if any. */
  readonly wideRecord: number | undefined;
};

/** The first position at or after `from` of `char`, or the text's length. */
function nextOf(text: string, char: string, from: number): number {
  const at = text.indexOf(char, from);
  return at === -1 ? text.length : at;
}

/** How a CSV text ended and what limit (if any) stopped the reading, without its records. */
export type CsvEnd = Omit<LimitedCsvText, 'records'> & {
  /** The records read (blank lines included). */
  readonly count: number;
};

/**
 * Splits CSV text into records of fields, in time linear in the text's
 * length whatever its line ends: where the next line break and the next quote
 * are is remembered, so each is searched for once per occurrence (searching
 * afresh from every record made text with CR-only line ends quadratic).
 */
export function tokenizeCsv(text: string, limits: CsvLimits = {}): LimitedCsvText {
  const records: string[][] = [];
  const end = eachCsvRecord(text, limits, (fields) => {
    records.push(fields);
  });
  return {
    records,
    endsWithNewline: end.endsWithNewline,
    openQuote: end.openQuote,
    tooManyRecords: end.tooManyRecords,
    wideRecord: end.wideRecord,
  };
}

/**
 * tokenizeCsv one record at a time: `visit` is given each record (with its
 * 0-based index) as it is read, so a reader can turn it into a row at once
 * rather than keep every record of a large table alive until the last is read.
 * `chars` is the length of the record's text, line break included: no field
 * of it is longer.
 */
export function eachCsvRecord(
  text: string,
  limits: CsvLimits,
  visit: (fields: string[], index: number, chars: number) => void,
): CsvEnd {
  const maxRecords = limits.records ?? Infinity;
  const maxFields = limits.fields ?? Infinity;
  const length = text.length;
  let count = 0;
  let at = 0;
  let endsWithNewline = false;
  let wideRecord: number | undefined;
  let lf = -1;
  let cr = -1;
  let quote = -1;
  const done = (openQuote: boolean, tooManyRecords: boolean): CsvEnd => ({
    count,
    endsWithNewline: openQuote ? false : endsWithNewline,
    openQuote,
    tooManyRecords,
    wideRecord,
  });
  while (at < length) {
    if (count >= maxRecords) return done(false, true);
    if (lf < at) lf = nextOf(text, '\n', at);
    if (cr < at) cr = nextOf(text, '\r', at);
    if (quote < at) quote = nextOf(text, '"', at);
    const end = Math.min(lf, cr);
    if (quote >= end) {
      // No quote before the line break: the engine's split does the rest.
      const fields = text
        .slice(at, end)
        .split(',', maxFields === Infinity ? undefined : maxFields + 1);
      if (fields.length > maxFields) {
        fields.length = maxFields;
        wideRecord ??= count;
      }
      visit(fields, count, end - at);
      count += 1;
      endsWithNewline = end < length;
      at = end + (end === cr && cr + 1 === lf ? 2 : 1);
      continue;
    }
    const record = slowRecord(text, at);
    if (record.fields.length > maxFields) {
      record.fields.length = maxFields;
      wideRecord ??= count;
    }
    visit(record.fields, count, record.next - at);
    count += 1;
    endsWithNewline = record.newline;
    if (record.openQuote) return done(true, false);
    at = record.next;
  }
  return done(false, false);
}
