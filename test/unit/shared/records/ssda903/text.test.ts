import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeText } from '../../../../../shared/records/ssda903';

const utf8 = (text: string): Uint8Array => new TextEncoder().encode(text);

describe('decodeText', () => {
  it('decodes any UTF-8 exactly, as TextDecoder does', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 200 }), (text) => {
        const decoded = decodeText(utf8(text));
        expect(decoded.encoding).toBe('utf-8');
        expect(decoded.text).toBe(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
      }),
    );
  });

  it('drops a UTF-8 byte-order mark', () => {
    expect(decodeText(Uint8Array.from([0xef, 0xbb, 0xbf, 0x41]))).toEqual({
      text: 'A',
      encoding: 'utf-8',
    });
  });

  it('reads invalid UTF-8 as Windows-1252, reporting where it first failed', () => {
    // 0x80 € · 0x92 ’ · 0x9F Ÿ · 0xA3 £ · 0xE9 é · 0x81 unassigned (kept as U+0081, as browsers do)
    const decoded = decodeText(Uint8Array.from([0x41, 0x80, 0x92, 0x9f, 0xa3, 0xe9, 0x81]));
    expect(decoded).toEqual({
      text: 'A\u20ac\u2019\u0178\u00a3\u00e9\u0081',
      encoding: 'windows-1252',
      invalidAt: 1,
    });
  });

  it.each([
    ['an overlong encoding', [0xc0, 0xaf]],
    ['a UTF-16 surrogate', [0xed, 0xa0, 0x80]],
    ['a code point above U+10FFFF', [0xf4, 0x90, 0x80, 0x80]],
    ['a truncated sequence', [0x41, 0xe2, 0x82]],
  ])('treats %s as not UTF-8', (_what, bytes) => {
    expect(decodeText(Uint8Array.from(bytes)).encoding).toBe('windows-1252');
  });

  it('maps the Windows-1252 punctuation Excel writes (WHATWG index-windows-1252)', () => {
    // Š – — ™ “ ” (Node's own TextDecoder treats windows-1252 as Latin-1, so it cannot be the oracle)
    const decoded = decodeText(Uint8Array.from([0x8a, 0x96, 0x97, 0x99, 0x93, 0x94]));
    expect(decoded.text).toBe('\u0160\u2013\u2014\u2122\u201c\u201d');
  });

  it('takes text input as already decoded', () => {
    expect(decodeText('\uFEFFCHILD')).toEqual({ text: 'CHILD', encoding: 'text' });
  });
});
