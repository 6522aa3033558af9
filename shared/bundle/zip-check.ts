/**
 * Integrity checks fflate's `unzipSync` does not make: it never compares an
 * entry's CRC-32 with the central directory, so a flipped bit in a stored
 * attachment would otherwise pass unnoticed. Only the central directory is
 * read here; fflate does the actual extraction.
 */

const CRC_TABLE = ((): Uint32Array => {
  const table = new Uint32Array(256);
  for (let n = 0; n < 256; n += 1) {
    let c = n;
    for (let k = 0; k < 8; k += 1) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    table[n] = c >>> 0;
  }
  return table;
})();

/** Node's zlib `crc32` (Node 20.15+, 22.2+), reached so this module still loads in a browser. */
function nodeCrc32(): ((bytes: Uint8Array) => number) | undefined {
  const host: unknown = Reflect.get(globalThis, 'process');
  if (typeof host !== 'object' || host === null) return undefined;
  const load: unknown = Reflect.get(host, 'getBuiltinModule');
  if (typeof load !== 'function') return undefined;
  try {
    const zlib: unknown = Reflect.apply(load, host, ['node:zlib']);
    const crc: unknown =
      typeof zlib === 'object' && zlib !== null ? Reflect.get(zlib, 'crc32') : undefined;
    return typeof crc === 'function'
      ? (bytes) => Number(Reflect.apply(crc, zlib, [bytes]))
      : undefined;
  } catch {
    return undefined;
  }
}

// In Node (the command, Electron's main process) zlib's native CRC-32 is many
// times faster than the loop below over a large log; both give the same value.
const native = nodeCrc32();

/** CRC-32 (IEEE 802.3, as zip uses) of `bytes`. */
export function crc32(bytes: Uint8Array): number {
  if (native !== undefined) return native(bytes);
  let crc = 0xffffffff;
  for (const byte of bytes) crc = (CRC_TABLE[(crc ^ byte) & 0xff] ?? 0) ^ (crc >>> 8);
  return (crc ^ 0xffffffff) >>> 0;
}

/** Whether `bytes` starts like a zip (a local file header, or the end record of an empty zip). */
export function looksLikeZip(bytes: Uint8Array): boolean {
  return (
    bytes.length >= 22 &&
    bytes[0] === 0x50 &&
    bytes[1] === 0x4b &&
    ((bytes[2] === 0x03 && bytes[3] === 0x04) || (bytes[2] === 0x05 && bytes[3] === 0x06))
  );
}

function u16(bytes: Uint8Array, at: number): number {
  return (bytes[at] ?? 0) | ((bytes[at + 1] ?? 0) << 8);
}

function u32(bytes: Uint8Array, at: number): number {
  return (u16(bytes, at) | (u16(bytes, at + 2) << 16)) >>> 0;
}

function latin1(bytes: Uint8Array): string {
  let out = '';
  for (const byte of bytes) out += String.fromCharCode(byte);
  return out;
}

/**
 * The CRC-32 the central directory records for each entry name, or
 * `undefined` if the directory cannot be walked or disagrees with a local
 * header about an entry's name.
 * Names are read byte for byte, which matches fflate for the ASCII names a
 * bundle allows.
 */
export function centralCrcs(bytes: Uint8Array): Map<string, number> | undefined {
  let end = bytes.length - 22;
  const stop = Math.max(0, bytes.length - 22 - 0xffff);
  while (end >= stop && u32(bytes, end) !== 0x06054b50) end -= 1;
  if (end < stop) return undefined;
  const count = u16(bytes, end + 10);
  const start = u32(bytes, end + 16);
  // A single-disk zip: entries on this disk equal the total, and the
  // directory runs exactly up to the end record. Anything else is damage.
  if (u16(bytes, end + 8) !== count || start + u32(bytes, end + 12) !== end) return undefined;
  let at = start;
  const crcs = new Map<string, number>();
  for (let index = 0; index < count; index += 1) {
    if (u32(bytes, at) !== 0x02014b50) return undefined;
    const nameLength = u16(bytes, at + 28);
    const name = latin1(bytes.subarray(at + 46, at + 46 + nameLength));
    // The local header must carry the same name, or a damaged directory
    // entry could silently rename a part (found by the flipped-byte property test).
    const local = u32(bytes, at + 42);
    const localLength = u16(bytes, local + 26);
    if (
      u32(bytes, local) !== 0x04034b50 ||
      latin1(bytes.subarray(local + 30, local + 30 + localLength)) !== name
    ) {
      return undefined;
    }
    crcs.set(name, u32(bytes, at + 16));
    at += 46 + nameLength + u16(bytes, at + 30) + u16(bytes, at + 32);
  }
  return at === end ? crcs : undefined;
}
