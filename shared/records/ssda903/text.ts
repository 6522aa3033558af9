/**
 * Bytes to text for 903 files. TextDecoder is not in the ES lib types that
 * shared/ compiles against, so UTF-8 is checked here, strictly (no overlongs,
 * no surrogates, nothing above U+10FFFF, no truncated sequences), and decoded
 * by fflate's `strFromU8` (the native decoder where there is one); text that is
 * not valid UTF-8 is read as Windows-1252, the encoding Excel's plain "CSV"
 * export uses on English Windows. The validator itself refuses such files
 * ("Failed to decode… save with the UTF-8 encoding", `ingress.py`); we read
 * them and warn instead, so an inspector can still see the data.
 */
import { strFromU8 } from 'fflate';

/** How the text was obtained: decoded from UTF-8 or Windows-1252, or given as text by the caller. */
export type TextEncodingName = 'utf-8' | 'windows-1252' | 'text';

/** Decoded text, with where the first non-UTF-8 byte was when Windows-1252 was used. */
export type DecodedText = {
  readonly text: string;
  readonly encoding: TextEncodingName;
  /** Byte offset of the first byte that is not valid UTF-8 (Windows-1252 only). */
  readonly invalidAt?: number;
};

/**
 * Windows-1252 bytes 0x80–0x9F (WHATWG Encoding Standard index-windows-1252).
 * The five unassigned bytes map to the same C1 control, as browsers do. Every
 * other byte is its own code point (ISO-8859-1).
 */
const CP1252_HIGH = [
  0x20ac, 0x81, 0x201a, 0x192, 0x201e, 0x2026, 0x2020, 0x2021, 0x2c6, 0x2030, 0x160, 0x2039, 0x152,
  0x8d, 0x17d, 0x8f, 0x90, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x2dc, 0x2122,
  0x161, 0x203a, 0x153, 0x9d, 0x17e, 0x178,
];

function isContinuation(byte: number | undefined): boolean {
  return byte !== undefined && (byte & 0xc0) === 0x80;
}

/**
 * The offset of the first byte from `start` that is not part of strict UTF-8,
 * or -1 when all of it is valid.
 */
function invalidUtf8At(bytes: Uint8Array, start = 0): number {
  const length = bytes.length;
  let at = start;
  while (at < length) {
    const b0 = bytes[at] ?? 0;
    if (b0 < 0x80) {
      at += 1;
      continue;
    }
    const b1 = bytes[at + 1];
    if (b0 >= 0xc2 && b0 <= 0xdf) {
      if (!isContinuation(b1)) return at;
      at += 2;
    } else if (b0 >= 0xe0 && b0 <= 0xef) {
      if (!isContinuation(b1) || !isContinuation(bytes[at + 2])) return at;
      // Overlong (E0 80–9F) or a UTF-16 surrogate (ED A0–BF).
      if ((b0 === 0xe0 && (b1 ?? 0) < 0xa0) || (b0 === 0xed && (b1 ?? 0) >= 0xa0)) return at;
      at += 3;
    } else if (b0 >= 0xf0 && b0 <= 0xf4) {
      if (!isContinuation(b1) || !isContinuation(bytes[at + 2]) || !isContinuation(bytes[at + 3])) {
        return at;
      }
      // Overlong (F0 80–8F) or above U+10FFFF (F4 90–BF).
      if ((b0 === 0xf0 && (b1 ?? 0) < 0x90) || (b0 === 0xf4 && (b1 ?? 0) >= 0x90)) return at;
      at += 4;
    } else {
      return at;
    }
  }
  return -1;
}

/**
 * Decodes Windows-1252 (every byte is a character; none is invalid). The
 * characters are written out as UTF-8 and decoded by fflate's `strFromU8`,
 * which uses the platform's native decoder where there is one.
 */
export function decodeWindows1252(bytes: Uint8Array, start = 0): string {
  const out = new Uint8Array((bytes.length - start) * 3);
  let length = 0;
  for (let at = start; at < bytes.length; at += 1) {
    const byte = bytes[at] ?? 0;
    const point = byte >= 0x80 && byte <= 0x9f ? (CP1252_HIGH[byte - 0x80] ?? byte) : byte;
    if (point < 0x80) {
      out[length++] = point;
    } else if (point < 0x800) {
      out[length++] = 0xc0 | (point >> 6);
      out[length++] = 0x80 | (point & 0x3f);
    } else {
      out[length++] = 0xe0 | (point >> 12);
      out[length++] = 0x80 | ((point >> 6) & 0x3f);
      out[length++] = 0x80 | (point & 0x3f);
    }
  }
  return strFromU8(out.subarray(0, length));
}

type StrictDecoder = { decode: (bytes: Uint8Array) => string };
type StrictDecoderClass = new (label: string, options: { fatal: boolean }) => StrictDecoder;

/** The TextDecoder class, where the platform has one (Node, browsers); shared/ compiles without DOM types. */
function isDecoderClass(value: unknown): value is StrictDecoderClass {
  return typeof value === 'function';
}

let strict: StrictDecoder | null | undefined;

