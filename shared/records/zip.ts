/**
 * Reading a zip (an xlsx package, a Companies House download) without
 * trusting it: the central directory (APPNOTE.TXT §4.3.12–4.3.16,
 * https://pkware.cachefly.net/webdocs/casestudies/APPNOTE.TXT) is read
 * first, so the entries are counted and their sizes summed before anything
 * is inflated; two entries of the same name are refused (readers differ on
 * which one wins); and each entry is inflated once, in small steps, into a
 * buffer of the size the directory claims — more bytes than that, fewer, or
 * a different CRC-32 is damage, so a lying header cannot get past.
 */
import { Inflate, strFromU8 } from 'fflate';
import { bytesText } from '../limits';

/** One entry as the central directory describes it. */
export type ZipEntry = {
  readonly name: string;
  /** 0 stored, 8 deflated. */
  readonly method: number;
  readonly compressedSize: number;
  /** The size the directory claims the entry inflates to. */
  readonly size: number;
  readonly crc: number;
  readonly localOffset: number;
  readonly encrypted: boolean;
};

/** A zip's entries, in directory order, and by name. */
export type ZipDirectory = {
  readonly entries: readonly ZipEntry[];
  readonly byName: ReadonlyMap<string, ZipEntry>;
};

/** What a reader allows one zip to hold. */
export type ZipLimits = {
  readonly entries: number;
  /** Bytes all entries may inflate to, summed. */
  readonly totalBytes: number;
};

/** Why a zip was not read. */
export type ZipDamageKind =
  | 'corrupt'
  | 'too-many-entries'
  | 'too-large'
  | 'duplicate-entry'
  | 'size-mismatch'
  | 'encrypted'
  | 'unsupported';

/**
 * A zip that cannot be read safely. `detail` is a clause for the caller's
 * one-line message ("holds two entries named …"); `part` names the entry.
 */
export class ZipDamage extends Error {
  override readonly name = 'ZipDamage';
  constructor(
    readonly kind: ZipDamageKind,
    readonly part: string | undefined,
    readonly detail: string,
  ) {
    super(detail);
  }
}

const EOCD = 0x06054b50;
const ZIP64_LOCATOR = 0x07064b50;
const ZIP64_EOCD = 0x06064b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;
const MAX32 = 0xffffffff;

function u16(bytes: Uint8Array, at: number): number {
  return (bytes[at] ?? 0) | ((bytes[at + 1] ?? 0) << 8);
}

function u32(bytes: Uint8Array, at: number): number {
  return (u16(bytes, at) | (u16(bytes, at + 2) << 16)) >>> 0;
}

function u64(bytes: Uint8Array, at: number): number {
  // Safe up to 2^53, far beyond any limit here.
  return u32(bytes, at) + u32(bytes, at + 4) * 2 ** 32;
}

function corrupt(detail: string, part?: string): ZipDamage {
  return new ZipDamage('corrupt', part, detail);
}

/** Where the end-of-central-directory record starts, searching back over a comment of up to 64 KiB. */
function endRecord(bytes: Uint8Array): number {
  const stop = Math.max(0, bytes.length - 22 - 0xffff);
  for (let at = bytes.length - 22; at >= stop; at -= 1) {
    if (u32(bytes, at) === EOCD) return at;
  }
  throw corrupt('has no zip table of contents (it was probably cut short)');
}

type Directory = { readonly count: number; readonly start: number; readonly size: number };

function directoryOf(bytes: Uint8Array): Directory {
  const end = endRecord(bytes);
  let count = u16(bytes, end + 10);
  let size = u32(bytes, end + 12);
  let start = u32(bytes, end + 16);
  const locator = end - 20;
  if (
    (count === 0xffff || size === MAX32 || start === MAX32) &&
    locator >= 0 &&
    u32(bytes, locator) === ZIP64_LOCATOR
  ) {
    const record = u64(bytes, locator + 8);
    if (record + 56 > bytes.length || u32(bytes, record) !== ZIP64_EOCD) {
      throw corrupt('has a damaged ZIP64 table of contents');
    }
    count = u64(bytes, record + 32);
    size = u64(bytes, record + 40);
    start = u64(bytes, record + 48);
  }
  if (start + size > bytes.length) throw corrupt('has a table of contents past its end');
  return { count, start, size };
}

