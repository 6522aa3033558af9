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
import { sniffBinary, strictUtf8, type DecodedText } from '../ssda903/text';

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
