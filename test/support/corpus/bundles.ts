import { randomBytes } from 'node:crypto';
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { strToU8, zipSync } from 'fflate';
import type { CorpusCase } from './case';
import { operationLine, operationSchema, readBundle, signOperations } from '../../../shared/bundle';
import { workbookEntities, workbookParts } from '../../../shared/workbook';
import { ed25519Signer } from '../../../shared/crypto/ed25519';
import { demoIdentity } from '../../../shared/demo';
import {
  crc32,
  edit,
  refused,
  firstImport,
  GOOD,
  goodLog,
  goodRawEntries,
  rawZip,
  variant,
  writeZip,
  zeroBomb,
} from './bundle-tools';
import { fileCases } from './file-handling';
import { pdfCases } from './pdfs';

/**
 * Damaged and hostile bundles, command-line file handling and clocks, for
 * the corpus test (test/unit/corpus/corpus.test.ts). Each is made from the
 * good workbook the test copies into the scratch folder as `workbook.inspection`.
 */

const MIB = 1024 * 1024;
const DAY = 24 * 60 * 60 * 1000;

/** A JSON object's own fields (an empty record for anything else). */
function fields(text: string): Record<string, unknown> {
  const value: unknown = JSON.parse(text);
  return typeof value === 'object' && value !== null && !Array.isArray(value)
    ? Object.fromEntries(Object.entries(value))
    : {};
}

/** One log line of the good workbook changed into a change stamped at `wallMs`. */
async function stamped(dir: string, wallMs: number, file: string): Promise<string> {
  const { lines, entries } = await goodLog(dir);
  const last = lines.at(-1) ?? '{}';
  const op = fields(last);
  const hlc = String(op['hlc']);
  const wall = wallMs.toString(36).padStart(11, '0');
  const { sig: _sig, chain: _chain, ...unsigned } = op;
  const forged = operationSchema.parse({
    ...unsigned,
    id: `${String(op['id'])}-forged`,
    hlc: `${wall}${hlc.slice(11)}`,
    prev: hlc,
  });
  // The demo is signed: the change is signed by its author's published demo key, so it is
  // refused (or kept) for its date alone, not as a forgery.
  // Read as the command reads it: the signatures sit in their own part (signatures.txt).
  const log = readBundle(
    zipSync(entries),
    { entities: workbookEntities, parts: workbookParts },
    'on-first-use',
  ).operations;
  const signer = await ed25519Signer((await demoIdentity(forged.author)).secretKey);
  const [signed] = await signOperations(log, [forged], forged.author, (m) => signer.sign(m));
  return variant(dir, file, () => ({
    'operations.jsonl': [...lines, signed === undefined ? '' : operationLine(signed)]
      .map((line) => `${line}\n`)
      .join(''),
  }));
}

/** The log of the good workbook with `extra` lines added. */
async function withLines(dir: string, file: string, extra: readonly string[]): Promise<string> {
  const { lines } = await goodLog(dir);
  return variant(dir, file, () => ({
    'operations.jsonl': [...lines, ...extra].map((line) => `${line}\n`).join(''),
  }));
}

/** The first op of the good log, as an object to alter. */
async function firstOp(dir: string): Promise<Record<string, unknown>> {
  const { lines } = await goodLog(dir);
  return fields(lines[0] ?? '{}');
}

/** The good workbook with its first imported file altered (its name still the old SHA-256). */
function alteredImport(dir: string, file: string): Promise<string> {
  return variant(dir, file, (entries) => {
    const name = firstImport(entries);
    const bytes = (entries[name] ?? new Uint8Array()).slice();
    // One digit changed, as someone "correcting" a figure in the stored file would.
    const at = bytes.findIndex((byte) => byte >= 0x30 && byte <= 0x38);
    bytes[at] = (bytes[at] ?? 0x30) + 1;
    return { [name]: bytes };
  });
}

