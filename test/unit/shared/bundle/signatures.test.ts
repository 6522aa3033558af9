import { describe, expect, it } from 'vitest';
import {
  canonicalJson,
  checkChains,
  createClock,
  createRecorder,
  MAX_CHAIN_PROBLEMS,
  MAX_SIGNATURE_CHECKS,
  mergeOperations,
  operationHash,
  operationMessage,
  operationSchema,
  signatureHolds,
  signOperations,
  type Operation,
} from '../../../../shared/bundle';
import {
  ed25519Signer,
  identityFromSecret,
  verifyEd25519,
  type Ed25519Signer,
} from '../../../../shared/crypto';

// A fixed age secret key (Bech32 of the bytes 0x42 repeated), so runs are repeatable.
const SECRET_A = 'AGE-SECRET-KEY-1GFPYYSJZGFPYYSJZGFPYYSJZGFPYYSJZGFPYYSJZGFPYYSJZGFPQ4EGAEX';
// The signing key is derived from the text of the secret (HKDF), so any other text gives another key.
const SECRET_B = 'AGE-SECRET-KEY-1 another person';

async function signerOf(secret: string): Promise<Ed25519Signer> {
  await identityFromSecret(secret);
  return ed25519Signer(secret);
}

/** `count` honest edits by `author`, as the recorder makes them, then signed. */
async function signedEdits(
  author: string,
  signer: Ed25519Signer,
  count: number,
  log: readonly Operation[] = [],
  start = Date.UTC(2026, 9, 5),
): Promise<Operation[]> {
  let at = start;
  const recorder = createRecorder(
    createClock(author, () => (at += 1000)),
    log,
  );
  const made: Operation[] = [];
  for (let index = 0; index < count; index += 1) {
    const op = recorder.change({ entity: 'grade', id: 'leaders', field: 'value', value: index });
    if (op !== null) made.push(op);
  }
  return signOperations(log, made, author, (message) => signer.sign(message));
}

function keysFor(table: Record<string, Uint8Array>) {
  return (op: Operation) => {
    const key = table[op.author];
    return key === undefined ? `${op.author} has no key` : [key];
  };
}

function check(ops: readonly Operation[], table: Record<string, Uint8Array>, every = false) {
  let verifies = 0;
  const outcome = checkChains(ops, {
    keysOf: keysFor(table),
    verify: (op, keys) => {
      verifies += 1;
      return signatureHolds(op, keys, verifyEd25519);
    },
    every,
  });
  return { ...outcome, verifies };
}

describe('canonical bytes', () => {
  it('sorts keys at every level and writes no whitespace (RFC 8785)', () => {
    expect(canonicalJson({ b: [1, { d: 'x', c: null }], a: true, é: 0.5 })).toBe(
      '{"a":true,"b":[1,{"c":null,"d":"x"}],"é":0.5}',
    );
  });

  it('gives one message whatever order the op’s keys were written in', () => {
    const op: Operation = {
      id: '0000000000a-00000-A',
      author: 'A',
      hlc: '0000000000a-00000-A',
      entity: 'grade',
      entityId: 'leaders',
      field: 'value',
      value: { z: 1, a: [2] },
      prev: null,
      chain: null,
      sig: `${'A'.repeat(86)}==`,
    };
    const reordered: unknown = JSON.parse(
      `{"sig":"${'A'.repeat(86)}==","value":{"a":[2],"z":1},"chain":null,"prev":null,"field":"value","entityId":"leaders","entity":"grade","hlc":"0000000000a-00000-A","author":"A","id":"0000000000a-00000-A"}`,
    );
    const parsed = operationSchema.parse(reordered);
    expect(operationMessage(parsed)).toEqual(operationMessage(op));
    expect(operationHash(parsed)).toBe(operationHash(op));
    // The message leaves the signature out; the hash (what `chain` names) keeps it.
    const { sig: _left, ...unsigned } = op;
    const text = new TextDecoder().decode(operationMessage(op));
    expect(text).toBe(
      `inspection-workbook/operation/v1\n${canonicalJson({ ...unsigned, chain: null })}`,
    );
  });
});

