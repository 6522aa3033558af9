import { strFromU8, strToU8, unzipSync } from 'fflate';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import {
  BundleError,
  bytesPart,
  createClock,
  createRecorder,
  jsonPart,
  mergeBundles,
  mergeOperations,
  readBundle,
  writeBundle,
  type Operation,
  type ReadBundleOptions,
} from '../../../../shared/bundle';
import { scenarioArb, simulate } from './simulation';

const anyRecord = z.looseObject({});
const options: ReadBundleOptions = {
  entities: { evidence: anyRecord, judgement: anyRecord },
  parts: [
    { name: 'attachments/', schema: bytesPart },
    { name: 'summary.json', schema: jsonPart(z.object({ providers: z.number().int() })) },
  ],
};

function sampleLog(): Operation[] {
  let now = Date.UTC(2025, 5, 2, 9);
  const jane = createRecorder(createClock('Jane Smith', () => now));
  const ops = jane.create('evidence', 'ev-1', { title: 'Case audit', linked: ['leadership'] });
  now += 1_000;
  const edit = jane.change({
    entity: 'evidence',
    id: 'ev-1',
    field: 'title',
    value: 'Audit, final',
  });
  return edit === null ? ops : [...ops, edit];
}

const header = {
  inspectionId: 'ilacs-2025-barsetshire',
  exportedBy: 'Jane Smith',
  exportedAt: '2025-06-02T10:00:00.000Z',
};

/** The code, part and field of the BundleError `run` throws. */
function bundleFailure(run: () => unknown): unknown {
  try {
    run();
  } catch (caught) {
    return caught instanceof BundleError ? [caught.code, caught.part, caught.field] : caught;
  }
  return undefined;
}

/** A bundle as read back, for mergeBundles. */
function bundleOf(
  operations: readonly Operation[],
  parts = {},
  inspectionId = header.inspectionId,
) {
  return readBundle(writeBundle({ ...header, inspectionId, operations, parts }), options);
}

describe('writeBundle → readBundle', () => {
  it('lays out manifest.json, operations.jsonl (one op per line) and parts/', () => {
    const ops = sampleLog();
    const pdf = strToU8('%PDF-1.7 pretend');
    const bytes = writeBundle({
      ...header,
      operations: ops,
      parts: { 'attachments/visit.pdf': pdf },
    });
    // Read back with fflate directly, independently of readBundle.
    const files = unzipSync(bytes);
    expect(Object.keys(files)).toEqual([
      'manifest.json',
      'operations.jsonl',
      'parts/attachments/visit.pdf',
    ]);
    expect(JSON.parse(strFromU8(files['manifest.json'] ?? new Uint8Array()))).toEqual({
      format: 'inspection-workbook',
      formatVersion: 1,
      ...header,
    });
    const lines = strFromU8(files['operations.jsonl'] ?? new Uint8Array()).split('\n');
    expect(lines.pop()).toBe('');
    expect(lines.map((line) => JSON.parse(line))).toEqual(ops);
    expect(files['parts/attachments/visit.pdf']).toEqual(pdf);
  });

  it('writes the same bytes for the same input', () => {
    const input = {
      ...header,
      operations: sampleLog(),
      parts: { 'summary.json': strToU8('{"providers":3}') },
    };
    expect(writeBundle(input)).toEqual(writeBundle(input));
  });

  it('round-trips any team log, manifest and parts exactly', () => {
    const partName = fc.stringMatching(
      /^[a-z0-9_-][a-z0-9._-]{0,8}(?:\/[a-z0-9_-][a-z0-9._-]{0,8}){0,2}$/,
    );
    const input = fc.record({
      logs: scenarioArb.map(simulate),
      inspectionId: fc.string({ unit: 'binary', minLength: 1, maxLength: 30 }),
      exportedBy: fc.string({ unit: 'binary', minLength: 1, maxLength: 30 }),
      exportedAt: fc
        .date({
          min: new Date('1970-01-01T00:00:00Z'),
          max: new Date('2200-01-01T00:00:00Z'),
          noInvalidDate: true,
        })
        .map((d) => d.toISOString()),
      parts: fc.dictionary(
        partName.map((name) => `attachments/${name}`),
        fc.uint8Array({ maxLength: 300 }),
        {
          maxKeys: 4,
        },
      ),
    });
    fc.assert(
      fc.property(input, ({ logs, parts, ...manifest }) => {
        const operations = logs.reduce<readonly Operation[]>(
          (all, log) => mergeOperations(all, log).operations,
          [],
        );
        const read = readBundle(writeBundle({ ...manifest, operations, parts }), options);
        expect(read.manifest).toEqual({
          format: 'inspection-workbook',
          formatVersion: 1,
          ...manifest,
        });
        expect(read.operations).toEqual(operations);
        expect(read.parts).toEqual(parts);
      }),
      { numRuns: 60 },
    );
  });

  it('keeps an unsorted log in its own order and writes identical repeats once', () => {
    const ops = sampleLog().toReversed();
    const first = ops[0];
    const read = readBundle(
      writeBundle({ ...header, operations: [...ops, ...(first ? [first] : [])] }),
      options,
    );
    expect(read.operations).toEqual(ops);
  });

  it('never modifies what it is given, and hands back copies of parts', () => {
    const bytes = writeBundle({
      ...header,
      operations: sampleLog(),
      parts: { 'attachments/a.bin': new Uint8Array([1, 2, 3]) },
    });
    const copy = bytes.slice();
    const frozen: ReadBundleOptions = Object.freeze({
      entities: Object.freeze({ ...options.entities }),
      parts: Object.freeze([...(options.parts ?? [])]),
    });
    const read = readBundle(bytes, frozen);
    read.parts['attachments/a.bin']?.fill(9);
    expect(bytes).toEqual(copy);
    expect(readBundle(bytes, frozen).parts['attachments/a.bin']).toEqual(new Uint8Array([1, 2, 3]));
  });

  it('refuses to write a bundle that could not be read back', () => {
    expect(
      bundleFailure(() => writeBundle({ ...header, inspectionId: '', operations: [] })),
    ).toEqual(['invalid-manifest', 'manifest.json', 'inspectionId']);
    expect(
      bundleFailure(() => writeBundle({ ...header, exportedAt: 'last Tuesday', operations: [] })),
    ).toEqual(['invalid-manifest', 'manifest.json', 'exportedAt']);
    const [op] = sampleLog();
    if (op === undefined) throw new Error('expected an op');
    expect(
      bundleFailure(() =>
        writeBundle({ ...header, operations: [{ ...op, author: 'Someone Else' }] }),
      ),
    ).toEqual(['invalid-operation', 'operations.jsonl', 'author']);
    expect(
      bundleFailure(() =>
        writeBundle({ ...header, operations: [], parts: { '../escape': new Uint8Array() } }),
      ),
    ).toEqual(['invalid-part', 'parts/../escape', undefined]);
  });
});

