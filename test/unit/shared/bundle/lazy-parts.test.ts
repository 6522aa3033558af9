import { strToU8, zipSync } from 'fflate';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { BundleError, readBundle, writeBundle, type Bundle } from '../../../../shared/bundle';
import { bundleWith, judgementLog, manifest, options } from './broken-bundles';

/**
 * Parts read on first use give what an eager read gives, and refuse what an
 * eager read refuses, only later: when the part is first read.
 */

/** A bundle's parts, every one read, as plain data (or the refusal's code and part). */
function touched(bundle: Bundle): Record<string, number[]> {
  return Object.fromEntries(Object.entries(bundle.parts).map(([n, b]) => [n, [...b]]));
}

function outcome(read: () => Bundle): unknown {
  try {
    const bundle = read();
    return { operations: bundle.operations, parts: touched(bundle) };
  } catch (error) {
    if (error instanceof BundleError) return { refused: error.code, part: error.part };
    throw error;
  }
}

const scan = new Uint8Array(200).map((_, i) => (i * 131 + 7) % 251);

describe('readBundle with parts read on first use', () => {
  it('gives the same parts as an eager read, in the same order, without inflating any first', () => {
    const bytes = writeBundle({
      ...manifest,
      operations: judgementLog(),
      parts: { 'summary.json': strToU8('{"providers": 2}'), 'attachments/scan.bin': scan },
    });
    const eager = readBundle(bytes, options);
    const lazy = readBundle(bytes, options, 'on-first-use');
    expect(Object.keys(lazy.parts)).toEqual(Object.keys(eager.parts));
    expect(lazy.operations).toEqual(eager.operations);
    expect(touched(lazy)).toEqual(touched(eager));
    expect(lazy.parts['attachments/scan.bin']).toBe(lazy.parts['attachments/scan.bin']);
  });

  it('refuses a part no rule covers when the bundle is opened', () => {
    expect(() =>
      readBundle(bundleWith({ 'parts/secrets/a': 'x' }), options, 'on-first-use'),
    ).toThrow(expect.objectContaining({ code: 'unexpected-part', part: 'parts/secrets/a' }));
  });

  it('refuses an invalid part, naming its field, when it is first read', () => {
    const bundle = readBundle(
      bundleWith({ 'parts/summary.json': '{"providers": 2.5}' }),
      options,
      'on-first-use',
    );
    expect(bundle.operations).toEqual(judgementLog());
    expect(() => bundle.parts['summary.json']).toThrow(
      expect.objectContaining({ code: 'invalid-part', field: 'providers' }),
    );
  });

  it('refuses a stored part whose checksum does not match when it is first read', () => {
    const bytes = zipSync({
      'manifest.json': strToU8(JSON.stringify(manifest)),
      'operations.jsonl': strToU8(''),
      'parts/attachments/scan.bin': [scan, { level: 0 }],
    });
    const at = bytes.findIndex((_, i) => scan.every((b, j) => bytes[i + j] === b));
    bytes[at + 100] = (bytes[at + 100] ?? 0) ^ 1;
    const bundle = readBundle(bytes, options, 'on-first-use');
    expect(() => bundle.parts['attachments/scan.bin']).toThrow(
      expect.objectContaining({ code: 'corrupt-zip', part: 'parts/attachments/scan.bin' }),
    );
  });

  it('any flipped byte is refused by both reads alike, or changes nothing either reads', () => {
    const bytes = writeBundle({
      ...manifest,
      operations: judgementLog(),
      parts: {
        'attachments/scan.bin': new Uint8Array(64).map((_, i) => (i * 37) % 256),
        'summary.json': strToU8('{"providers": 3}'),
      },
    });
    fc.assert(
      fc.property(
        fc.nat({ max: bytes.length - 1 }),
        fc.integer({ min: 1, max: 255 }),
        (at, mask) => {
          const damaged = bytes.slice();
          damaged[at] = (damaged[at] ?? 0) ^ mask;
          const eager = outcome(() => readBundle(damaged, options));
          const lazy = outcome(() => readBundle(damaged, options, 'on-first-use'));
          expect(lazy).toEqual(eager);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('keeps its own copy: bytes changed after the read do not change a part', () => {
    const bytes = zipSync({
      'manifest.json': strToU8(JSON.stringify(manifest)),
      'operations.jsonl': strToU8(''),
      'parts/attachments/scan.bin': [scan, { level: 0 }],
    });
    const bundle = readBundle(bytes, options, 'on-first-use');
    bytes.fill(0);
    expect([...(bundle.parts['attachments/scan.bin'] ?? [])]).toEqual([...scan]);
  });
});
