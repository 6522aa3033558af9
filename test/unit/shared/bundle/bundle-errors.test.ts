import { strToU8, Zip, ZipPassThrough, zipSync } from 'fflate';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import {
  BundleError,
  bytesPart,
  createClock,
  createRecorder,
  jsonPart,
  readBundle,
  writeBundle,
  type Operation,
  type ReadBundleOptions,
} from '../../../../shared/bundle';

const grade = z.enum(['outstanding', 'good', 'requires improvement', 'inadequate']);
const options: ReadBundleOptions = {
  entities: { judgement: z.object({ grade, rationale: z.string().optional() }) },
  parts: [
    { name: 'attachments/', schema: bytesPart },
    { name: 'summary.json', schema: jsonPart(z.object({ providers: z.number().int() })) },
  ],
};

const manifest = {
  format: 'inspection-workbook',
  formatVersion: 1,
  inspectionId: 'ilacs-2025-barsetshire',
  exportedBy: 'Jane Smith',
  exportedAt: '2025-06-02T10:00:00.000Z',
};

function judgementLog(): Operation[] {
  const jane = createRecorder(createClock('Jane Smith', () => Date.UTC(2025, 5, 2, 9)));
  return jane.create('judgement', 'leadership', { grade: 'good', rationale: 'Stable workforce' });
}

const jsonl = (rows: readonly unknown[]) => rows.map((row) => `${JSON.stringify(row)}\n`).join('');

/** A zip made with fflate directly, so broken bundles need no help from the code under test. */
function zipOf(files: Record<string, string | Uint8Array>): Uint8Array {
  return zipSync(
    Object.fromEntries(
      Object.entries(files).map(([name, body]) => [
        name,
        typeof body === 'string' ? strToU8(body) : body,
      ]),
    ),
  );
}

function bundleWith(overrides: Record<string, string | Uint8Array> = {}): Uint8Array {
  return zipOf({
    'manifest.json': JSON.stringify(manifest),
    'operations.jsonl': jsonl(judgementLog()),
    ...overrides,
  });
}

function failure(bytes: Uint8Array, opts: ReadBundleOptions = options): BundleError {
  try {
    readBundle(bytes, opts);
  } catch (error) {
    if (error instanceof BundleError) return error;
    throw error;
  }
  throw new Error('readBundle accepted a broken bundle');
}

