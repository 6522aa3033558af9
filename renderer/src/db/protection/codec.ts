import { prepareForJson } from './codec-prepare';
import { ProtectionError } from './errors';

/*
 * A stored value as bytes, so it can be encrypted, and back. IndexedDB keeps
 * values by the structured clone algorithm; JSON is the fastest serialiser a
 * page has (native, several times faster than walking the value in script),
 * but it silently changes what structured clone keeps: typed arrays, a Map,
 * a Set, a Date, `undefined` and non-finite numbers. The replacer turns each
 * of those into a marker object `{ "\u0000": tag, ... }` and the reviver
 * turns it back; anything else JSON cannot keep (a class instance, a bigint)
 * is refused rather than stored changed. Byte arrays travel beside the JSON
 * text, not inside it, so a 10 MB source file is copied, never base64-encoded.
 *
 * Layout: u32 JSON length | u32 marker count | JSON (UTF-8) | per byte array: u32 length | bytes.
 * A value with no markers (most rows) is parsed without a reviver, at JSON.parse's full speed.
 */

const MARK = '\u0000';

type Marker =
  | { readonly [MARK]: 'b'; readonly i: number; readonly t: BinaryType }
  | { readonly [MARK]: 'm'; readonly v: [unknown, unknown][] }
  | { readonly [MARK]: 's'; readonly v: unknown[] }
  | { readonly [MARK]: 'd'; readonly v: number }
  | { readonly [MARK]: 'u' }
  | { readonly [MARK]: 'n'; readonly v: 'NaN' | 'Infinity' | '-Infinity' }
  | { readonly [MARK]: 'o'; readonly v: [string, unknown][] };

/** The binary types structured clone keeps, rebuilt from their bytes (same machine, same byte order). */
const BINARY_TYPES = {
  ArrayBuffer: (buffer: ArrayBuffer) => buffer,
  Uint8Array: (buffer: ArrayBuffer) => new Uint8Array(buffer),
  Uint8ClampedArray: (buffer: ArrayBuffer) => new Uint8ClampedArray(buffer),
  Int8Array: (buffer: ArrayBuffer) => new Int8Array(buffer),
  Uint16Array: (buffer: ArrayBuffer) => new Uint16Array(buffer),
  Int16Array: (buffer: ArrayBuffer) => new Int16Array(buffer),
  Uint32Array: (buffer: ArrayBuffer) => new Uint32Array(buffer),
  Int32Array: (buffer: ArrayBuffer) => new Int32Array(buffer),
  Float32Array: (buffer: ArrayBuffer) => new Float32Array(buffer),
  Float64Array: (buffer: ArrayBuffer) => new Float64Array(buffer),
  BigInt64Array: (buffer: ArrayBuffer) => new BigInt64Array(buffer),
  BigUint64Array: (buffer: ArrayBuffer) => new BigUint64Array(buffer),
} as const;
type BinaryType = keyof typeof BINARY_TYPES;

function isBinaryType(name: string): name is BinaryType {
  return Object.hasOwn(BINARY_TYPES, name);
}

function binaryTypeOf(value: object): BinaryType | undefined {
  if (value instanceof ArrayBuffer) return 'ArrayBuffer';
  if (!ArrayBuffer.isView(value) || value instanceof DataView) return undefined;
  const name = value.constructor.name;
  return isBinaryType(name) ? name : undefined;
}

function bytesOf(value: object): Uint8Array {
  if (value instanceof ArrayBuffer) return new Uint8Array(value);
  if (ArrayBuffer.isView(value))
    return new Uint8Array(value.buffer, value.byteOffset, value.byteLength);
  return new Uint8Array(0);
}

const encoder = new TextEncoder();
const decoder = new TextDecoder();

function isPlainObject(value: object): boolean {
  const prototype: unknown = Object.getPrototypeOf(value);
  return prototype === Object.prototype || prototype === null;
}

/** The value as bytes that {@link decodeValue} reads back as structured clone would have kept it. */
export function encodeValue(value: unknown): Uint8Array<ArrayBuffer> {
  // The same bytes as the replacer's, written without calling back per value (codec-prepare.ts).
  const prepared = prepareForJson(value, binaryTypeOf, bytesOf);
  if (prepared === undefined) return encodeValueByReplacer(value);
  return layout(JSON.stringify(prepared.value), prepared.markers, prepared.binaries);
}

