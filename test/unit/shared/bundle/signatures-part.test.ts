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

/** The first log line rewritten with its keys in reverse order (the same content). */
function reorderFirst(files: Record<string, Uint8Array>): void {
  const lines = strFromU8(files['operations.jsonl'] ?? new Uint8Array()).split('\n');
  const first: unknown = JSON.parse(lines[0] ?? '{}');
  const record = z.record(z.string(), z.unknown()).parse(first);
  const reordered = Object.fromEntries(Object.entries(record).toReversed());
  lines[0] = JSON.stringify(reordered);
  files['operations.jsonl'] = strToU8(lines.join('\n'));
}

/** The signatures part as bundles were first written: every chain written out, `-` for none. */
function writeChainsOut(signed: readonly Operation[]) {
  return (files: Record<string, Uint8Array>) => {
    const lines = signed.map((op) => `${op.sig} ${op.chain ?? '-'}\n`);
    files['signatures.txt'] = strToU8(lines.join(''));
  };
}
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
    // The first has no chain; the others name Amara's previous change, so their chain is left out.
    expect(lines.slice(0, 3)).toEqual(
      signed.map((op, index) => (index === 0 ? `${op.sig} -` : String(op.sig))),
    );
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
    // With every chain written out (as bundles were first written), the next link breaks.
    const explicit = edited(edited(write(signed), writeChainsOut(signed)), reorderFirst);
    const read = readBundle(explicit, options).operations;
    const checked = checkChains(read, { keysOf: keysOf(key), verify });
    expect(checked.problems.map((p) => p.reason)).toEqual(['previous-missing']);
    expect(checked.problems[0]?.op.id).toBe(signed[1]?.id);
    // With chains left out, the chain worked out for the next change is not the one signed.
    const left = checkChains(readBundle(edited(write(signed), reorderFirst), options).operations, {
      keysOf: keysOf(key),
      verify,
    });
    expect(left.problems.map((p) => [p.op.id, p.reason])).toEqual([
      [signed[1]?.id, 'bad-signature'],
      [signed[2]?.id, 'bad-signature'],
    ]);
    expect(left.verified.size).toBe(1);
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

  it('opens a bundle written before chains were left out (every chain written out)', async () => {
    const { signed, key } = await logs();
    const bytes = edited(write(signed), writeChainsOut(signed));
    const part = strFromU8(unzipSync(bytes)['signatures.txt'] ?? new Uint8Array());
    expect(part.split('\n')[1]).toBe(`${signed[1]?.sig} ${signed[1]?.chain}`);
    const read = readBundle(bytes, options).operations;
    read.forEach((op, index) => {
      const original = signed[index];
      expect(original !== undefined && sameOperation(op, original)).toBe(true);
      expect(operationHash(op)).toBe(original === undefined ? '' : operationHash(original));
    });
    const checked = checkChains(read, { keysOf: keysOf(key), verify });
    expect(checked.problems).toEqual([]);
    expect(checked.verified.size).toBe(3);
  });

  it('leaves out each author’s chains among another’s changes, and reads them back', async () => {
    const { signed, key } = await logs();
    let at = Date.UTC(2026, 9, 5, 0, 0, 1, 500);
    const recorder = createRecorder(createClock('Ben', () => (at += 1000)));
    const ben: Operation[] = [];
    for (const value of ['good', 'outstanding']) {
      const op = recorder.change({ entity: 'grade', id: 'help', field: 'value', value });
      if (op !== null) ben.push(op);
    }
    const benSigner = await ed25519Signer('AGE-SECRET-KEY-1 Ben');
    const benSigned = await signOperations([], ben, 'Ben', (m) => benSigner.sign(m));
    // Amara, Ben, Amara, Ben, Amara: each author's chain skips the other's change.
    const mixed = [signed[0], benSigned[0], signed[1], benSigned[1], signed[2]].filter(
      (op): op is Operation => op !== undefined,
    );
    const files = unzipSync(write(mixed));
    const lines = strFromU8(files['signatures.txt'] ?? new Uint8Array()).split('\n');
    expect(lines.slice(0, 5).map((line) => line.split(' ').length)).toEqual([2, 2, 1, 1, 1]);
    const read = readBundle(write(mixed), options).operations;
    expect(read.map((op) => op.chain)).toEqual(mixed.map((op) => op.chain));
    const keys = (op: Operation) => [op.author === 'Ben' ? benSigner.publicKey : key];
    expect(checkChains(read, { keysOf: keys, verify }).problems).toEqual([]);
  });

  it('refuses a line that leaves its chain out with no earlier change by its author', async () => {
    const { signed } = await logs();
    const bytes = edited(write(signed), (files) => {
      const lines = strFromU8(files['signatures.txt'] ?? new Uint8Array()).split('\n');
      lines[0] = String(signed[0]?.sig);
      files['signatures.txt'] = strToU8(lines.join('\n'));
    });
    expect(() => readBundle(bytes, options)).toThrow(
      /signatures\.txt, line 1: .*no earlier change by Amara/,
    );
  });

  it('refuses reordered changes whose chains were left out: the chains worked out are not those signed', async () => {
    const { signed, key } = await logs();
    const swapped = [signed[0], signed[2], signed[1]].filter(
      (op): op is Operation => op !== undefined,
    );
    const bytes = edited(write(signed), (files) => {
      const log = strFromU8(files['operations.jsonl'] ?? new Uint8Array()).split('\n');
      const part = strFromU8(files['signatures.txt'] ?? new Uint8Array()).split('\n');
      files['operations.jsonl'] = strToU8([log[0], log[2], log[1], ''].join('\n'));
      files['signatures.txt'] = strToU8([part[0], part[2], part[1], ''].join('\n'));
    });
    const read = readBundle(bytes, options).operations;
    expect(read.map((op) => op.id)).toEqual(swapped.map((op) => op.id));
    const checked = checkChains(read, { keysOf: keysOf(key), verify });
    expect(checked.problems.map((p) => p.reason)).toContain('bad-signature');
    expect(checked.verified.size).toBeLessThan(3);
  });

  it('refuses a part with a byte that is not ASCII, naming its line', async () => {
    const { signed } = await logs();
    const bytes = edited(write(signed), (files) => {
      const part = (files['signatures.txt'] ?? new Uint8Array()).slice();
      part[part.indexOf(0x0a) + 5] = 0xe9;
      files['signatures.txt'] = part;
    });
    expect(() => readBundle(bytes, options)).toThrow(/signatures\.txt, line 2: not ASCII/);
  });

  it('keeps a read change’s hash to itself: a copy with another signature is hashed afresh', async () => {
    const { signed } = await logs();
    const [first] = readBundle(write(signed), options).operations;
    if (first === undefined) throw new Error('the bundle holds three changes');
    const copy: Operation = { ...first, sig: `${'B'.repeat(86)}==` };
    expect(Object.keys(first)).not.toContain('hash');
    expect(operationHash(copy)).not.toBe(operationHash(first));
    expect(operationHash(first)).toBe(operationHash({ ...first }));
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
