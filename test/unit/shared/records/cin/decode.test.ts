/**
 * A census's bytes to text: strict UTF-8 by the platform's decoder, and
 * everything else (Windows-1252, binary, NUL bytes) as the shared decoding
 * reads or refuses it.
 */
import { describe, expect, it } from 'vitest';
import { decodeCensus } from '../../../../../shared/records/cin/decode';
import { FileRefusedError } from '../../../../../shared/records/problem';
import { decodeText } from '../../../../../shared/records/ssda903/text';

const utf8 = (text: string): Uint8Array => new TextEncoder().encode(text);

function refusedReason(bytes: Uint8Array): string {
  try {
    decodeCensus('c.xml', bytes);
  } catch (error: unknown) {
    if (error instanceof FileRefusedError) return error.reason;
    throw error;
  }
  return 'not refused';
}

describe('decoding a census', () => {
  it('reads UTF-8, dropping a byte-order mark', () => {
    const bytes = new Uint8Array([0xef, 0xbb, 0xbf, ...utf8('<Message>Zoë</Message>')]);
    expect(decodeCensus('c.xml', bytes)).toEqual({
      text: '<Message>Zoë</Message>',
      encoding: 'utf-8',
    });
  });

  it('reads text that is not UTF-8 as Windows-1252, as the shared decoding does', () => {
    // "Zoë" written in Windows-1252: ë is the single byte 0xEB.
    const bytes = new Uint8Array([...utf8('<Message>Zo'), 0xeb, ...utf8('</Message>')]);
    expect(decodeCensus('c.xml', bytes)).toEqual(decodeText(bytes));
    expect(decodeCensus('c.xml', bytes).encoding).toBe('windows-1252');
  });

  it('reads an overlong UTF-8 sequence (not UTF-8) as Windows-1252, never as "/"', () => {
    const bytes = new Uint8Array([...utf8('<Message>'), 0xc0, 0xaf, ...utf8('</Message>')]);
    expect(decodeCensus('c.xml', bytes).encoding).toBe('windows-1252');
  });

  it('refuses a NUL byte far into the file, past the bytes sniffed for binary content', () => {
    const text = `<Message>${' '.repeat(20_000)}\0</Message>`;
    expect(refusedReason(utf8(text))).toBe('ssda903.nul');
  });

  it('refuses a zip (an Excel workbook)', () => {
    expect(refusedReason(new Uint8Array([0x50, 0x4b, 3, 4, 0, 0]))).toBe('ssda903.binary');
  });

  it('takes text as given', () => {
    expect(decodeCensus('c.xml', '<Message/>')).toEqual({ text: '<Message/>', encoding: 'text' });
  });
});
