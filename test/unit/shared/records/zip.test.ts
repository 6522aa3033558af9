import { strFromU8, strToU8, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { inflateEntry, readZipDirectory, ZipDamage } from '../../../../shared/records/zip';

const LIMITS = { entries: 100, totalBytes: 10_000_000 };

/** Replaces every occurrence of one ASCII name by another of the same length. */
function renamed(bytes: Uint8Array, from: string, to: string): Uint8Array {
  const out = bytes.slice();
  const a = strToU8(from);
  const b = strToU8(to);
  for (let at = 0; at + a.length <= out.length; at += 1) {
    if (a.every((byte, k) => out[at + k] === byte)) out.set(b, at);
  }
  return out;
}

/** Offsets of every central-directory header. */
function centralHeaders(bytes: Uint8Array): number[] {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const found: number[] = [];
  for (let at = 0; at + 46 <= bytes.length; at += 1) {
    if (view.getUint32(at, true) === 0x02014b50) found.push(at);
  }
  return found;
}

function damage(run: () => unknown): ZipDamage {
  try {
    run();
  } catch (error: unknown) {
    if (error instanceof ZipDamage) return error;
    throw error;
  }
  throw new Error('expected ZipDamage');
}

describe('reading a zip without trusting it', () => {
  const text = 'x'.repeat(5000) + 'end';
  const zip = zipSync({ 'a.xml': strToU8(text), 'b.xml': strToU8('<b/>') });

  it('reads entries by name and inflates each to exactly its claimed size', () => {
    const directory = readZipDirectory(zip, LIMITS);
    expect(directory.entries.map((entry) => entry.name)).toEqual(['a.xml', 'b.xml']);
    const a = directory.byName.get('a.xml');
    expect(a).toBeDefined();
    if (a === undefined) return;
    expect(strFromU8(inflateEntry(zip, a, 1_000_000))).toBe(text);
    expect(strFromU8(inflateEntry(zip, a, 1_000_000, 10))).toBe('xxxxxxxxxx');
  });

  it('refuses two entries of the same name (no "last one wins")', () => {
    const twice = renamed(zip, 'b.xml', 'a.xml');
    expect(damage(() => readZipDirectory(twice, LIMITS))).toMatchObject({
      kind: 'duplicate-entry',
      part: 'a.xml',
    });
  });

  it('counts entries and sums sizes from the directory before inflating', () => {
    expect(damage(() => readZipDirectory(zip, { entries: 1, totalBytes: 1e9 })).kind).toBe(
      'too-many-entries',
    );
    expect(damage(() => readZipDirectory(zip, { entries: 9, totalBytes: 4000 })).kind).toBe(
      'too-large',
    );
    const a = readZipDirectory(zip, LIMITS).byName.get('a.xml');
    if (a === undefined) throw new Error('no a.xml');
    expect(damage(() => inflateEntry(zip, a, 1000)).kind).toBe('too-large');
  });

  it('a header that under-states the size is caught while inflating, not trusted', () => {
    const lying = zip.slice();
    const view = new DataView(lying.buffer);
    for (const at of centralHeaders(lying)) view.setUint32(at + 24, 100, true);
    const a = readZipDirectory(lying, LIMITS).byName.get('a.xml');
    if (a === undefined) throw new Error('no a.xml');
    expect(a.size).toBe(100);
    expect(damage(() => inflateEntry(lying, a, 1_000_000))).toMatchObject({
      kind: 'size-mismatch',
    });
  });

  it('a header that over-states the size, or a wrong checksum, is damage', () => {
    const big = zip.slice();
    const view = new DataView(big.buffer);
    const [first] = centralHeaders(big);
    if (first === undefined) throw new Error('no directory');
    view.setUint32(first + 24, 9000, true);
    const a = readZipDirectory(big, LIMITS).byName.get('a.xml');
    if (a === undefined) throw new Error('no a.xml');
    expect(damage(() => inflateEntry(big, a, 1_000_000)).kind).toBe('size-mismatch');
    const crc = zip.slice();
    new DataView(crc.buffer).setUint32(first + 16, 12345, true);
    const c = readZipDirectory(crc, LIMITS).byName.get('a.xml');
    if (c === undefined) throw new Error('no a.xml');
    expect(damage(() => inflateEntry(crc, c, 1_000_000)).detail).toMatch(/checksum/);
  });

  it('a zip cut short has no table of contents', () => {
    expect(damage(() => readZipDirectory(zip.slice(0, 40), LIMITS)).kind).toBe('corrupt');
  });
});
