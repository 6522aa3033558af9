import { describe, expect, it } from 'vitest';
import {
  decodeValue,
  encodeValue,
  encodeValueByReplacer,
} from '../../../../../renderer/src/db/protection/codec';
import { ProtectionError } from '../../../../../renderer/src/db/protection/errors';

/*
 * The walk that writes a value's markers before JSON.stringify
 * (codec-prepare.ts) must give exactly the bytes the replacer gives: what
 * is already stored is read by the same decoder, and a chunk's bytes are
 * what is sealed.
 */

/** [1, <hole>, 3]: an array grown by its length leaves a hole. */
function withHole(): number[] {
  const holes = [1];
  holes.length = 3;
  holes[2] = 3;
  return holes;
}

function same(value: unknown): void {
  expect(Buffer.from(encodeValue(value))).toEqual(Buffer.from(encodeValueByReplacer(value)));
}

describe('a stored value written without the replacer', () => {
  it('gives the replacer’s bytes for imported rows', () => {
    const chunk = {
      id: 'imp-1/Episodes/0',
      importId: 'imp-1',
      table: 'Episodes',
      index: 0,
      rows: [
        { row: 2, values: { CHILD: '1001', DECOM: '01/05/2025', LS: 'C2' }, problems: [] },
        { row: 3, values: { CHILD: '1002', DECOM: '', LS: 'V2' }, problems: [0, 4] },
      ],
    };
    same(chunk);
    // No marker: the text is read back at JSON.parse's full speed.
    expect(new DataView(encodeValue(chunk).buffer).getUint32(4)).toBe(0);
  });

  it('gives the replacer’s bytes, markers and byte arrays in the same order, where it marks values itself', () => {
    const value = {
      id: 'x',
      columns: { start: new Int32Array([1, -2, 3]), ends: new Float64Array([0.5, Number.NaN]) },
      ids: ['C1', 'C2', undefined, 'C4'],
      holes: withHole(),
      missing: undefined,
      odd: [Number.NaN, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY, -0],
      nested: [[{ bytes: new Uint8Array([9, 8]) }], { deep: { buffer: new ArrayBuffer(3) } }],
      byOwner: new Map<string, unknown>([['council', new Set(['a', new Int8Array([1])])]]),
      at: new Date('2026-03-01T10:00:00Z'),
      last: 'after',
    };
    same(value);
    expect(decodeValue(encodeValue(value))).toEqual(decodeValue(encodeValueByReplacer(value)));
    same(undefined);
    same(Number.NaN);
    same(new Uint16Array([1, 2]));
    same([undefined]);
  });

  it('leaves to the replacer what only it writes, with the same bytes', () => {
    expect.hasAssertions();
    same({ collides: { '\u0000': 'u', other: 1 } });
    same({ url: { toJSON: () => 'written as text' } });
    same({ url: new URL('https://www.gov.uk/') });
    same({ inMap: new Map([['k', { '\u0000': 'o' }]]) });
    same(JSON.parse('{"__proto__": {"a": 1}, "b": [1, null]}'));
  });

  it('lays out text beyond ASCII at its UTF-8 length, and reads it back', () => {
    for (const text of ['plain', 'Zoë Brontë', 'a 🙂 b', '\ud800 lone', '']) {
      const value = { text, bytes: new Uint8Array([7]) };
      const bytes = encodeValue(value);
      const json = new TextEncoder().encode(
        JSON.stringify({ text, bytes: { '\u0000': 'b', i: 0, t: 'Uint8Array' } }),
      );
      expect(new DataView(bytes.buffer).getUint32(0)).toBe(json.length);
      expect(bytes.length).toBe(8 + json.length + 4 + 1);
      // JSON.stringify writes a lone surrogate as an escape, so even that comes back as it was.
      expect(decodeValue(bytes)).toEqual(value);
    }
  });

  it('refuses what the replacer refuses', () => {
    class Episode {
      readonly child = 'C1';
    }
    expect(() => encodeValue([{ first: new Episode() }])).toThrow(ProtectionError);
    expect(() => encodeValue({ big: 1n })).toThrow(/"big"/);
    expect(() => encodeValue({ call: () => 1 })).toThrow(ProtectionError);
  });
});