describe('signed chains', () => {
  it('signs each op over its canonical bytes, chained to the author’s previous op', async () => {
    const signer = await signerOf(SECRET_A);
    const ops = await signedEdits('Amara', signer, 3);
    expect(ops.map((op) => operationSchema.safeParse(op).success)).toEqual([true, true, true]);
    expect(ops[0]?.chain).toBeNull();
    const [first, second, third] = ops;
    if (first === undefined || second === undefined) throw new Error('three ops were signed');
    expect(second.chain).toBe(operationHash(first));
    expect(third?.chain).toBe(operationHash(second));
    const outcome = check(ops, { Amara: signer.publicKey });
    expect(outcome.problems).toEqual([]);
    expect(outcome.verified.size).toBe(3);
  });

  it('checks one signature per chain, not one per op', async () => {
    const signer = await signerOf(SECRET_A);
    const ops = await signedEdits('Amara', signer, 40);
    expect(check(ops, { Amara: signer.publicKey }).verifies).toBe(1);
    expect(check(ops, { Amara: signer.publicKey }, true).verifies).toBe(40);
  });

  it('refuses an op edited in place (id kept), naming it, and the broken link after it', async () => {
    const signer = await signerOf(SECRET_A);
    const ops = await signedEdits('Amara', signer, 4);
    const edited = ops.map((op, index) => (index === 1 ? { ...op, value: 'Inadequate' } : op));
    for (const every of [false, true]) {
      const outcome = check(edited, { Amara: signer.publicKey }, every);
      expect(outcome.problems.map((p) => [p.op.id, p.reason])).toEqual([
        [ops[1]?.id, 'bad-signature'],
        [ops[2]?.id, 'previous-missing'],
      ]);
    }
  });

  it('refuses a removed op (the next one names it) and reordered ops', async () => {
    const signer = await signerOf(SECRET_A);
    const ops = await signedEdits('Amara', signer, 4);
    const removed = ops.filter((_, index) => index !== 1);
    expect(
      check(removed, { Amara: signer.publicKey }).problems.map((p) => [p.op.id, p.reason]),
    ).toEqual([[ops[2]?.id, 'previous-missing']]);
  });

  it('refuses an op with no key for its author, and one signed by another key', async () => {
    const amara = await signerOf(SECRET_A);
    const mallory = await ed25519Signer(SECRET_B);
    const real = await signedEdits('Amara', amara, 2);
    const forged = await signedEdits('Amara', mallory, 1, real, Date.UTC(2026, 9, 6));
    const outcome = check([...real, ...forged], { Amara: amara.publicKey });
    expect(outcome.problems.map((p) => [p.op.id, p.reason])).toEqual([
      [forged[0]?.id, 'bad-signature'],
    ]);
    expect(check(real, {}).problems.map((p) => p.reason)).toEqual(['no-key', 'no-key']);
  });

  it('verifies the merge of two members’ signed logs, in either order', async () => {
    const amara = await signerOf(SECRET_A);
    const other = await ed25519Signer(SECRET_B);
    const base = await signedEdits('Amara', amara, 2);
    const mine = [...base, ...(await signedEdits('Amara', amara, 2, base, Date.UTC(2026, 9, 7)))];
    const theirs = [...base, ...(await signedEdits('Ben', other, 3, base, Date.UTC(2026, 9, 8)))];
    const table = { Amara: amara.publicKey, Ben: other.publicKey };
    const ab = mergeOperations(mine, theirs).operations;
    const ba = mergeOperations(theirs, mine).operations;
    expect(ab).toEqual(ba);
    const outcome = check(ab, table);
    expect(outcome.problems).toEqual([]);
    expect(outcome.verified.size).toBe(7);
  });
});

/** `count` ops by Amara, each the start of its own chain (none names another), as a hostile file might hold. */
function unchained(count: number): Operation[] {
  let at = Date.UTC(2026, 9, 5);
  const recorder = createRecorder(createClock('Amara', () => (at += 1000)));
  const made: Operation[] = [];
  for (let index = 0; index < count; index += 1) {
    const op = recorder.change({ entity: 'grade', id: 'leaders', field: 'value', value: index });
    if (op !== null) made.push({ ...op, chain: null, sig: `${'A'.repeat(86)}==` });
  }
  return made;
}

function checkCounting(ops: readonly Operation[], holds: boolean) {
  let verifies = 0;
  const outcome = checkChains(ops, {
    keysOf: () => [new Uint8Array(32)],
    verify: () => {
      verifies += 1;
      return holds;
    },
  });
  return { ...outcome, verifies };
}

describe('a log with too much wrong to check it all', () => {
  it('stops checking signatures after the first problems, and counts the rest unchecked', () => {
    const ops = unchained(MAX_CHAIN_PROBLEMS + 250);
    const outcome = checkCounting(ops, false);
    expect(outcome.verifies).toBe(MAX_CHAIN_PROBLEMS);
    expect(outcome.unchecked).toBe(250);
    expect(outcome.problems).toHaveLength(MAX_CHAIN_PROBLEMS + 1);
    const last = outcome.problems.at(-1);
    expect(last?.reason).toBe('unchecked');
    expect(last?.detail).toMatch(/^it and 249 more signed change\(s\) were not checked/);
    expect(outcome.verified.size).toBe(0);
  });

  it('checks at most so many signatures, refusing what is left even when all would hold', () => {
    const ops = unchained(MAX_SIGNATURE_CHECKS + 20);
    const outcome = checkCounting(ops, true);
    expect(outcome.verifies).toBe(MAX_SIGNATURE_CHECKS);
    expect(outcome.verified.size).toBe(MAX_SIGNATURE_CHECKS);
    expect(outcome.unchecked).toBe(20);
    expect(outcome.problems.map((p) => p.reason)).toEqual(['unchecked']);
  });

  it('checks every signature when asked to (as `log` does), without a limit', () => {
    const ops = unchained(MAX_CHAIN_PROBLEMS + 10);
    let verifies = 0;
    const outcome = checkChains(ops, {
      keysOf: () => [new Uint8Array(32)],
      verify: () => {
        verifies += 1;
        return false;
      },
      every: true,
    });
    expect(verifies).toBe(MAX_CHAIN_PROBLEMS + 10);
    expect(outcome.unchecked).toBe(0);
  });
});
