import { z } from 'zod';
import { MAX_TEXT_VALUE_LENGTH } from '../limits';

/**
 * JSON values as they travel in operations. Values are checked and copied on
 * the way in, so what is stored is exactly what `JSON.stringify` then
 * `JSON.parse` gives back: a round trip through `operations.jsonl` is lossless.
 */

/** A value that survives `JSON.stringify` → `JSON.parse` unchanged. */
export type JsonValue =
  null | boolean | number | string | readonly JsonValue[] | { readonly [key: string]: JsonValue };

/** The outcome of {@link toJsonValue}. */
export type JsonCheck =
  | { readonly ok: true; readonly value: JsonValue }
  | { readonly ok: false; readonly path: string; readonly problem: string };

// Deep enough for any record a form produces; stops a hostile file from
// exhausting the stack.
const MAX_DEPTH = 64;

function isPlainObject(value: object): boolean {
  const proto: unknown = Object.getPrototypeOf(value);
  return proto === Object.prototype || proto === null;
}

function describeNonJson(value: unknown): string | undefined {
  if (value === undefined) return 'undefined is not JSON; leave the field out or use null';
  if (typeof value === 'number' && !Number.isFinite(value)) {
    return `${String(value)} is not a number JSON can hold`;
  }
  if (typeof value === 'bigint') return 'a bigint is not JSON; store it as a string';
  if (typeof value === 'function' || typeof value === 'symbol')
    return `a ${typeof value} is not JSON`;
  return undefined;
}

function check(value: unknown, path: string, depth: number, seen: Set<object>): JsonCheck {
  const problem = describeNonJson(value);
  if (problem !== undefined) return { ok: false, path, problem };
  // A text value is bounded: report layout and every screen showing it take
  // time that grows with it, and no judgement or note needs more.
  if (typeof value === 'string' && value.length > MAX_TEXT_VALUE_LENGTH) {
    return {
      ok: false,
      path,
      problem: `a text of ${value.length} characters, more than the ${MAX_TEXT_VALUE_LENGTH} one value may hold; shorten it or split it`,
    };
  }
  if (value === null || typeof value === 'boolean' || typeof value === 'string') {
    return { ok: true, value };
  }
  // JSON has no negative zero: `JSON.stringify(-0)` is `0`, so store 0.
  if (typeof value === 'number') return { ok: true, value: value === 0 ? 0 : value };
  if (typeof value !== 'object') return { ok: false, path, problem: 'not a JSON value' };
  if (depth >= MAX_DEPTH) return { ok: false, path, problem: `nested deeper than ${MAX_DEPTH}` };
  if (seen.has(value)) return { ok: false, path, problem: 'refers to itself' };
  seen.add(value);
  const result = Array.isArray(value)
    ? checkArray(value, path, depth, seen)
    : checkObject(value, path, depth, seen);
  seen.delete(value);
  return result;
}

function checkArray(
  value: readonly unknown[],
  path: string,
  depth: number,
  seen: Set<object>,
): JsonCheck {
  const out: JsonValue[] = [];
  // Index by position, not `for…of`, so holes in sparse arrays are reported.
  for (let index = 0; index < value.length; index += 1) {
    const item = check(value[index], `${path}[${index}]`, depth + 1, seen);
    if (!item.ok) return item;
    out.push(item.value);
  }
  return { ok: true, value: out };
}

function checkObject(value: object, path: string, depth: number, seen: Set<object>): JsonCheck {
  if (!isPlainObject(value)) {
    const kind = value instanceof Date ? 'a Date; store it as an ISO string' : 'not a plain object';
    return { ok: false, path, problem: kind };
  }
  const entries: [string, JsonValue][] = [];
  const source: [string, unknown][] = Object.entries(value);
  for (const [key, item] of source) {
    const checked = check(item, path === '' ? key : `${path}.${key}`, depth + 1, seen);
    if (!checked.ok) return checked;
    entries.push([key, checked.value]);
  }
  // Object.fromEntries defines own properties, so a key named `__proto__`
  // (legal JSON) stays data instead of replacing the prototype.
  return { ok: true, value: Object.fromEntries(entries) };
}

/**
 * Checks that `value` is JSON and returns a fresh copy (negative zero becomes
 * 0). Never throws; on failure names the path, e.g. `items[2].date`.
 */
export function toJsonValue(value: unknown): JsonCheck {
  return check(value, '', 0, new Set());
}

/** Zod schema for a JSON value: validates and returns the canonical copy. */
export const jsonValueSchema = z.unknown().transform((input, ctx): JsonValue => {
  const checked = toJsonValue(input);
  if (checked.ok) return checked.value;
  const where = checked.path === '' ? '' : ` at ${checked.path}`;
  ctx.issues.push({ code: 'custom', input, message: `not JSON${where}: ${checked.problem}` });
  return z.NEVER;
});

// `Array.isArray` does not narrow readonly arrays, so say what it proves.
function isJsonArray(value: JsonValue): value is readonly JsonValue[] {
  return Array.isArray(value);
}

/** Deep equality of two JSON values; object key order does not matter. */
export function jsonEqual(a: JsonValue, b: JsonValue): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (isJsonArray(a) || isJsonArray(b)) {
    if (!isJsonArray(a) || !isJsonArray(b) || a.length !== b.length) return false;
    return a.every((item, index) => {
      const other = b[index];
      return other !== undefined && jsonEqual(item, other);
    });
  }
  const keysA = Object.keys(a);
  if (keysA.length !== Object.keys(b).length) return false;
  return keysA.every((key) => {
    const left = a[key];
    const right = Object.hasOwn(b, key) ? b[key] : undefined;
    return left !== undefined && right !== undefined && jsonEqual(left, right);
  });
}
