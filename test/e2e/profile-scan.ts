import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';

/*
 * Reads a Chromium profile's storage as an attacker with the disk would:
 * every file's raw bytes, and, for LevelDB tables (`.ldb`), each block
 * decompressed, since LevelDB may store blocks Snappy-compressed, where a
 * plain string would not show in the raw bytes
 * (https://github.com/google/leveldb/blob/main/doc/table_format.md,
 * https://github.com/google/snappy/blob/main/format_description.txt).
 * V8 writes a one-byte string as Latin-1 and others as UTF-16LE
 * (https://chromium.googlesource.com/v8/v8/+/refs/heads/main/src/objects/value-serializer.cc),
 * so each needle is looked for in both.
 */

function readVarint(bytes: Uint8Array, at: number): { value: number; next: number } {
  let value = 0;
  let shift = 0;
  let index = at;
  for (;;) {
    const byte = bytes[index];
    if (byte === undefined || shift > 49) throw new Error('a damaged varint');
    value += (byte & 0x7f) * 2 ** shift;
    index += 1;
    if ((byte & 0x80) === 0) return { value, next: index };
    shift += 7;
  }
}

/** Snappy's raw block format, decompressed (bytes after the block's end are ignored). */
export function snappyDecompress(input: Uint8Array): Uint8Array {
  const { value: length, next } = readVarint(input, 0);
  if (length > 256 * 1024 * 1024) throw new Error('not a snappy block');
  const out = new Uint8Array(length);
  let at = next;
  let written = 0;
  while (written < length && at < input.length) {
    const tag = input[at] ?? 0;
    at += 1;
    const kind = tag & 3;
    if (kind === 0) {
      let size = (tag >> 2) + 1;
      if (size > 60) {
        const extra = size - 60;
        size = 1;
        for (let index = 0; index < extra; index += 1)
          size += (input[at + index] ?? 0) * 256 ** index;
        at += extra;
      }
      if (written + size > length || at + size > input.length)
        throw new Error('not a snappy block');
      out.set(input.subarray(at, at + size), written);
      at += size;
      written += size;
      continue;
    }
    let size: number;
    let offset: number;
    if (kind === 1) {
      size = ((tag >> 2) & 7) + 4;
      offset = ((tag >> 5) << 8) | (input[at] ?? 0);
      at += 1;
    } else if (kind === 2) {
      size = (tag >> 2) + 1;
      offset = (input[at] ?? 0) | ((input[at + 1] ?? 0) << 8);
      at += 2;
    } else {
      size = (tag >> 2) + 1;
      offset = new DataView(input.buffer, input.byteOffset + at, 4).getUint32(0, true);
      at += 4;
    }
    if (offset === 0 || offset > written || written + size > length) {
      throw new Error('not a snappy block');
    }
    for (let index = 0; index < size; index += 1) {
      out[written] = out[written - offset] ?? 0;
      written += 1;
    }
  }
  if (written !== length) throw new Error('not a snappy block');
  return out;
}

type Handle = { readonly offset: number; readonly size: number };

function handleAt(bytes: Uint8Array, at: number): Handle & { next: number } {
  const offset = readVarint(bytes, at);
  const size = readVarint(bytes, offset.next);
  return { offset: offset.value, size: size.value, next: size.next };
}

/** A block's contents, decompressed when its trailer says Snappy. */
function block(file: Uint8Array, handle: Handle): Uint8Array {
  const contents = file.subarray(handle.offset, handle.offset + handle.size);
  return file[handle.offset + handle.size] === 1 ? snappyDecompress(contents) : contents;
}

/** Every block of a LevelDB table file, decompressed. */
export function leveldbTableBlocks(file: Uint8Array): Uint8Array[] {
  if (file.length < 48) return [];
  const footer = file.subarray(file.length - 48);
  const magic = Buffer.from(footer.subarray(40)).toString('hex');
  if (magic !== '57fb808b247547db') return [];
  const metaindex = handleAt(footer, 0);
  const index = handleAt(footer, metaindex.next);
  const indexBlock = block(file, index);
  const restarts = new DataView(indexBlock.buffer, indexBlock.byteOffset).getUint32(
    indexBlock.length - 4,
    true,
  );
  const end = indexBlock.length - 4 - 4 * restarts;
  const blocks: Uint8Array[] = [indexBlock];
  for (let at = 0; at < end;) {
    const shared = readVarint(indexBlock, at);
    const unshared = readVarint(indexBlock, shared.next);
    const valueLength = readVarint(indexBlock, unshared.next);
    const valueAt = valueLength.next + unshared.value;
    blocks.push(block(file, handleAt(indexBlock, valueAt)));
    at = valueAt + valueLength.value;
  }
  return blocks;
}

