import { describe, expect, it } from 'vitest';
import {
  canonicalJson,
  operationLine,
  type JsonValue,
  type Operation,
} from '../../../../shared/bundle';
import { unsignedLine } from '../../../../shared/bundle/canonical';

/*
 * The op's canonical text is written field by field (canonical.ts) rather
 * than by sorting every op's keys: it must be exactly the general RFC 8785
 * text (https://www.rfc-editor.org/rfc/rfc8785) of the same op.
 */

const HLC = '0000000000a-00000-Amara~0020Okafor';

function op(value: JsonValue, extra: Partial<Operation> = {}): Operation {
  return {
    id: HLC,
    author: 'Amara Okafor',
    hlc: HLC,
    entity: 'evidence',
    entityId: 'ev-1',
    field: 'text',
    value,
    prev: null,
    ...extra,
  };
}

/** The general canonical text of `op` without the fields named. */
function general(of: Operation, without: readonly string[] = []): string {
  const record: Record<string, JsonValue> = {};
  for (const [key, value] of Object.entries(of)) {
    if (!without.includes(key) && value !== undefined) record[key] = value;
  }
  return canonicalJson(record);
}

// A small seeded generator (a linear congruential one), so every run sees the same values.
function values(seed: number): () => JsonValue {
  let state = seed;
  const next = () => {
    state = (state * 1103515245 + 12345) % 2147483648;
    return state / 2147483648;
  };
  const pieces = ['a', 'Z', 'é', '€', '😀', '\u2028', '\n', '"', '\\', '\u0001', 'ﬀ', '\uD800x'];
  const text = () =>
    Array.from(
      { length: Math.floor(next() * 6) },
      () => pieces[Math.floor(next() * pieces.length)],
    ).join('');
  const numbers = [0, -1, 1.5, 1e21, 1e-7, 0.1 + 0.2, -123456789.125, 2 ** 53, 5e-324];
  const make = (depth: number): JsonValue => {
    const kind = Math.floor(next() * (depth > 2 ? 4 : 6));
    if (kind === 0) return text();
    if (kind === 1) return numbers[Math.floor(next() * numbers.length)] ?? 0;
    if (kind === 2) return next() < 0.5;
    if (kind === 3) return null;
    if (kind === 4) return Array.from({ length: Math.floor(next() * 4) }, () => make(depth + 1));
    return Object.fromEntries(
      Array.from({ length: Math.floor(next() * 5) }, () => [text(), make(depth + 1)]),
    );
  };
  return () => make(0);
}

describe('an op’s canonical text', () => {
  it('is the general RFC 8785 text on edge cases: Unicode, escapes, numbers, nested keys', () => {
    const edge: JsonValue[] = [
      'Amara’s “outstanding” ✓ 😀',
      '\u2028\u2029\u0000\u001f"\\/',
      { é: 1, e: 2, E: 3, '😀': 4, '\uFB00': 5, '': 6 },
      [1e21, 1e-7, -0.5, 2 ** 53 + 2, 0.1 + 0.2, 100, 5e-324],
      { b: [{ d: null, c: [true, false] }], a: { z: {}, y: [] } },
    ];
    for (const value of edge) {
      const signed = op(value, { chain: 'c'.repeat(64), sig: `${'A'.repeat(86)}==` });
      expect(operationLine(signed)).toBe(general(signed));
      expect(unsignedLine(signed)).toBe(general(signed, ['sig', 'chain']));
      expect(operationLine(op(value, { chain: null, sig: 's' }))).toBe(
        general(op(value, { chain: null, sig: 's' })),
      );
      expect(operationLine(op(value))).toBe(general(op(value)));
    }
  });

  it('is the general RFC 8785 text on a thousand generated values', () => {
    const next = values(19);
    for (let index = 0; index < 1000; index += 1) {
      const made = op(next(), { prev: index % 2 === 0 ? null : HLC, field: `f${index}` });
      expect(operationLine(made)).toBe(general(made));
    }
  });
});