const zipCases: CorpusCase[] = [
  refused('bundle-not-a-zip', 'not-a-zip', async (dir) => {
    const file = path.join(dir, 'notes.inspection');
    await writeFile(file, 'these are meeting notes, not a bundle');
    return file;
  }),
  refused('bundle-empty-file', 'not-a-zip', async (dir) => {
    const file = path.join(dir, 'empty.inspection');
    await writeFile(file, '');
    return file;
  }),
  refused('bundle-truncated', 'truncated', async (dir) => {
    const { entries } = await goodLog(dir);
    const full = await writeZip(dir, 'full.inspection', entries);
    const { readFile } = await import('node:fs/promises');
    const bytes = await readFile(full);
    const file = path.join(dir, 'cut.inspection');
    await writeFile(file, bytes.subarray(0, Math.floor(bytes.length / 2)));
    return file;
  }),
  refused(
    'bundle-bomb-attachment-ratio',
    'zip-bomb',
    async (dir) => {
      const raw = await goodRawEntries(dir);
      // 64 MiB of zeros in about 64 KB: a ratio no document has.
      const bomb = zeroBomb(64);
      const file = path.join(dir, 'bomb.inspection');
      // Refused from the directory's sizes before anything is inflated, so its CRC is never read.
      const crc = 0;
      await writeFile(
        file,
        rawZip([
          ...raw,
          {
            name: 'parts/attachments/visit.pdf',
            data: bomb,
            method: 8,
            claimedSize: 64 * MIB,
            crc,
          },
        ]),
      );
      return file;
    },
    (file) => ['indicators', file],
    /times its compressed size/,
  ),
  refused(
    'bundle-bomb-claims-too-much',
    'zip-bomb',
    async (dir) => {
      const raw = await goodRawEntries(dir);
      const data = new Uint8Array(randomBytes(2 * MIB));
      const file = path.join(dir, 'claims.inspection');
      // 2 MB stored, claiming 4 GB less one byte: refused from the directory alone.
      await writeFile(
        file,
        rawZip([
          ...raw,
          { name: 'parts/attachments/a.pdf', data, method: 8, claimedSize: 0xffff_fffe, crc: 0 },
        ]),
      );
      return file;
    },
    (file) => ['judge', file],
    /expand|cannot hold/,
  ),
  refused(
    'bundle-bomb-total',
    'zip-bomb-total',
    async (dir) => {
      const raw = await goodRawEntries(dir);
      // Five parts each claiming 300 MiB from 1 MiB, under the per-part caps, over the total.
      const data = new Uint8Array(randomBytes(MIB));
      const parts = [1, 2, 3, 4, 5].map((n) => ({
        name: `parts/attachments/p${n}.pdf`,
        data,
        method: 8 as const,
        claimedSize: 300 * MIB,
        crc: 0,
      }));
      const file = path.join(dir, 'total.inspection');
      await writeFile(file, rawZip([...raw, ...parts]));
      return file;
    },
    (file) => ['judge', file],
    /would expand to more than/,
  ),
  refused(
    'bundle-too-many-entries',
    'zip-entries',
    async (dir) => {
      const raw = await goodRawEntries(dir);
      const tiny = strToU8('x');
      const many = Array.from({ length: 10_001 }, (_, n) => ({
        name: `parts/attachments/n${n}.txt`,
        data: tiny,
        method: 0 as const,
        claimedSize: 1,
        crc: crc32(tiny),
      }));
      const file = path.join(dir, 'many.inspection');
      await writeFile(file, rawZip([...raw, ...many]));
      return file;
    },
    (file) => ['judge', file],
    /more than 10000 entries/,
  ),
  refused('bundle-duplicate-manifest', 'zip-duplicate', async (dir) => {
    const raw = await goodRawEntries(dir);
    const file = path.join(dir, 'twice.inspection');
    const manifest = raw[0];
    if (manifest === undefined) throw new Error('no manifest');
    await writeFile(file, rawZip([...raw, manifest]));
    return file;
  }),
  refused('bundle-zip-slip', 'zip-slip', (dir) =>
    variant(dir, 'slip.inspection', () => ({ 'parts/../../../../tmp/evil.sh': 'echo pwned' })),
  ),
  refused('bundle-unexpected-entry', 'zip-unexpected', (dir) =>
    variant(dir, 'extra.inspection', () => ({ 'run-me.sh': 'echo pwned' })),
  ),
  refused('bundle-no-log', 'missing-part', (dir) =>
    variant(dir, 'nolog.inspection', () => ({ 'operations.jsonl': undefined })),
  ),
  refused('bundle-crc-flipped', 'crc', async (dir) => {
    const raw = await goodRawEntries(dir);
    const file = path.join(dir, 'crc.inspection');
    await writeFile(file, rawZip(raw.map((entry) => ({ ...entry, crc: (entry.crc ^ 1) >>> 0 }))));
    return file;
  }),
];

