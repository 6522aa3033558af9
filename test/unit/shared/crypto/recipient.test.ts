import {
  generateHybridIdentity,
  generateX25519Identity,
  identityToRecipient,
} from 'age-encryption';
import { describe, expect, it } from 'vitest';
import { checkRecipient, isRecipient, recipientProblem } from '../../../../shared/crypto';

describe('recipientProblem: an age public key, checked without age itself', () => {
  it('accepts what age-encryption encrypts to: X25519 and post-quantum keys', async () => {
    const x25519 = await identityToRecipient(await generateX25519Identity());
    const hybrid = await identityToRecipient(await generateHybridIdentity());
    for (const key of [x25519, hybrid]) {
      expect(recipientProblem(key)).toBeUndefined();
      expect(() => checkRecipient(key)).not.toThrow();
    }
    expect(isRecipient(` ${x25519}\n`)).toBe(true);
  });

  it('refuses a cut-short or altered key, another kind of key, and a secret key without repeating it', async () => {
    const secret = await generateX25519Identity();
    const key = await identityToRecipient(secret);
    expect(recipientProblem(key.slice(0, -3))).toMatch(/checksum fails/);
    expect(recipientProblem(key.toUpperCase())).toMatch(/is not an age public key/);
    expect(recipientProblem('age1yubikey1qgxyz')).toMatch(/is not/);
    expect(recipientProblem('')).toMatch(/is not an age public key/);
    const problem = recipientProblem(secret) ?? '';
    expect(problem).toMatch(/that is a secret key/);
    expect(problem).not.toContain(secret.slice(14));
  });
});
