import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import {
  checkChains,
  createClock,
  createRecorder,
  operationHash,
  readBundle,
  sameOperation,
  signOperations,
  writeBundle,
  type Operation,
  type ReadBundleOptions,
} from '../../../../shared/bundle';
import { sha256Hex } from '../../../../shared/bundle/sha256';
import { fastSha256Hex } from '../../../../shared/bundle/fast-sha256';
import { crc32 } from '../../../../shared/bundle/zip-check';
import { ed25519Signer, identityFromSecret, verifyEd25519 } from '../../../../shared/crypto';
import { signatureHolds } from '../../../../shared/bundle';

// A fixed age secret key (Bech32 of the bytes 0x42 repeated), so runs are repeatable.
const SECRET = 'AGE-SECRET-KEY-1GFPYYSJZGFPYYSJZGFPYYSJZGFPYYSJZGFPYYSJZGFPYYSJZGFPQ4EGAEX';
const options: ReadBundleOptions = { entities: { grade: z.looseObject({}) } };
const INSPECTION = 'insp-1';

/** Three grade changes by Amara, as the recorder makes them, and the same three signed by her. */
async function logs(): Promise<{ plain: Operation[]; signed: Operation[]; key: Uint8Array }> {
  let at = Date.UTC(2026, 9, 5);
  const recorder = createRecorder(createClock('Amara', () => (at += 1000)));
  const plain: Operation[] = [];
  for (const value of ['good', 'requires-improvement', 'outstanding']) {
    const op = recorder.change({ entity: 'grade', id: 'leaders', field: 'value', value });
    if (op !== null) plain.push(op);
  }
  await identityFromSecret(SECRET);
  const signer = await ed25519Signer(SECRET);
  const signed = await signOperations([], plain, 'Amara', (message) => signer.sign(message));
  return { plain, signed, key: signer.publicKey };
}

const write = (operations: readonly Operation[]) =>
  writeBundle({
    inspectionId: INSPECTION,
    exportedBy: 'Amara',
    exportedAt: '2026-10-05T09:00:00Z',
    operations,
  });

/** The bundle with its entries changed, as someone with the file and a zip tool would. */
function edited(
  bytes: Uint8Array,
  change: (files: Record<string, Uint8Array>) => void,
): Uint8Array {
  const files = unzipSync(bytes);
  change(files);
  return zipSync(files);
}

const keysOf = (key: Uint8Array) => () => [key];
const verify = (op: Operation, keys: readonly Uint8Array[]) =>
  signatureHolds(op, keys, verifyEd25519);

