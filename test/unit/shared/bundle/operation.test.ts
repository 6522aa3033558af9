import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  formatHlc,
  jsonEqual,
  operationSchema,
  toJsonValue,
  type Operation,
} from '../../../../shared/bundle';

function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (typeof value === 'object' && value !== null) {
    const keys = Object.keys(value).sort();
    return `{${keys.map((k) => `${JSON.stringify(k)}:${canonical(Reflect.get(value, k))}`).join(',')}}`;
  }
  return JSON.stringify(value);
}

function reverseKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(reverseKeys);
  if (typeof value !== 'object' || value === null) return value;
  const entries = Object.keys(value)
    .toReversed()
    .map((k): [string, unknown] => [k, reverseKeys(Reflect.get(value, k))]);
  return Object.fromEntries(entries);
}

function holey(): unknown[] {
  const array: unknown[] = [1];
  array[2] = 3;
  return array;
}

describe('JSON values', () => {
  it('keeps what JSON.stringify → JSON.parse keeps, including a "__proto__" key', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        const checked = toJsonValue(value);
        expect(checked.ok).toBe(true);
        if (!checked.ok) return;
        // JSON text is the reference: the stored value must print the same.
        expect(JSON.stringify(checked.value)).toBe(JSON.stringify(value));
        expect(JSON.parse(JSON.stringify(checked.value))).toEqual(checked.value);
      }),
    );
    const hostile: unknown = JSON.parse('{"__proto__": {"polluted": true}}');
    const checked = toJsonValue(hostile);
    const kept = checked.ok ? checked.value : undefined;
    // Printed as data, so the key is an own property and the prototype is untouched.
    expect(JSON.stringify(kept)).toBe('{"__proto__":{"polluted":true}}');
    expect(typeof kept === 'object' && Object.getPrototypeOf(kept) === Object.prototype).toBe(true);
    expect(Object.prototype).not.toHaveProperty('polluted');
  });

  it('stores negative zero as 0, since JSON cannot tell them apart', () => {
    const checked = toJsonValue({ n: -0 });
    const n: unknown = checked.ok ? Reflect.get(Object(checked.value), 'n') : undefined;
    expect(Object.is(n, 0)).toBe(true);
  });

  it.each([
    ['undefined', { a: undefined }, 'a'],
    ['NaN', [1, Number.NaN], '[1]'],
    ['Infinity', { deep: { x: Infinity } }, 'deep.x'],
    ['a Date', { when: new Date(0) }, 'when'],
    ['a Map', new Map(), ''],
    ['a bigint', { n: 1n }, 'n'],
    ['a hole in an array', holey(), '[1]'],
  ])('rejects %s and says where', (_label, value, path) => {
    const checked = toJsonValue(value);
    expect(checked).toMatchObject({ ok: false, path });
  });

  it('rejects a value that contains itself', () => {
    const loop: { self?: unknown } = {};
    loop.self = loop;
    expect(toJsonValue(loop).ok).toBe(false);
  });

  it('compares values structurally, ignoring key order', () => {
    expect(jsonEqual({ a: 1, b: [1, { c: null }] }, { b: [1, { c: null }], a: 1 })).toBe(true);
    expect(jsonEqual({ a: 1 }, { a: 1, b: 2 })).toBe(false);
    expect(jsonEqual([1, 2], { 0: 1, 1: 2 })).toBe(false);
    expect(jsonEqual('1', 1)).toBe(false);
    fc.assert(
      fc.property(fc.jsonValue(), fc.jsonValue(), (a, b) => {
        const x = toJsonValue(a);
        const y = toJsonValue(b);
        if (!x.ok || !y.ok) return;
        // Independent oracle: JSON text with keys sorted at every level.
        expect(jsonEqual(x.value, y.value)).toBe(canonical(x.value) === canonical(y.value));
        expect(jsonEqual(x.value, x.value)).toBe(true);
        const flipped = toJsonValue(reverseKeys(a));
        expect(flipped.ok && jsonEqual(x.value, flipped.value)).toBe(true);
      }),
    );
  });
});

describe('operation schema', () => {
  const valid: Operation = {
    id: 'op-1',
    author: 'Jane Smith',
    hlc: formatHlc(2_000, 0, 'Jane Smith'),
    entity: 'evidence',
    entityId: 'ev-1',
    field: 'title',
    value: 'Case file audit',
    prev: formatHlc(1_000, 4, 'Sam Jones'),
  };

  it('accepts a well-formed op', () => {
    expect(operationSchema.parse(valid)).toEqual(valid);
  });

  it.each<[string, Record<string, unknown>, string]>([
    ['an author who is not the HLC node', { author: 'Sam Jones' }, 'author'],
    ['a prev that is not earlier', { prev: formatHlc(3_000, 0, 'Sam Jones') }, 'prev'],
    ['a reserved field name', { field: '$owner' }, 'field'],
    ['a $deleted that is not boolean', { field: '$deleted', value: 'yes' }, 'value'],
    ['a malformed hlc', { hlc: 'today' }, 'hlc'],
    ['an empty entity id', { entityId: '' }, 'entityId'],
    ['an unknown key', { extra: 1 }, ''],
    ['a value that is not JSON', { value: Number.NaN }, 'value'],
  ])('rejects %s', (_label, patch, field) => {
    const result = operationSchema.safeParse({ ...valid, ...patch });
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((issue) => issue.path.join('.'))).toContain(field);
  });
});
