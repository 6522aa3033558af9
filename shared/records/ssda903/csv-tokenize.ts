/**
 * A small RFC 4180 CSV tokenizer: comma-separated fields, optional double
 * quotes (a doubled quote inside is one quote), records ended by CRLF, LF or
 * a lone CR. A quote inside an unquoted field is kept as text, as pandas
 * does. It is hand-written rather than papaparse because papaparse's
 * published types pull Node's `stream` into shared/, which must stay free of
 * Node and DOM types; and because the reader needs to know exactly whether the
 * last record was ended by a newline and whether a quote was left open.
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

/** Splits CSV text into records of fields. */
export function tokenizeCsv(text: string): CsvText {
  const records: string[][] = [];
  const length = text.length;
  let fields: string[] = [];
  let at = 0;
  let endsWithNewline = false;
  let openQuote = false;
  while (at < length) {
    endsWithNewline = false;
    let value: string;
    if (text.charCodeAt(at) === QUOTE) {
      // Quoted field: runs to the next quote that is not doubled.
      let parts = '';
      let from = at + 1;
      for (;;) {
        const close = text.indexOf('"', from);
        if (close === -1) {
          parts += text.slice(from);
          at = length;
          openQuote = true;
          break;
        }
        parts += text.slice(from, close);
        if (text.charCodeAt(close + 1) === QUOTE) {
          parts += '"';
          from = close + 2;
          continue;
        }
        at = close + 1;
        break;
      }
      // Anything between the closing quote and the delimiter is kept, as pandas does.
      let end = at;
      while (end < length) {
        const code = text.charCodeAt(end);
        if (code === COMMA || code === LF || code === CR) break;
        end += 1;
      }
      value = parts + text.slice(at, end);
      at = end;
    } else {
      let end = at;
      while (end < length) {
        const code = text.charCodeAt(end);
        if (code === COMMA || code === LF || code === CR) break;
        end += 1;
      }
      value = text.slice(at, end);
      at = end;
    }
    fields.push(value);
    if (at >= length) break;
    const code = text.charCodeAt(at);
    if (code === COMMA) {
      at += 1;
      if (at >= length) fields.push(''); // a trailing comma ends with an empty field
      continue;
    }
    // A line break: CRLF, LF or a lone CR.
    at += code === CR && text.charCodeAt(at + 1) === LF ? 2 : 1;
    records.push(fields);
    fields = [];
    endsWithNewline = true;
  }
  if (fields.length > 0) records.push(fields);
  return { records, endsWithNewline, openQuote };
}
