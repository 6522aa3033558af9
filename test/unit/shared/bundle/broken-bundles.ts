import { strToU8, zipSync } from 'fflate';
import { z } from 'zod';
import {
  BundleError,
  bytesPart,
  createClock,
  createRecorder,
  jsonPart,
  readBundle,
  type Operation,
  type ReadBundleOptions,
} from '../../../../shared/bundle';

/**
 * Fixtures for the broken-bundle tests: a small judgement registry, a
 * reference manifest and log, and zips built with fflate directly so that
 * broken bundles need no help from the code under test.
 */

const grade = z.enum(['outstanding', 'good', 'requires improvement', 'inadequate']);
/** Read options: judgements with a graded enum, attachments and a JSON summary part. */
export const options: ReadBundleOptions = {
  entities: { judgement: z.object({ grade, rationale: z.string().optional() }) },
  parts: [
    { name: 'attachments/', schema: bytesPart },
    { name: 'summary.json', schema: jsonPart(z.object({ providers: z.number().int() })) },
  ],
};

/** A valid version-1 manifest. */
export const manifest = {
  format: 'inspection-workbook',
  formatVersion: 1,
  inspectionId: 'ilacs-2025-barsetshire',
  exportedBy: 'Jane Smith',
  exportedAt: '2025-06-02T10:00:00.000Z',
};

/** A recorder-made log creating one judgement. */
export function judgementLog(): Operation[] {
  const jane = createRecorder(createClock('Jane Smith', () => Date.UTC(2025, 5, 2, 9)));
  return jane.create('judgement', 'leadership', { grade: 'good', rationale: 'Stable workforce' });
}

/** Rows as JSON lines. */
export const jsonl = (rows: readonly unknown[]) =>
  rows.map((row) => `${JSON.stringify(row)}\n`).join('');

/** A zip made with fflate directly, so broken bundles need no help from the code under test. */
export function zipOf(files: Record<string, string | Uint8Array>): Uint8Array {
  return zipSync(
    Object.fromEntries(
      Object.entries(files).map(([name, body]) => [
        name,
        typeof body === 'string' ? strToU8(body) : body,
      ]),
    ),
  );
}

/** The reference bundle, with entries replaced or added. */
export function bundleWith(overrides: Record<string, string | Uint8Array> = {}): Uint8Array {
  return zipOf({
    'manifest.json': JSON.stringify(manifest),
    'operations.jsonl': jsonl(judgementLog()),
    ...overrides,
  });
}

/** The BundleError readBundle throws for `bytes` (fails the test if it does not throw one). */
export function failure(bytes: Uint8Array, opts: ReadBundleOptions = options): BundleError {
  try {
    readBundle(bytes, opts);
  } catch (error) {
    if (error instanceof BundleError) return error;
    throw error;
  }
  throw new Error('readBundle accepted a broken bundle');
}
