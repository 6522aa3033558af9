/*
 * A faster way to the same bytes as codec.ts's replacer. JSON.stringify
 * with a replacer calls back into script for every value it writes (each
 * cell of 100,000 imported rows); without one it runs native at full speed.
 * So the value is walked once here: the few values JSON cannot keep that the
 * walk knows how to mark (typed arrays, a Map, a Set, a Date, `undefined`,
 * non-finite numbers) are swapped for the same marker objects the replacer
 * makes, in the same order, on copies of only the arrays and objects that
 * hold them. Anything else the replacer treats specially (an object using
 * the marker's key or with its own toJSON, a class instance, a function, a
 * bigint or symbol) is left to the replacer: the walk gives up and says so.
 */

/** The marker's key (codec.ts). */
const MARK = '\u0000';

/** The value with its markers, the byte arrays they name, and how many markers. */
export type Prepared = {
  readonly value: unknown;
  readonly binaries: readonly Uint8Array[];
  readonly markers: number;
};

/** Gives up the walk: the replacer handles the value instead. */
const GIVE_UP: unique symbol = Symbol('give up');

function isPlain(value: object): boolean {
  const prototype: unknown = Object.getPrototypeOf(value);
  return prototype === Object.prototype || prototype === null;
}

/**
 * `value` with the markers codec.ts's replacer would write in place of its
 * typed arrays, `undefined`s and non-finite numbers, or undefined when only
 * the replacer can write it. `binaryType` names a typed array's type (codec.ts).
 */
export function prepareForJson(
  value: unknown,
  binaryType: (value: object) => string | undefined,
  bytesOf: (value: object) => Uint8Array,
): Prepared | undefined {
  const binaries: Uint8Array[] = [];
  let markers = 0;

  function walk(current: unknown): unknown {
    switch (typeof current) {
      case 'string':
      case 'boolean':
        return current;
      case 'number':
        if (Number.isFinite(current)) return current;
        markers += 1;
        return {
          [MARK]: 'n',
          v: Number.isNaN(current) ? 'NaN' : current > 0 ? 'Infinity' : '-Infinity',
        };
      case 'undefined':
        markers += 1;
        return { [MARK]: 'u' };
      case 'object':
        return current === null ? null : walkObject(current);
      default:
        return GIVE_UP;
    }
  }

  function walkObject(current: object): unknown {
    if (Array.isArray(current)) {
      let copy: unknown[] | undefined;
      for (let at = 0; at < current.length; at += 1) {
        const item: unknown = current[at];
        const done = walk(item);
        if (done === GIVE_UP) return GIVE_UP;
        if (done !== item) {
          copy ??= current.slice(0, at);
        }
        if (copy !== undefined) copy[at] = done;
      }
      return copy ?? current;
    }
    const type = binaryType(current);
    if (type !== undefined) {
      markers += 1;
      binaries.push(bytesOf(current));
      return { [MARK]: 'b', i: binaries.length - 1, t: type };
    }
    // Marked, then their contents walked, as the replacer's markers are.
    if (current instanceof Date) {
      markers += 1;
      return { [MARK]: 'd', v: current.getTime() };
    }
    if (current instanceof Map) {
      markers += 1;
      const entries = walk([...current.entries()]);
      return entries === GIVE_UP ? GIVE_UP : { [MARK]: 'm', v: entries };
    }
    if (current instanceof Set) {
      markers += 1;
      const values = walk([...current.values()]);
      return values === GIVE_UP ? GIVE_UP : { [MARK]: 's', v: values };
    }
    // A class instance, or an object JSON would call toJSON on: the replacer's.
    if (!isPlain(current) || Object.hasOwn(current, MARK) || 'toJSON' in current) return GIVE_UP;
    let copy: Record<string, unknown> | undefined;
    const keys = Object.keys(current);
    for (let at = 0; at < keys.length; at += 1) {
      const key = keys[at] ?? '';
      // Set on a copy, this key would change the copy's prototype instead of naming a field.
      if (key === '__proto__') return GIVE_UP;
      const item: unknown = Reflect.get(current, key);
      const done = walk(item);
      if (done === GIVE_UP) return GIVE_UP;
      if (done !== item && copy === undefined) {
        copy = {};
        for (const before of keys.slice(0, at)) copy[before] = Reflect.get(current, before);
      }
      if (copy !== undefined) copy[key] = done;
    }
    return copy ?? current;
  }

  const prepared = walk(value);
  return prepared === GIVE_UP ? undefined : { value: prepared, binaries, markers };
}
