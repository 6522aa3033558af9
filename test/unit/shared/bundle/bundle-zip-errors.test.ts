import { strToU8, Zip, ZipPassThrough, zipSync } from 'fflate';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { BundleError, readBundle, writeBundle } from '../../../../shared/bundle';
import { bundleWith, failure, judgementLog, manifest, options, zipOf } from './broken-bundles';

describe('readBundle refuses damaged zips', () => {
  it('accepts the well-formed reference bundle', () => {
    expect(readBundle(bundleWith(), options).operations).toEqual(judgementLog());
  });

  it('a text file is not a zip', () => {
    const error = failure(strToU8('Leadership: good\nPractice: requires improvement\n'));
    expect(error).toMatchObject({ name: 'BundleError', code: 'not-a-zip', part: '(file)' });
    expect(error.message).toMatch(/not a zip archive.*Choose the \.inspection file/);
    expect(failure(new Uint8Array())).toMatchObject({ code: 'not-a-zip' });
  });

  it('truncated bytes are a damaged zip, at any cut', () => {
    const bytes = writeBundle({ ...manifest, operations: judgementLog() });
    expect(failure(bytes.slice(0, bytes.length - 30))).toMatchObject({ code: 'corrupt-zip' });
    expect(failure(bytes.slice(0, bytes.length - 30)).message).toMatch(/damaged or incomplete/);
    fc.assert(
      fc.property(fc.nat({ max: bytes.length - 1 }), (cut) => {
        expect(['not-a-zip', 'corrupt-zip']).toContain(failure(bytes.slice(0, cut)).code);
      }),
    );
  });

  it('any flipped byte is caught, or changes nothing that is read', () => {
    const bytes = writeBundle({
      ...manifest,
      operations: judgementLog(),
      parts: { 'attachments/scan.bin': new Uint8Array(64).map((_, i) => (i * 37) % 256) },
    });
    const original = readBundle(bytes, options);
    fc.assert(
      fc.property(
        fc.nat({ max: bytes.length - 1 }),
        fc.integer({ min: 1, max: 255 }),
        (at, mask) => {
          const damaged = bytes.slice();
          damaged[at] = (damaged[at] ?? 0) ^ mask;
          let read: unknown;
          try {
            read = readBundle(damaged, options);
          } catch (error) {
            read = error instanceof BundleError ? 'refused' : error;
          }
          expect(read === 'refused' || JSON.stringify(read) === JSON.stringify(original)).toBe(
            true,
          );
        },
      ),
      { numRuns: 300 },
    );
  });

  it('a damaged stored part is named by its checksum', () => {
    const scan = new Uint8Array(200).map((_, i) => (i * 131 + 7) % 251);
    const bytes = zipSync({
      'manifest.json': strToU8(JSON.stringify(manifest)),
      'operations.jsonl': strToU8(''),
      'parts/attachments/scan.bin': [scan, { level: 0 }],
    });
    const damaged = bytes.slice();
    const at = damaged.findIndex((_, i) => scan.every((b, j) => damaged[i + j] === b));
    damaged[at + 100] = (damaged[at + 100] ?? 0) ^ 1;
    expect(failure(damaged)).toMatchObject({
      code: 'corrupt-zip',
      part: 'parts/attachments/scan.bin',
    });
  });

  it('a zip without manifest.json or operations.jsonl is incomplete', () => {
    const noManifest = zipOf({ 'operations.jsonl': '' });
    expect(failure(noManifest)).toMatchObject({ code: 'missing-part', part: 'manifest.json' });
    expect(failure(zipOf({ 'manifest.json': JSON.stringify(manifest) }))).toMatchObject({
      code: 'missing-part',
      part: 'operations.jsonl',
    });
  });

  it('an entry repeated in the zip is refused as ambiguous', () => {
    const chunks: Uint8Array[] = [];
    const zip = new Zip((error, chunk) => {
      if (error) throw error;
      chunks.push(chunk);
    });
    for (const [name, text] of [
      ['manifest.json', JSON.stringify(manifest)],
      ['operations.jsonl', ''],
      ['manifest.json', JSON.stringify({ ...manifest, inspectionId: 'other' })],
    ] as const) {
      const file = new ZipPassThrough(name);
      zip.add(file);
      file.push(strToU8(text), true);
    }
    zip.end();
    const bytes = new Uint8Array(chunks.reduce((n, c) => n + c.length, 0));
    chunks.reduce((offset, c) => (bytes.set(c, offset), offset + c.length), 0);
    expect(failure(bytes)).toMatchObject({ code: 'duplicate-part', part: 'manifest.json' });
  });

  it('a bundle that would expand past the limit is refused before it is expanded', () => {
    const big = bundleWith({ 'parts/attachments/zeros': new Uint8Array(100_000) });
    expect(failure(big, { ...options, maxUncompressedBytes: 50_000 })).toMatchObject({
      code: 'too-large',
    });
  });

  it('a size field claiming more than deflate can give is refused before anything is allocated', () => {
    // Every central-directory entry claims 400 MB compressed into 2 GB: within the
    // 1 GiB budget for one part, but impossible for a file this small.
    const damaged = writeBundle({ ...manifest, operations: judgementLog() }).slice();
    const view = new DataView(damaged.buffer, damaged.byteOffset, damaged.byteLength);
    let patched = 0;
    for (let at = 0; at + 46 <= damaged.length; at += 1) {
      if (view.getUint32(at, true) !== 0x02014b50) continue;
      view.setUint32(at + 20, 0x7fff_ffff, true);
      view.setUint32(at + 24, 400 * 1024 * 1024, true);
      patched += 1;
    }
    expect(patched).toBeGreaterThan(0);
    expect(failure(damaged)).toMatchObject({ code: 'too-large' });
  });
});
