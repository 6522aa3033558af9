import { ed25519 } from '@noble/curves/ed25519.js';
import { describe, expect, it } from 'vitest';
import { nodeVerifyEd25519 } from '../../../../shared/crypto/node-ed25519';
import { verifyEd25519 } from '../../../../shared/crypto/ed25519';

/** A key pair from a fixed seed, so a failure is reproducible. */
function keyPair(fill: number) {
  const secretKey = new Uint8Array(32).fill(fill);
  return { secretKey, publicKey: ed25519.getPublicKey(secretKey) };
}

describe('Ed25519 checked by Node’s crypto where the code runs in Node', () => {
  const { secretKey, publicKey } = keyPair(7);
  const other = keyPair(9).publicKey;
  const message = new TextEncoder().encode('grade leaders good by Amara Okafor');
  const signature = ed25519.sign(message, secretKey);

  /** Cases with the answer @noble/curves (RFC 8032, strict) gives for each. */
  const cases: readonly [string, Uint8Array, Uint8Array, Uint8Array][] = [
    ['a valid signature', publicKey, message, signature],
    ['another key', other, message, signature],
    ['a changed message', publicKey, message.map((b, i) => (i === 0 ? b ^ 1 : b)), signature],
    ['a changed signature', publicKey, message, signature.map((b, i) => (i === 40 ? b ^ 1 : b))],
    ['a short signature', publicKey, message, signature.subarray(0, 63)],
    ['a short key', publicKey.subarray(0, 31), message, signature],
    ['an empty message', publicKey, new Uint8Array(0), ed25519.sign(new Uint8Array(0), secretKey)],
  ];

  it.each(cases)('agrees with @noble/curves on %s', (_name, key, text, sig) => {
    let expected: boolean;
    try {
      expected = ed25519.verify(sig, text, key, { zip215: false });
    } catch {
      expected = false;
    }
    expect(nodeVerifyEd25519(key, text, sig)).toBe(expected);
    expect(verifyEd25519(key, text, sig)).toBe(expected);
  });

  it('accepts the valid one and refuses the rest (so the agreement above is not vacuous)', () => {
    expect(cases.map(([, key, text, sig]) => nodeVerifyEd25519(key, text, sig))).toEqual([
      true,
      false,
      false,
      false,
      false,
      false,
      true,
    ]);
  });
});