/**
 * A LevelDB log file's records, each put back together from the fragments
 * the log splits it into at every 32 KiB block (a 7-byte header each:
 * checksum, length, type FULL 1 / FIRST 2 / MIDDLE 3 / LAST 4)
 * (https://github.com/google/leveldb/blob/main/doc/log_format.md).
 */
export function leveldbLogRecords(file: Uint8Array): Uint8Array[] {
  const BLOCK = 32 * 1024;
  const records: Uint8Array[] = [];
  let pending: Uint8Array[] = [];
  for (let at = 0; at + 7 <= file.length;) {
    const left = BLOCK - (at % BLOCK);
    if (left < 7) {
      at += left;
      continue;
    }
    const length = (file[at + 4] ?? 0) | ((file[at + 5] ?? 0) << 8);
    const type = file[at + 6] ?? 0;
    const data = file.subarray(at + 7, at + 7 + length);
    at += 7 + length;
    if (type === 1) records.push(data);
    else if (type === 2) pending = [data];
    else if (type === 3) pending.push(data);
    else if (type === 4) {
      records.push(Buffer.concat([...pending, data]));
      pending = [];
    } else if (type === 0) at += left - 7 - length; // zero padding: skip to the next block
  }
  return records;
}

/**
 * Chromium's IndexedDB compresses a large value with Snappy behind a
 * 3-byte marker (V8's version tag 0xFF, the pseudo-version 17 that asks for
 * unwrapping, then 2 for Snappy; third_party/blink/renderer/modules/indexeddb/idb_value_wrapping.cc):
 * every such value found, decompressed.
 */
function idbCompressedValues(bytes: Uint8Array): Uint8Array[] {
  const values: Uint8Array[] = [];
  const marker = Buffer.from([0xff, 0x11, 0x02]);
  const haystack = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  for (let at = haystack.indexOf(marker); at !== -1; at = haystack.indexOf(marker, at + 1)) {
    try {
      values.push(snappyDecompress(bytes.subarray(at + 3)));
    } catch {
      // Not a compressed value after all: the bytes happened to match.
    }
  }
  return values;
}

async function filesUnder(folder: string): Promise<string[]> {
  const entries = await readdir(folder, { withFileTypes: true, recursive: true });
  return entries
    .filter((entry) => entry.isFile())
    .map((entry) => path.join(entry.parentPath, entry.name));
}

/** What a scan read: the bytes it searched, and which needles it found where. */
export type ScanResult = {
  readonly files: number;
  readonly bytes: number;
  readonly decompressedBlocks: number;
  readonly found: ReadonlyMap<string, readonly string[]>;
};

/** Looks for each needle, as Latin-1 and as UTF-16LE, in every file under `folders`. */
export async function scanForStrings(
  folders: readonly string[],
  needles: readonly string[],
): Promise<ScanResult> {
  const found = new Map<string, string[]>();
  let files = 0;
  let bytes = 0;
  let decompressedBlocks = 0;
  const patterns = needles.map((needle) => ({
    needle,
    forms: [Buffer.from(needle, 'latin1'), Buffer.from(needle, 'utf16le')],
  }));
  for (const folder of folders) {
    for (const file of await filesUnder(folder).catch(() => [])) {
      const raw = await readFile(file);
      files += 1;
      const containers: Uint8Array[] = [raw];
      if (file.endsWith('.ldb') || file.endsWith('.sst'))
        containers.push(...leveldbTableBlocks(raw));
      if (file.endsWith('.log')) containers.push(...leveldbLogRecords(raw));
      const views: Buffer[] = [];
      for (const container of containers) {
        views.push(Buffer.from(container));
        for (const value of idbCompressedValues(container)) {
          views.push(Buffer.from(value));
          decompressedBlocks += 1;
        }
      }
      for (const view of views) {
        bytes += view.length;
        for (const { needle, forms } of patterns) {
          if (forms.some((form) => view.includes(form))) {
            found.set(needle, [...new Set([...(found.get(needle) ?? []), file])]);
          }
        }
      }
    }
  }
  return { files, bytes, decompressedBlocks, found };
}
