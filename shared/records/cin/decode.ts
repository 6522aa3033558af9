/**
 * Bytes to text for a CIN census. A census of the largest councils is about
 * 50 MB, and checking every byte for UTF-8 in script costs more than reading
 * the XML, so the platform's own strict decoder (the WHATWG `TextDecoder`
 * with `fatal`, https://encoding.spec.whatwg.org/#dom-textdecoder-fatal) does
 * it where there is one: it refuses exactly what strict UTF-8 refuses
 * (overlongs, surrogates, code points above U+10FFFF, cut sequences).
 * Everything else — the size limit, binary content, NUL bytes, and a file
 * that is not UTF-8 (read as Windows-1252 with a warning) — goes through the
 * readers' shared decoding (ssda903/refuse.ts), so the refusals are theirs.
 */
import { MAX_TEXT_FILE_BYTES } from '../../limits';
import { decodeOrRefuse } from '../ssda903/refuse';
import { sniffBinary, type DecodedText } from '../ssda903/text';

type StrictDecoder = { decode: (bytes: Uint8Array) => string };
type StrictDecoderClass = new (label: string, options: { fatal: boolean }) => StrictDecoder;

/** The TextDecoder class, where the platform has one (Node, browsers); shared/ compiles without DOM types. */
function isDecoderClass(value: unknown): value is StrictDecoderClass {
  return typeof value === 'function';
}

let strict: StrictDecoder | null | undefined;

function strictDecoder(): StrictDecoder | undefined {
  if (strict === undefined) {
    const found: unknown = Reflect.get(globalThis, 'TextDecoder');
    strict = isDecoderClass(found) ? new found('utf-8', { fatal: true }) : null;
  }
  return strict ?? undefined;
}

/** The bytes as strict UTF-8 text (a byte-order mark dropped), or undefined when they are not. */
function strictUtf8(bytes: Uint8Array): string | undefined {
  const decoder = strictDecoder();
  if (decoder === undefined) return undefined;
  try {
    return decoder.decode(bytes);
  } catch {
    return undefined;
  }
}

/** Decodes a census file's bytes (or takes its text), refusing what the shared decoding refuses. */
export function decodeCensus(file: string, input: Uint8Array | string): DecodedText {
  if (
    typeof input === 'string' ||
    input.byteLength > MAX_TEXT_FILE_BYTES ||
    sniffBinary(input) !== undefined ||
    input.includes(0)
  ) {
    return decodeOrRefuse(file, input, 'XML');
  }
  const text = strictUtf8(input);
  return text === undefined ? decodeOrRefuse(file, input, 'XML') : { text, encoding: 'utf-8' };
}