/**
 * The platform's strict UTF-8 decoder (the WHATWG `TextDecoder` with
 * `fatal`, https://encoding.spec.whatwg.org/#dom-textdecoder-fatal): it
 * refuses exactly what invalidUtf8At finds (overlongs, surrogates, code
 * points above U+10FFFF, cut sequences), checking and decoding in one native
 * pass, which is several times quicker than checking every byte in script.
 */
function strictDecoder(): StrictDecoder | undefined {
  if (strict === undefined) {
    const found: unknown = Reflect.get(globalThis, 'TextDecoder');
    strict = isDecoderClass(found) ? new found('utf-8', { fatal: true }) : null;
  }
  return strict ?? undefined;
}

/**
 * The bytes as strict UTF-8 text (a byte-order mark dropped), or undefined
 * when they are not UTF-8 or the platform has no decoder.
 */
export function strictUtf8(bytes: Uint8Array): string | undefined {
  const decoder = strictDecoder();
  if (decoder === undefined) return undefined;
  try {
    return decoder.decode(bytes);
  } catch {
    return undefined;
  }
}

/**
 * Decodes a 903 file: UTF-8 (a leading byte-order mark is dropped) or, if the
 * bytes are not valid UTF-8, Windows-1252. A string input is taken as already
 * decoded; its BOM (U+FEFF) is dropped too.
 */
export function decodeText(input: Uint8Array | string): DecodedText {
  if (typeof input === 'string') {
    return { text: input.charCodeAt(0) === 0xfeff ? input.slice(1) : input, encoding: 'text' };
  }
  const bom = input[0] === 0xef && input[1] === 0xbb && input[2] === 0xbf ? 3 : 0;
  const text = strictUtf8(input.subarray(bom));
  if (text !== undefined) return { text, encoding: 'utf-8' };
  const invalidAt = invalidUtf8At(input, bom);
  if (invalidAt === -1) return { text: strFromU8(input.subarray(bom)), encoding: 'utf-8' };
  return { text: decodeWindows1252(input, bom), encoding: 'windows-1252', invalidAt };
}

/** What a file's first bytes say it is, when that is not text. */
export type BinaryKind = 'zip' | 'gzip' | 'pdf' | 'ole' | 'utf-16' | 'binary';

/**
 * Recognises content that is not a text 903 file: a zip (so also .xlsx/.docx),
 * gzip, PDF, an old .xls (OLE2), UTF-16 text (BOM), or bytes with NULs or
 * many control characters in the first 8 KiB.
 */
export function sniffBinary(bytes: Uint8Array): BinaryKind | undefined {
  const [b0, b1, b2, b3] = bytes;
  if (b0 === 0x50 && b1 === 0x4b && (b2 === 3 || b2 === 5 || b2 === 7)) return 'zip';
  if (b0 === 0x1f && b1 === 0x8b) return 'gzip';
  if (b0 === 0x25 && b1 === 0x50 && b2 === 0x44 && b3 === 0x46) return 'pdf';
  if (b0 === 0xd0 && b1 === 0xcf && b2 === 0x11 && b3 === 0xe0) return 'ole';
  if ((b0 === 0xff && b1 === 0xfe) || (b0 === 0xfe && b1 === 0xff)) return 'utf-16';
  // UTF-16 XML without a byte-order mark starts "<" and a zero byte, either way round.
  if ((b0 === 0x3c && b1 === 0) || (b0 === 0 && b1 === 0x3c)) return 'utf-16';
  const end = Math.min(bytes.length, 8192);
  let controls = 0;
  for (let at = 0; at < end; at += 1) {
    const byte = bytes[at] ?? 0;
    if (byte === 0) return 'binary';
    // Tab, LF, CR and form feed are ordinary in text.
    if (byte < 0x20 && byte !== 9 && byte !== 10 && byte !== 13 && byte !== 12) controls += 1;
  }
  return controls > end / 100 ? 'binary' : undefined;
}

/**
 * Whether UTF-16 bytes (as {@link sniffBinary} found) hold XML: their first
 * character after any byte-order mark is "<" (or white space before it).
 */
export function isUtf16Xml(bytes: Uint8Array): boolean {
  const bom = (bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff);
  const little = bytes[0] === 0xff || bytes[1] === 0;
  for (let at = bom ? 2 : 0; at + 1 < Math.min(bytes.length, 256); at += 2) {
    const code = little
      ? (bytes[at] ?? 0) | ((bytes[at + 1] ?? 0) << 8)
      : ((bytes[at] ?? 0) << 8) | (bytes[at + 1] ?? 0);
    if (code === 0x3c) return true;
    if (code !== 0x20 && code !== 0x09 && code !== 0x0a && code !== 0x0d && code !== 0xfeff)
      return false;
  }
  return false;
}

/** Plain-English description of each binary kind, for refusal messages. */
const BINARY_DESCRIPTIONS: Readonly<Record<BinaryKind, string>> = {
  zip: 'a zip archive (an Excel .xlsx workbook is one)',
  gzip: 'a gzip-compressed file',
  pdf: 'a PDF document',
  ole: 'an old-style Office file (such as .xls)',
  'utf-16': 'UTF-16 ("Unicode") text',
  binary: 'binary data, not text',
};

/** Plain-English description of a binary kind, for refusal messages. */
export function describeBinary(kind: BinaryKind): string {
  return BINARY_DESCRIPTIONS[kind];
}