/** The ZIP64 extended sizes and offset (extra field 0x0001), where the 32-bit fields are full. */
function zip64Extra(
  bytes: Uint8Array,
  from: number,
  to: number,
  fields: { size: number; compressedSize: number; localOffset: number },
): void {
  for (let at = from; at + 4 <= to;) {
    const id = u16(bytes, at);
    const length = u16(bytes, at + 2);
    if (id === 0x0001) {
      let field = at + 4;
      if (fields.size === MAX32) {
        fields.size = u64(bytes, field);
        field += 8;
      }
      if (fields.compressedSize === MAX32) {
        fields.compressedSize = u64(bytes, field);
        field += 8;
      }
      if (fields.localOffset === MAX32) fields.localOffset = u64(bytes, field);
      return;
    }
    at += 4 + length;
  }
}

/**
 * Reads a zip's central directory and checks it against `limits` before
 * anything is inflated. Throws {@link ZipDamage}.
 */
export function readZipDirectory(bytes: Uint8Array, limits: ZipLimits): ZipDirectory {
  const directory = directoryOf(bytes);
  if (directory.count > limits.entries) {
    throw new ZipDamage(
      'too-many-entries',
      undefined,
      `holds ${directory.count.toLocaleString('en-GB')} entries, more than the ${limits.entries.toLocaleString('en-GB')} allowed`,
    );
  }
  const entries: ZipEntry[] = [];
  const byName = new Map<string, ZipEntry>();
  let total = 0;
  let at = directory.start;
  for (let index = 0; index < directory.count; index += 1) {
    if (at + 46 > bytes.length || u32(bytes, at) !== CENTRAL) {
      throw corrupt('has a damaged table of contents');
    }
    const flags = u16(bytes, at + 8);
    const nameLength = u16(bytes, at + 28);
    const extraLength = u16(bytes, at + 30);
    const commentLength = u16(bytes, at + 32);
    const nameBytes = bytes.subarray(at + 46, at + 46 + nameLength);
    // Bit 11: the name is UTF-8; otherwise it is read byte for byte.
    const name = flags & 0x800 ? strFromU8(nameBytes) : strFromU8(nameBytes, true);
    const fields = {
      size: u32(bytes, at + 24),
      compressedSize: u32(bytes, at + 20),
      localOffset: u32(bytes, at + 42),
    };
    zip64Extra(bytes, at + 46 + nameLength, at + 46 + nameLength + extraLength, fields);
    const entry: ZipEntry = {
      name,
      method: u16(bytes, at + 10),
      crc: u32(bytes, at + 16),
      encrypted: (flags & 1) === 1,
      ...fields,
    };
    if (byName.has(name)) {
      throw new ZipDamage(
        'duplicate-entry',
        name,
        `holds two entries named "${name.slice(0, 80)}", so which one is meant cannot be told`,
      );
    }
    total += entry.size;
    if (total > limits.totalBytes) {
      throw new ZipDamage(
        'too-large',
        name,
        `would unpack to more than ${bytesText(limits.totalBytes)} (the limit for one file)`,
      );
    }
    byName.set(name, entry);
    entries.push(entry);
    at += 46 + nameLength + extraLength + commentLength;
  }
  return { entries, byName };
}

const CRC_TABLE = ((): Int32Array => {
  const table = new Int32Array(256);
  for (let n = 0; n < 256; n += 1) {
    let c = n;
    for (let k = 0; k < 8; k += 1) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    table[n] = c;
  }
  return table;
})();

/** CRC-32 as zip uses it (ISO 3309). */
function crc32(bytes: Uint8Array): number {
  let crc = -1;
  for (let at = 0; at < bytes.length; at += 1) {
    crc = (CRC_TABLE[(crc ^ (bytes[at] ?? 0)) & 0xff] ?? 0) ^ (crc >>> 8);
  }
  return (crc ^ -1) >>> 0;
}