describe('readBundle refuses broken files with a message that says what to do', () => {
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

  it('a newer format version asks the user to update the app', () => {
    const error = failure(
      bundleWith({ 'manifest.json': JSON.stringify({ ...manifest, formatVersion: 2, more: 1 }) }),
    );
    expect(error).toMatchObject({
      code: 'newer-version',
      part: 'manifest.json',
      field: 'formatVersion',
    });
    expect(error.message).toMatch(/made by a newer version of Inspection Workbook.*update the app/);
  });

  it.each<[string, string, string, string | undefined]>([
    ['not JSON', '{"format":', 'invalid-manifest', undefined],
    [
      'another format',
      JSON.stringify({ ...manifest, format: 'zip-of-things' }),
      'not-a-bundle',
      'format',
    ],
    [
      'no inspection id',
      JSON.stringify({ ...manifest, inspectionId: undefined }),
      'invalid-manifest',
      'inspectionId',
    ],
    [
      'a bad date',
      JSON.stringify({ ...manifest, exportedAt: '02/06/2025' }),
      'invalid-manifest',
      'exportedAt',
    ],
    [
      'version 0',
      JSON.stringify({ ...manifest, formatVersion: 0 }),
      'invalid-manifest',
      'formatVersion',
    ],
    ['an unknown key', JSON.stringify({ ...manifest, signedBy: 'x' }), 'invalid-manifest', ''],
  ])('a manifest with %s is refused', (_label, text, code, field) => {
    const error = failure(bundleWith({ 'manifest.json': text }));
    expect(error).toMatchObject({ code, part: 'manifest.json', field });
    expect(error.message).toMatch(/manifest\.json/);
  });

  it('a bad operations line is named by line number and field', () => {
    const [first, second, third] = judgementLog();
    const notJson = `${JSON.stringify(first)}\n{"id": "broken\n${JSON.stringify(second)}\n`;
    const a = failure(bundleWith({ 'operations.jsonl': notJson }));
    expect(a).toMatchObject({
      code: 'invalid-operation',
      part: 'operations.jsonl',
      line: 2,
      field: undefined,
    });
    expect(a.message).toMatch(/operations\.jsonl, line 2: not valid JSON/);

    const { hlc: _dropped, ...noHlc } = third ?? {};
    const b = failure(bundleWith({ 'operations.jsonl': jsonl([first, second, noHlc]) }));
    expect(b).toMatchObject({ code: 'invalid-operation', line: 3, field: 'hlc' });
    expect(b.message).toMatch(/line 3, field "hlc"/);
  });

  it('blank lines and Windows line endings are tolerated', () => {
    const ops = judgementLog();
    const text = `\r\n${ops.map((op) => JSON.stringify(op)).join('\r\n\r\n')}\r\n`;
    expect(readBundle(bundleWith({ 'operations.jsonl': text }), options).operations).toEqual(ops);
  });

  it('two different ops with one id are refused, naming both lines', () => {
    const [first, second] = judgementLog();
    const forged = { ...second, id: first?.id };
    expect(
      failure(bundleWith({ 'operations.jsonl': jsonl([first, second, forged]) })),
    ).toMatchObject({
      code: 'duplicate-operation',
      line: 3,
      message: expect.stringMatching(/also used on line 1/),
    });
  });

  it('an entity type the app does not know is refused', () => {
    const r = createRecorder(createClock('Jane Smith', () => 5));
    const error = failure(
      bundleWith({ 'operations.jsonl': jsonl(r.create('spaceship', 's1', {})) }),
    );
    expect(error).toMatchObject({ code: 'unknown-entity', line: 1, field: 'entity' });
    expect(error.message).toMatch(/"spaceship".*update the app/);
  });

  it('a record failing its schema names entity, id, field and who set it', () => {
    const r = createRecorder(
      createClock('Sam Jones', () => Date.UTC(2025, 5, 2, 11)),
      judgementLog(),
    );
    const bad = r.change({
      entity: 'judgement',
      id: 'leadership',
      field: 'grade',
      value: 'excellent',
    });
    const error = failure(bundleWith({ 'operations.jsonl': jsonl([...judgementLog(), bad]) }));
    expect(error).toMatchObject({
      code: 'invalid-record',
      part: 'operations.jsonl',
      field: 'grade',
    });
    expect(error.message).toMatch(
      /judgement "leadership", field "grade".*set by Sam Jones at 2025-06-02T11:00:00\.000Z/,
    );
  });

  it('a value that lost, or belongs to a deleted entity, is history and is not checked', () => {
    const r = createRecorder(
      createClock('Sam Jones', () => 1),
      judgementLog(),
    );
    const bad = r.change({
      entity: 'judgement',
      id: 'leadership',
      field: 'grade',
      value: 'excellent',
    });
    const fixed = r.change({
      entity: 'judgement',
      id: 'leadership',
      field: 'grade',
      value: 'good',
    });
    expect(() =>
      readBundle(
        bundleWith({ 'operations.jsonl': jsonl([...judgementLog(), bad, fixed]) }),
        options,
      ),
    ).not.toThrow();
    const gone = createRecorder(
      createClock('Sam Jones', () => 1),
      judgementLog(),
    );
    const bad2 = gone.change({
      entity: 'judgement',
      id: 'leadership',
      field: 'grade',
      value: 'excellent',
    });
    const deletion = gone.remove('judgement', 'leadership');
    expect(() =>
      readBundle(
        bundleWith({ 'operations.jsonl': jsonl([...judgementLog(), bad2, deletion]) }),
        options,
      ),
    ).not.toThrow();
  });

  it('entries outside the format, parts with no rule and invalid parts are refused', () => {
    expect(failure(bundleWith({ 'notes.txt': 'hello' }))).toMatchObject({
      code: 'unexpected-part',
      part: 'notes.txt',
    });
    expect(failure(bundleWith({ 'parts/../escape': 'x' }))).toMatchObject({
      code: 'unexpected-part',
    });
    expect(failure(bundleWith({ 'parts/secrets/a': 'x' }))).toMatchObject({
      code: 'unexpected-part',
      part: 'parts/secrets/a',
    });
    const notJson = failure(bundleWith({ 'parts/summary.json': 'providers: 3' }));
    expect(notJson).toMatchObject({ code: 'invalid-part', part: 'parts/summary.json' });
    const wrong = failure(bundleWith({ 'parts/summary.json': '{"providers": 2.5}' }));
    expect(wrong).toMatchObject({ code: 'invalid-part', field: 'providers' });
    expect(wrong.message).toMatch(/Part "summary\.json", field "providers"/);
    expect(
      readBundle(bundleWith({ 'parts/summary.json': '{"providers": 2}' }), options).parts,
    ).toEqual({
      'summary.json': strToU8('{"providers": 2}'),
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
});
