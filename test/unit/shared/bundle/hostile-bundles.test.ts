import { createHash, randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import {
  bytesPart,
  createClock,
  createRecorder,
  formatHlc,
  mergeBundles,
  readBundle,
  type ReadBundleOptions,
} from '../../../../shared/bundle';
import { sha256Hex } from '../../../../shared/bundle/sha256';
import { MAX_OPERATION_LINE_BYTES, MAX_TEXT_VALUE_LENGTH } from '../../../../shared/limits';
import { bundleWith, failure, jsonl, judgementLog, options } from './broken-bundles';

const named: ReadBundleOptions = {
  ...options,
  parts: [...(options.parts ?? []), { name: 'imports/', schema: bytesPart, namedBy: 'sha256' }],
};

const hex = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

describe('SHA-256 (FIPS 180-4)', () => {
  it.each([0, 1, 55, 56, 63, 64, 65, 119, 120, 1_000, 70_001])(
    'agrees with Node for %i bytes',
    (length) => {
      const bytes = new Uint8Array(randomBytes(length));
      expect(sha256Hex(bytes)).toBe(hex(bytes));
    },
  );

  it('gives the published digest of "abc"', () => {
    expect(sha256Hex(new TextEncoder().encode('abc'))).toBe(
      'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad',
    );
  });
});

describe('readBundle bounds what a bundle may inflate to, before inflating', () => {
  it('refuses a part that would expand far more than text does (a bomb)', () => {
    const bomb = new Uint8Array(4 * 1024 * 1024); // zeros: about 1,000 times smaller deflated
    const error = failure(bundleWith({ 'parts/attachments/a.pdf': bomb }));
    expect(error).toMatchObject({ code: 'too-large', part: 'parts/attachments/a.pdf' });
    expect(error.message).toMatch(/times its compressed size/);
  });

  it('refuses a bundle whose parts together pass the total, naming the part that crossed it', () => {
    const part = new Uint8Array(randomBytes(64 * 1024));
    const error = failure(
      bundleWith({ 'parts/attachments/a.pdf': part, 'parts/attachments/b.pdf': part }),
      { ...options, maxUncompressedBytes: 100 * 1024 },
    );
    expect(error).toMatchObject({ code: 'too-large', part: 'parts/attachments/b.pdf' });
  });

  it('refuses a change line longer than any change holds, by its line number', () => {
    const long = randomBytes(MAX_OPERATION_LINE_BYTES).toString('base64');
    const error = failure(bundleWith({ 'operations.jsonl': `${jsonl(judgementLog())}${long}\n` }));
    const line = judgementLog().length + 1;
    expect(error).toMatchObject({ code: 'invalid-operation', line });
    expect(error.message).toMatch(new RegExp(`line ${line}: longer than 4 MiB`));
  });
});

describe('readBundle checks a part named by its SHA-256 on every read', () => {
  const file = new TextEncoder().encode('CHILD,SEX\n1,1\n');
  const good = bundleWith({ [`parts/imports/${hex(file)}`]: file });
  const altered = bundleWith({ [`parts/imports/${hex(file)}`]: new TextEncoder().encode('x') });

  it('accepts the file its name promises', () => {
    expect(readBundle(good, named).parts[`imports/${hex(file)}`]).toEqual(file);
    expect(readBundle(good, named, 'on-first-use').parts[`imports/${hex(file)}`]).toEqual(file);
  });

  it('refuses an altered file when the bundle is opened', () => {
    const error = failure(altered, named);
    expect(error).toMatchObject({ code: 'part-altered', part: `parts/imports/${hex(file)}` });
    expect(error.message).toMatch(/bytes have changed.*export it again/);
  });

  it('refuses it when first read, when parts are read on first use', () => {
    const bundle = readBundle(altered, named, 'on-first-use');
    expect(() => bundle.parts[`imports/${hex(file)}`]).toThrow(/bytes have changed/);
  });
});

/** A change made on a computer whose clock says 2200. */
function future() {
  const far = createRecorder(createClock('Mallory', () => Date.UTC(2200, 0, 1)));
  return far.create('judgement', 'leadership', { grade: 'inadequate' });
}

describe('changes dated more than a day ahead of the local clock', () => {
  const now = Date.UTC(2025, 5, 2, 12);

  it('are refused on read, naming the change and its line', () => {
    const bytes = bundleWith({ 'operations.jsonl': jsonl([...judgementLog(), ...future()]) });
    const error = failure(bytes, { ...options, now: () => now });
    expect(error).toMatchObject({ code: 'future-operation', field: 'hlc' });
    const line = judgementLog().length + 1;
    expect(error.message).toMatch(
      new RegExp(`line ${line}: change ".+" by Mallory is dated 2200-01-01`),
    );
  });

  it('are read when within a day (clocks drift)', () => {
    const soon = createRecorder(createClock('Ahead', () => now + 23 * 60 * 60 * 1000));
    const ops = soon.create('judgement', 'leadership', { grade: 'good' });
    const bytes = bundleWith({ 'operations.jsonl': jsonl(ops) });
    expect(readBundle(bytes, { ...options, now: () => now }).operations).toHaveLength(ops.length);
  });

  it('are refused on merge, even from a bundle built in memory', () => {
    const healthy = readBundle(bundleWith(), options);
    const [op] = future();
    if (op === undefined) throw new Error('no op');
    const hostile = { ...healthy, operations: [{ ...op, hlc: formatHlc(8e15, 0, 'Mallory') }] };
    expect(() => mergeBundles(healthy, hostile, now)).toThrow(/Cannot merge: change .* dated/);
  });
});

describe('a text value is bounded', () => {
  it('refuses a change holding a text longer than the limit, naming the field and the limit', () => {
    const jane = createRecorder(createClock('Jane Smith', () => Date.UTC(2025, 5, 2, 9)));
    const long = 'x'.repeat(MAX_TEXT_VALUE_LENGTH + 1);
    expect(() =>
      jane.create('judgement', 'leadership', { grade: 'good', rationale: long }),
    ).toThrow(
      new RegExp(
        `field "rationale".*${MAX_TEXT_VALUE_LENGTH + 1} characters, more than the ${MAX_TEXT_VALUE_LENGTH}`,
      ),
    );
    expect(() =>
      jane.create('judgement', 'x', { rationale: 'x'.repeat(MAX_TEXT_VALUE_LENGTH) }),
    ).not.toThrow();
  });

  it('refuses such a change in a bundle, by its line', () => {
    const [op] = judgementLog();
    if (op === undefined) throw new Error('no op');
    const long = { ...op, value: 'x'.repeat(MAX_TEXT_VALUE_LENGTH + 1) };
    const error = failure(bundleWith({ 'operations.jsonl': jsonl([long]) }));
    expect(error).toMatchObject({ code: 'invalid-operation', line: 1, field: 'value' });
    expect(error.message).toMatch(/more than the 200000 one value may hold/);
  });
});
