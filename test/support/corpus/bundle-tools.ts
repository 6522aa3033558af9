import { createHash } from 'node:crypto';
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { deflateRawSync, constants } from 'node:zlib';
import type { CorpusCase } from './case';
import { demoTeam } from '../../../shared/demo/content';
import { strFromU8, strToU8, unzipSync, zipSync, type Zippable } from 'fflate';

/**
 * Tools the bundle corpus builds its hostile files with: every one made
 * from the good workbook the corpus test put in the scratch folder, with
 * fflate and Node's zlib directly, never with the code under test.
 */

/** The good workbook the corpus test copies into every scratch folder before `make` runs. */
export const GOOD = 'workbook.inspection';

/** The entries of the good workbook. */
export async function goodEntries(dir: string): Promise<Record<string, Uint8Array>> {
  return unzipSync(new Uint8Array(await readFile(path.join(dir, GOOD))));
}

/** Writes `entries` as a zip named `name` in `dir`; returns its path. */
export async function writeZip(
  dir: string,
  name: string,
  entries: Record<string, Uint8Array | string>,
): Promise<string> {
  const files: Zippable = {};
  for (const [entry, bytes] of Object.entries(entries)) {
    files[entry] = typeof bytes === 'string' ? strToU8(bytes) : bytes;
  }
  const file = path.join(dir, name);
  await writeFile(file, zipSync(files, { level: 1 }));
  return file;
}

/** The good workbook's manifest and log lines, to alter. */
export async function goodLog(dir: string) {
  const entries = await goodEntries(dir);
  const manifest: unknown = JSON.parse(strFromU8(entries['manifest.json'] ?? new Uint8Array()));
  const lines = strFromU8(entries['operations.jsonl'] ?? new Uint8Array())
    .split('\n')
    .filter((line) => line !== '');
  return { entries, manifest, lines };
}

/** The good workbook with some entries replaced (a value of `undefined` removes one). */
export async function variant(
  dir: string,
  name: string,
  change: (entries: Record<string, Uint8Array>) => Record<string, Uint8Array | string | undefined>,
): Promise<string> {
  const entries = await goodEntries(dir);
  const changed = { ...entries, ...change(entries) };
  const kept = Object.fromEntries(
    Object.entries(changed).filter(
      (pair): pair is [string, Uint8Array | string] => pair[1] !== undefined,
    ),
  );
  return writeZip(dir, name, kept);
}

/** The first imported file's part name in the good workbook. */
export function firstImport(entries: Record<string, Uint8Array>): string {
  const name = Object.keys(entries).find((entry) => entry.startsWith('parts/imports/'));
  if (name === undefined) throw new Error('the good workbook has no imported file');
  return name;
}

export const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

/**
 * A raw deflate stream of `mib` MiB of zeros, made by repeating one
 * flushed block (each ends on a byte boundary and refers to nothing
 * before it), so a bomb of any size costs a few kilobytes and no time.
 */
export function zeroBomb(mib: number): Uint8Array {
  const block = deflateRawSync(new Uint8Array(1024 * 1024), {
    finishFlush: constants.Z_FULL_FLUSH,
  });
  const out = new Uint8Array(block.length * mib + 2);
  for (let i = 0; i < mib; i += 1) out.set(block, i * block.length);
  out.set([0x03, 0x00], block.length * mib); // an empty final block
  return out;
}

/**
 * A zip entry written by hand: `data` deflated already (method 8) or stored
 * (0), with the sizes and CRC-32 the directory should claim.
 */
export type RawEntry = {
  readonly name: string;
  readonly data: Uint8Array;
  readonly method: 0 | 8;
  readonly claimedSize: number;
  readonly crc: number;
};

/** A zip of raw entries (PKWARE APPNOTE 4.3, local headers, central directory, end record). */
export function rawZip(entries: readonly RawEntry[]): Uint8Array {
  const chunks: Uint8Array[] = [];
  const central: Uint8Array[] = [];
  let offset = 0;
  for (const entry of entries) {
    const name = strToU8(entry.name);
    const local = new DataView(new ArrayBuffer(30));
    local.setUint32(0, 0x04034b50, true);
    local.setUint16(4, 20, true);
    local.setUint16(8, entry.method, true);
    local.setUint32(14, entry.crc, true);
    local.setUint32(18, entry.data.length, true);
    local.setUint32(22, entry.claimedSize, true);
    local.setUint16(26, name.length, true);
    chunks.push(new Uint8Array(local.buffer), name, entry.data);
    const dir = new DataView(new ArrayBuffer(46));
    dir.setUint32(0, 0x02014b50, true);
    dir.setUint16(4, 20, true);
    dir.setUint16(6, 20, true);
    dir.setUint16(10, entry.method, true);
    dir.setUint32(16, entry.crc, true);
    dir.setUint32(20, entry.data.length, true);
    dir.setUint32(24, entry.claimedSize, true);
    dir.setUint16(28, name.length, true);
    dir.setUint32(42, offset, true);
    central.push(new Uint8Array(dir.buffer), name);
    offset += 30 + name.length + entry.data.length;
  }
  const size = central.reduce((sum, chunk) => sum + chunk.length, 0);
  const end = new DataView(new ArrayBuffer(22));
  end.setUint32(0, 0x06054b50, true);
  end.setUint16(8, entries.length, true);
  end.setUint16(10, entries.length, true);
  end.setUint32(12, size, true);
  end.setUint32(16, offset, true);
  const all = [...chunks, ...central, new Uint8Array(end.buffer)];
  const out = new Uint8Array(all.reduce((sum, chunk) => sum + chunk.length, 0));
  let at = 0;
  for (const chunk of all) {
    out.set(chunk, at);
    at += chunk.length;
  }
  return out;
}

/** The good workbook's manifest and log as raw stored entries, to put hand-made parts beside. */
export async function goodRawEntries(dir: string): Promise<RawEntry[]> {
  const entries = await goodEntries(dir);
  return ['manifest.json', 'operations.jsonl'].map((name) => {
    const data = entries[name] ?? new Uint8Array();
    return { name, data, method: 0, claimedSize: data.length, crc: crc32(data) };
  });
}

/** CRC-32 (IEEE), as zip uses: computed here rather than taken from the code under test. */
export function crc32(bytes: Uint8Array): number {
  let crc = 0xffffffff;
  for (const byte of bytes) {
    crc ^= byte;
    for (let k = 0; k < 8; k += 1) crc = crc & 1 ? 0xedb88320 ^ (crc >>> 1) : crc >>> 1;
  }
  return (crc ^ 0xffffffff) >>> 0;
}

/** A case whose command reads `file` (made in `dir`) and must refuse it, naming it. */
export function refused(
  name: string,
  damage: string,
  makeFile: (dir: string) => Promise<string>,
  command: (file: string) => readonly string[] = (file) => ['judge', file],
  message?: RegExp,
): CorpusCase {
  return {
    name,
    damage,
    exit: 1,
    unchanged: true,
    ...(message === undefined ? {} : { message }),
    make: async (dir) => {
      const file = await makeFile(dir);
      return { args: () => command(file), names: path.basename(file) };
    },
  };
}

/** A target workbook changed by a harmless command: the edit every file-handling case makes. */
export const edit = (workbook: string) => [
  'summary',
  'set',
  workbook,
  '--text',
  'Checked.',
  // The demo's lead: the demo is signed, and its team's published demo keys sign her change.
  '--as',
  demoTeam.lead,
];