/** Where an entry's compressed bytes start, from its local header. */
function dataStart(bytes: Uint8Array, entry: ZipEntry): number {
  const at = entry.localOffset;
  if (at + 30 > bytes.length || u32(bytes, at) !== LOCAL) {
    throw corrupt(`has a damaged entry "${entry.name.slice(0, 80)}"`, entry.name);
  }
  const start = at + 30 + u16(bytes, at + 26) + u16(bytes, at + 28);
  if (start + entry.compressedSize > bytes.length) {
    throw corrupt(`is cut short inside the entry "${entry.name.slice(0, 80)}"`, entry.name);
  }
  return start;
}

/** Compressed bytes given to the inflater at a time: at most about 1,032 times this comes out per step. */
const STEP = 16 * 1024;

function mismatch(entry: ZipEntry, what: string): ZipDamage {
  return new ZipDamage(
    'size-mismatch',
    entry.name,
    `has an entry "${entry.name.slice(0, 80)}" whose ${what} does not match its table of contents`,
  );
}

/**
 * Inflates one entry, at most `limit` bytes (refused, before inflating, when
 * the directory claims more), checking the bytes produced against the size
 * and CRC-32 the directory claims. With `prefix`, stops once that many bytes
 * are out and returns them unchecked (for recognising a file by its start).
 */
export function inflateEntry(
  bytes: Uint8Array,
  entry: ZipEntry,
  limit: number,
  prefix?: number,
): Uint8Array {
  if (entry.encrypted) {
    throw new ZipDamage('encrypted', entry.name, 'is password-protected (encrypted)');
  }
  if (entry.size > limit) {
    throw new ZipDamage(
      'too-large',
      entry.name,
      `has an entry "${entry.name.slice(0, 80)}" that would unpack to ${bytesText(entry.size)}, more than the ${bytesText(limit)} allowed for one part`,
    );
  }
  const start = dataStart(bytes, entry);
  const data = bytes.subarray(start, start + entry.compressedSize);
  const wanted = prefix === undefined ? entry.size : Math.min(prefix, entry.size);
  let out: Uint8Array;
  if (entry.method === 0) {
    if (entry.compressedSize !== entry.size) throw mismatch(entry, 'size');
    out = data.subarray(0, wanted);
  } else if (entry.method === 8) {
    out = inflateInSteps(data, entry, wanted, prefix !== undefined);
  } else {
    throw new ZipDamage(
      'unsupported',
      entry.name,
      `uses a compression method (${entry.method}) that cannot be read`,
    );
  }
  if (prefix === undefined && crc32(out) !== entry.crc) throw mismatch(entry, 'checksum');
  return out;
}

/** Stops inflating once a prefix is complete. */
class PrefixDone extends Error {}

function inflateInSteps(
  data: Uint8Array,
  entry: ZipEntry,
  wanted: number,
  isPrefix: boolean,
): Uint8Array {
  const out = new Uint8Array(wanted);
  let written = 0;
  const inflater = new Inflate((chunk) => {
    if (written + chunk.length > wanted) {
      if (!isPrefix) throw mismatch(entry, 'unpacked size');
      out.set(chunk.subarray(0, wanted - written), written);
      written = wanted;
      throw new PrefixDone();
    }
    out.set(chunk, written);
    written += chunk.length;
    if (isPrefix && written === wanted && wanted < entry.size) throw new PrefixDone();
  });
  try {
    for (let at = 0; at < data.length; at += STEP) {
      const end = Math.min(at + STEP, data.length);
      inflater.push(data.subarray(at, end), end === data.length);
    }
    if (data.length === 0) inflater.push(data, true);
  } catch (error: unknown) {
    if (error instanceof PrefixDone) return out;
    if (error instanceof ZipDamage) throw error;
    throw corrupt(`has a damaged entry "${entry.name.slice(0, 80)}"`, entry.name);
  }
  if (written !== wanted) throw mismatch(entry, 'unpacked size');
  return out;
}
