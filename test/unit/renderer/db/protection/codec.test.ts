import { describe, expect, it } from 'vitest';
import { decodeValue, encodeValue } from '../../../../../renderer/src/db/protection/codec';
import { ProtectionError } from '../../../../../renderer/src/db/protection/errors';

describe('a stored value as bytes', () => {
  it('comes back as structured clone would keep it', () => {
    const value = {
      id: 'imp-1/episodes/0',
      rows: [{ CHILD: 'C123456', DEC: null, missing: undefined }, undefined, 3.5],
      bytes: new Uint8Array([0, 1, 254, 255]),
      sizes: new Int32Array([-1, 2, 70_000]),
      byOwner: new Map<string, unknown>([['council', new Set(['a', 'b'])]]),
      at: new Date('2026-03-01T10:00:00Z'),
      odd: [Number.NaN, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY],
      collides: { '\u0000': 'u', other: 1 },
    };
    const back = decodeValue(encodeValue(value));
    expect(back).toEqual(value);
    expect(back).toHaveProperty('rows.0.missing', undefined);
    expect(Object.keys(Object(Reflect.get(Object(back), 'rows'))[0])).toContain('missing');
    expect(Reflect.get(Object(back), 'sizes')).toBeInstanceOf(Int32Array);
  });

  it('reads a value with no special types at JSON speed, unchanged', () => {
    const rows = Array.from({ length: 100 }, (_, index) => ({ CHILD: `C${index}`, LS: 'C2' }));
    expect(decodeValue(encodeValue(rows))).toEqual(rows);
  });

  it('refuses what it cannot keep unchanged, naming where', () => {
    class Episode {
      readonly child = 'C1';
    }
    expect(() => encodeValue({ first: new Episode() })).toThrow(ProtectionError);
    expect(() => encodeValue({ big: 1n })).toThrow(/"big"/);
  });
});