const integrityCases: CorpusCase[] = [
  refused(
    'altered-import-indicators',
    'part-altered',
    (dir) => alteredImport(dir, 'altered.inspection'),
    (file) => ['problems', file],
    /bytes have changed/,
  ),
  refused(
    'altered-import-edit',
    'part-altered',
    (dir) => alteredImport(dir, 'altered.inspection'),
    edit,
    /bytes have changed/,
  ),
  refused(
    'altered-import-merge',
    'part-altered',
    (dir) => alteredImport(dir, 'altered.inspection'),
    (file) => [
      'merge',
      path.join(path.dirname(file), GOOD),
      file,
      '--out',
      path.join(path.dirname(file), 'merged.inspection'),
    ],
    /bytes have changed/,
  ),
  refused(
    'manifest-names-another-inspection',
    'manifest-mismatch',
    async (dir) => {
      const { manifest } = await goodLog(dir);
      const other = { ...fields(JSON.stringify(manifest)), inspectionId: 'insp-someone-else' };
      return variant(dir, 'other.inspection', () => ({ 'manifest.json': JSON.stringify(other) }));
    },
    (file) => ['judge', file],
    /names inspection "insp-someone-else" but its log is of inspection/,
  ),
  refused('manifest-not-json', 'manifest', (dir) =>
    variant(dir, 'm.inspection', () => ({ 'manifest.json': '{"format": "inspection-workbook",' })),
  ),
  refused(
    'manifest-newer-version',
    'manifest',
    async (dir) => {
      const { manifest } = await goodLog(dir);
      const newer = { ...fields(JSON.stringify(manifest)), formatVersion: 99 };
      return variant(dir, 'newer.inspection', () => ({ 'manifest.json': JSON.stringify(newer) }));
    },
    (file) => ['judge', file],
    /newer version/,
  ),
];

const logCases: CorpusCase[] = [
  refused('log-line-not-json', 'jsonl', (dir) => withLines(dir, 'bad.inspection', ['{"id": "x",'])),
  refused(
    'log-line-over-4-mib',
    'jsonl-long-line',
    (dir) => withLines(dir, 'long.inspection', [randomBytes(5 * MIB).toString('base64')]),
    (file) => ['judge', file],
    /longer than 4 MiB/,
  ),
  refused(
    'log-text-value-over-limit',
    'text-value-length',
    async (dir) => {
      const op = await firstOp(dir);
      const long = { ...op, id: 'long-text', value: 'x'.repeat(300_000) };
      return withLines(dir, 'text.inspection', [JSON.stringify(long)]);
    },
    (file) => ['judge', file],
    /300000 characters, more than the 200000/,
  ),
  refused('log-unknown-entity', 'jsonl', async (dir) => {
    const op = await firstOp(dir);
    return withLines(dir, 'entity.inspection', [
      JSON.stringify({ ...op, id: 'u1', entity: 'spaceship' }),
    ]);
  }),
  refused('log-proto-entity', 'prototype-key', async (dir) => {
    const op = await firstOp(dir);
    return withLines(dir, 'proto.inspection', [
      JSON.stringify({ ...op, id: 'p1', entity: '__proto__' }),
    ]);
  }),
  refused('log-constructor-entity', 'prototype-key', async (dir) => {
    const op = await firstOp(dir);
    return withLines(dir, 'ctor.inspection', [
      JSON.stringify({ ...op, id: 'c1', entity: 'constructor' }),
    ]);
  }),
  refused('log-duplicate-id', 'jsonl', async (dir) => {
    const op = await firstOp(dir);
    return withLines(dir, 'dup.inspection', [JSON.stringify({ ...op, value: 'different' })]);
  }),
  refused('log-extra-key', 'jsonl', async (dir) => {
    const op = await firstOp(dir);
    return withLines(dir, 'key.inspection', [JSON.stringify({ ...op, id: 'k1', admin: true })]);
  }),
  refused('log-ten-megabyte-line', 'message-echo', async (dir) => {
    const op = await firstOp(dir);
    return withLines(dir, 'ten.inspection', [JSON.stringify({ ...op, id: 'x'.repeat(10 * MIB) })]);
  }),
];

const clockCases: CorpusCase[] = [
  refused(
    'hlc-year-275760',
    'hlc-far-future',
    (dir) => stamped(dir, 8_640_000_000_000_000, 'future.inspection'),
    (file) => ['judge', file],
    /dated \+275760.*more than a day ahead/,
  ),
  refused(
    'hlc-next-year-edit',
    'hlc-far-future',
    (dir) => stamped(dir, Date.now() + 365 * DAY, 'future.inspection'),
    edit,
    /more than a day ahead/,
  ),
  refused(
    'hlc-far-future-merge',
    'hlc-far-future',
    (dir) => stamped(dir, 8_640_000_000_000_000, 'future.inspection'),
    (file) => [
      'merge',
      path.join(path.dirname(file), GOOD),
      file,
      '--out',
      path.join(path.dirname(file), 'merged.inspection'),
    ],
    /more than a day ahead/,
  ),
  {
    name: 'hlc-an-hour-ahead-is-kept',
    damage: 'hlc-drift',
    exit: 0,
    unchanged: false,
    make: async (dir) => {
      const file = await stamped(dir, Date.now() + 60 * 60 * 1000, 'drift.inspection');
      return { args: () => edit(file), names: path.basename(file) };
    },
  },
];

/** Every bundle, file-handling, clock and PDF case. */
export const bundleCases: readonly CorpusCase[] = [
  ...zipCases,
  ...integrityCases,
  ...logCases,
  ...clockCases,
  ...fileCases,
  ...pdfCases,
];