describe('the signatures part of a bundle', () => {
  it('keeps signatures out of the log: its lines are the unsigned log’s, the part is stored', async () => {
    const { plain, signed } = await logs();
    const signedFiles = unzipSync(write(signed));
    const plainFiles = unzipSync(write(plain));
    expect(signedFiles['operations.jsonl']).toEqual(plainFiles['operations.jsonl']);
    expect(plainFiles['signatures.txt']).toBeUndefined();
    const lines = strFromU8(signedFiles['signatures.txt'] ?? new Uint8Array()).split('\n');
    expect(lines.slice(0, 3)).toEqual(signed.map((op) => `${op.sig} ${op.chain ?? '-'}`));
    // Stored, not deflated (zip compression method 0 in the local header of the entry).
    const bytes = write(signed);
    const name = strToU8('signatures.txt');
    const at = bytes.findIndex(
      (_, i) => name.every((b, j) => bytes[i + 30 + j] === b) && bytes[i] === 0x50,
    );
    expect(at).toBeGreaterThanOrEqual(0);
    expect((bytes[at + 8] ?? 1) | ((bytes[at + 9] ?? 1) << 8)).toBe(0);
  });

  it('reads back every signature and chain, with the hashes its chains name', async () => {
    const { signed, key } = await logs();
    const read = readBundle(write(signed), options).operations;
    expect(read).toHaveLength(3);
    read.forEach((op, index) => {
      const original = signed[index];
      expect(original !== undefined && sameOperation(op, original)).toBe(true);
      expect(operationHash(op)).toBe(original === undefined ? '' : operationHash(original));
    });
    const checked = checkChains(read, { keysOf: keysOf(key), verify });
    expect(checked.problems).toEqual([]);
    expect(checked.verified.size).toBe(3);
  });

  it('finds a signed line rewritten by hand, even with the same content in another key order', async () => {
    const { signed, key } = await logs();
    const bytes = edited(write(signed), (files) => {
      const lines = strFromU8(files['operations.jsonl'] ?? new Uint8Array()).split('\n');
      const first: unknown = JSON.parse(lines[0] ?? '{}');
      const record = z.record(z.string(), z.unknown()).parse(first);
      const reordered = Object.fromEntries(Object.entries(record).toReversed());
      lines[0] = JSON.stringify(reordered);
      files['operations.jsonl'] = strToU8(lines.join('\n'));
    });
    const read = readBundle(bytes, options).operations;
    const checked = checkChains(read, { keysOf: keysOf(key), verify });
    expect(checked.problems.map((p) => p.reason)).toEqual(['previous-missing']);
    expect(checked.problems[0]?.op.id).toBe(signed[1]?.id);
  });

  it('refuses a signatures part longer than the log, naming it', async () => {
    const { signed } = await logs();
    const bytes = edited(write(signed), (files) => {
      const part = strFromU8(files['signatures.txt'] ?? new Uint8Array());
      files['signatures.txt'] = strToU8(`${part}${part.split('\n')[0] ?? ''}\n`);
    });
    expect(() => readBundle(bytes, options)).toThrow(
      /signatures\.txt, line 4: .*a signature of no change/,
    );
  });

  it('refuses a line of the part that is not a signature and a hash, naming it', async () => {
    const { signed } = await logs();
    const bytes = edited(write(signed), (files) => {
      const lines = strFromU8(files['signatures.txt'] ?? new Uint8Array()).split('\n');
      lines[1] = 'not a signature';
      files['signatures.txt'] = strToU8(lines.join('\n'));
    });
    expect(() => readBundle(bytes, options)).toThrow(
      /signatures\.txt, line 2: not an Ed25519 signature/,
    );
  });

  it('refuses a change signed both on its line and in the part', async () => {
    const { signed } = await logs();
    const first = signed[0];
    const bytes = edited(write(signed), (files) => {
      const lines = strFromU8(files['operations.jsonl'] ?? new Uint8Array()).split('\n');
      lines[0] = JSON.stringify(first);
      files['operations.jsonl'] = strToU8(lines.join('\n'));
    });
    expect(() => readBundle(bytes, options)).toThrow(
      /line 1: signed both on its line and in signatures\.txt/,
    );
  });

  it('takes a line with no signature line as unsigned (a signed workbook then refuses it)', async () => {
    const { signed } = await logs();
    const bytes = edited(write(signed), (files) => {
      const lines = strFromU8(files['signatures.txt'] ?? new Uint8Array()).split('\n');
      files['signatures.txt'] = strToU8(`${lines.slice(0, 2).join('\n')}\n`);
    });
    const read = readBundle(bytes, options).operations;
    expect(read.map((op) => op.sig === undefined)).toEqual([false, false, true]);
  });
});

describe('the hashes and checksums a long log needs', () => {
  it('gives the same SHA-256 through Node’s crypto as FIPS 180-4 in TypeScript', () => {
    for (const text of ['', 'abc', 'Amara Okafor’s grade: “outstanding” ✓', 'x'.repeat(1000)]) {
      expect(fastSha256Hex(text)).toBe(sha256Hex(new TextEncoder().encode(text)));
      expect(fastSha256Hex(strToU8(text), '\nmore')).toBe(sha256Hex(strToU8(`${text}\nmore`)));
    }
    // FIPS 180-4's example (https://csrc.nist.gov/projects/cryptographic-standards-and-guidelines/example-values).
    expect(fastSha256Hex('abc')).toBe(
      'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad',
    );
  });

  it('gives zip’s CRC-32 of the standard check string', () => {
    // The CRC-32 "check" value of the nine bytes "123456789" (IEEE 802.3 polynomial).
    expect(crc32(strToU8('123456789'))).toBe(0xcbf43926);
  });
});