describe('mergeBundles', () => {
  it('refuses bundles of two different inspections, naming both', () => {
    const a = bundleOf([], {}, 'ilacs-barsetshire');
    const b = bundleOf([], {}, 'ilacs-midsomer');
    expect(() => mergeBundles(a, b)).toThrow(/"ilacs-barsetshire" and "ilacs-midsomer"/);
    expect(() => mergeBundles(a, b)).toThrow(BundleError);
  });

  it('unions ops and parts, reports clashes, and refuses a part name with two contents', () => {
    const base = sampleLog();
    const sam = createRecorder(
      createClock('Sam', () => Date.UTC(2025, 5, 3)),
      base,
    );
    const priya = createRecorder(
      createClock('Priya', () => Date.UTC(2025, 5, 3)),
      base,
    );
    const change = { entity: 'evidence', id: 'ev-1', field: 'title' };
    const samOp = sam.change({ ...change, value: 'Sam’s title' });
    const priyaOp = priya.change({ ...change, value: 'Priya’s title' });
    const a = bundleOf([...base, ...(samOp ? [samOp] : [])], {
      'attachments/x': new Uint8Array([1]),
    });
    const b = bundleOf([...base, ...(priyaOp ? [priyaOp] : [])], {
      'attachments/y': new Uint8Array([2]),
    });
    const merged = mergeBundles(a, b);
    expect(merged.inspectionId).toBe(header.inspectionId);
    expect(merged.operations).toHaveLength(base.length + 2);
    expect(merged.clashes.map((c) => c.authors)).toEqual([['Priya', 'Sam']]);
    expect(Object.keys(merged.parts)).toEqual(['attachments/x', 'attachments/y']);
    expect(mergeBundles(a, a).operations).toEqual(
      a.operations.toSorted((x, y) => (x.hlc < y.hlc ? -1 : 1)),
    );

    const c = bundleOf(base, { 'attachments/x': new Uint8Array([7]) });
    expect(() => mergeBundles(a, c)).toThrow(
      expect.objectContaining({ code: 'part-conflict', part: 'parts/attachments/x' }),
    );
  });
});
