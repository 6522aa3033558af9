/** What the main process shows of a PDF before signing it. */
export type PdfSummary = { readonly title: string | null; readonly pages: number };

/** Why the main process will not describe (and so will not sign) a PDF. */
export class PdfSummaryError extends Error {
  override readonly name = 'PdfSummaryError';
}

const ESCAPES: Readonly<Record<string, string>> = {
  n: '\n',
  r: '\r',
  t: '\t',
  b: '\b',
  f: '\f',
  '(': '(',
  ')': ')',
  '\\': '\\',
};

/**
 * A literal string starting at `open` (its "("), with balanced parentheses
 * and backslash escapes undone (ISO 32000-1 §7.3.4.2), as Latin-1 bytes.
 */
function literalString(text: string, open: number): string {
  let depth = 0;
  let out = '';
  for (let i = open; i < text.length; i += 1) {
    const char = text.charAt(i);
    if (char === '\\') {
      const next = text.charAt(i + 1);
      const octal = /^[0-7]{1,3}/.exec(text.slice(i + 1, i + 4))?.[0];
      if (octal !== undefined) {
        out += String.fromCharCode(parseInt(octal, 8) & 0xff);
        i += octal.length;
      } else if (next === '\r' || next === '\n') {
        i += next === '\r' && text.charAt(i + 2) === '\n' ? 2 : 1;
      } else {
        out += ESCAPES[next] ?? next;
        i += 1;
      }
    } else if (char === '(') {
      if (depth > 0) out += char;
      depth += 1;
    } else if (char === ')') {
      depth -= 1;
      if (depth === 0) return out;
      out += char;
    } else out += char;
  }
  throw new PdfSummaryError('its title string is not closed');
}

/** A PDF text string: UTF-16BE after a byte-order mark, else PDFDocEncoding (read as Latin-1). */
function textString(bytes: string): string {
  if (!bytes.startsWith('\xfe\xff')) return bytes;
  let out = '';
  for (let i = 2; i + 1 < bytes.length; i += 2) {
    out += String.fromCharCode((bytes.charCodeAt(i) << 8) | bytes.charCodeAt(i + 1));
  }
  return out;
}

function objectBody(text: string, id: string): string | undefined {
  const start = new RegExp(`(?:^|\\s)${id}\\s+0\\s+obj\\b`).exec(text);
  if (start === null) return undefined;
  const end = text.indexOf('endobj', start.index);
  return end < 0 ? undefined : text.slice(start.index + start[0].length, end);
}

function title(text: string): string | null {
  const info = [...text.matchAll(/\/Info\s+(\d+)\s+0\s+R/g)].at(-1)?.[1];
  const dictionary = info === undefined ? undefined : objectBody(text, info);
  const entry = dictionary === undefined ? null : /\/Title\s*(\(|(\d+)\s+0\s+R)/.exec(dictionary);
  if (dictionary === undefined || entry === null) return null;
  const reference = entry[2];
  const holder = reference === undefined ? dictionary : objectBody(text, reference);
  const open = holder?.indexOf('(') ?? -1;
  if (holder === undefined || open < 0) return null;
  return textString(literalString(holder, open)).trim() || null;
}

/**
 * The title (document information dictionary, ISO 32000-1 §14.3.3) and the
 * number of page objects of a PDF as the app's report renderer writes it:
 * one revision, no compressed object streams. Anything else is refused:
 * the main process must be able to read what it is asked to sign, and the
 * app never makes such a file, so one arriving means the page was not the
 * app's own.
 */
export function summarisePdf(bytes: Uint8Array): PdfSummary {
  const text = new TextDecoder('latin1').decode(bytes);
  if (!text.startsWith('%PDF-')) throw new PdfSummaryError('it is not a PDF');
  if (/\/Type\s*\/ObjStm\b/.test(text) || text.split('startxref').length !== 2) {
    throw new PdfSummaryError(
      'it has compressed object streams or more than one revision, which the app never writes',
    );
  }
  const pages = text.match(/\/Type\s*\/Page(?![A-Za-z])/g)?.length ?? 0;
  if (pages === 0) throw new PdfSummaryError('it has no pages');
  return { title: title(text), pages };
}