/** {@link encodeValue} by JSON.stringify's replacer, for every value (and what it refuses). */
export function encodeValueByReplacer(value: unknown): Uint8Array<ArrayBuffer> {
  const binaries: Uint8Array[] = [];
  let markers = 0;
  function replacer(this: unknown, key: string, current: unknown): unknown {
    // `this` is the holder: a Date has already been through its toJSON here.
    const original: unknown =
      typeof this === 'object' && this !== null ? Reflect.get(this, key) : current;
    if (original instanceof Date) {
      markers += 1;
      return { [MARK]: 'd', v: original.getTime() } satisfies Marker;
    }
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
        } satisfies Marker;
      case 'undefined':
        markers += 1;
        return { [MARK]: 'u' } satisfies Marker;
      case 'object':
        if (current === null || Array.isArray(current)) return current;
        {
          const type = binaryTypeOf(current);
          if (type !== undefined) {
            markers += 1;
            binaries.push(bytesOf(current));
            return { [MARK]: 'b', i: binaries.length - 1, t: type } satisfies Marker;
          }
        }
        if (current instanceof Map) {
          markers += 1;
          return { [MARK]: 'm', v: [...current.entries()] } satisfies Marker;
        }
        if (current instanceof Set) {
          markers += 1;
          return { [MARK]: 's', v: [...current.values()] } satisfies Marker;
        }
        if (!isPlainObject(current)) break;
        if (Object.hasOwn(current, MARK)) {
          // A real object that happens to use the marker's key is kept by its entries.
          markers += 1;
          return { [MARK]: 'o', v: Object.entries(current) } satisfies Marker;
        }
        return current;
      default:
        break;
    }
    throw new ProtectionError(
      'unstorable',
      `a value of type ${current === null ? 'null' : typeof current === 'object' ? current.constructor.name : typeof current} at "${key}" cannot be kept encrypted`,
    );
  }
  return layout(JSON.stringify(value, replacer), markers, binaries);
}

/** The JSON text, the marker count and the byte arrays laid out as the header comment says. */
function layout(
  text: string,
  markers: number,
  binaries: readonly Uint8Array[],
): Uint8Array<ArrayBuffer> {
  const binarySize = binaries.reduce((sum, bytes) => sum + 4 + bytes.length, 0);
  // Text that is all ASCII (most rows) is as many bytes as characters: written
  // straight into place, without a second buffer and a copy of tens of MB.
  let out = new Uint8Array(8 + text.length + binarySize);
  const written = encoder.encodeInto(text, out.subarray(8, 8 + text.length));
  let jsonLength = written.written;
  if (written.read !== text.length) {
    const json = encoder.encode(text);
    jsonLength = json.length;
    out = new Uint8Array(8 + jsonLength + binarySize);
    out.set(json, 8);
  }
  const view = new DataView(out.buffer);
  view.setUint32(0, jsonLength);
  view.setUint32(4, markers);
  let offset = 8 + jsonLength;
  for (const bytes of binaries) {
    view.setUint32(offset, bytes.length);
    out.set(bytes, offset + 4);
    offset += 4 + bytes.length;
  }
  return out;
}

function isMarker(value: unknown): value is Marker {
  return typeof value === 'object' && value !== null && Object.hasOwn(value, MARK);
}

/** The value {@link encodeValue} wrote. */
export function decodeValue(bytes: Uint8Array): unknown {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const jsonLength = view.getUint32(0);
  const markers = view.getUint32(4);
  const text = decoder.decode(bytes.subarray(8, 8 + jsonLength));
  if (markers === 0) return JSON.parse(text);
  const binaries: ArrayBuffer[] = [];
  let offset = 8 + jsonLength;
  while (offset < bytes.length) {
    const length = view.getUint32(offset);
    // A copy, so the value does not hold the whole decrypted record alive (and is aligned).
    binaries.push(bytes.slice(offset + 4, offset + 4 + length).buffer);
    offset += 4 + length;
  }
  // A reviver that returns undefined deletes the property, so undefined is set afterwards.
  const undefinedAt: [object, string][] = [];
  const revived: unknown = JSON.parse(text, function reviver(this: unknown, key, value: unknown) {
    if (!isMarker(value)) return value;
    switch (value[MARK]) {
      case 'b': {
        const buffer = binaries[value.i];
        return buffer === undefined ? undefined : BINARY_TYPES[value.t](buffer);
      }
      case 'm':
        return new Map(value.v);
      case 's':
        return new Set(value.v);
      case 'd':
        return new Date(value.v);
      case 'n':
        return Number(value.v);
      case 'o':
        return Object.fromEntries(value.v);
      case 'u':
        if (typeof this === 'object' && this !== null) undefinedAt.push([this, key]);
        return null;
    }
  });
  for (const [holder, key] of undefinedAt) Reflect.set(holder, key, undefined);
  return revived;
}
