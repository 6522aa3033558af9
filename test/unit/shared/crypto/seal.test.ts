import { unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { writeBundle } from '../../../../shared/bundle';
import {
  ageFormat,
  CryptoError,
  headerStanzaTypes,
  newIdentity,
  seal,
  unseal,
} from '../../../../shared/crypto';
import { armor } from 'age-encryption';

const bytes = new Uint8Array([1, 2, 3, 4, 5, 250, 0, 7]);

async function refusal(promise: Promise<unknown>): Promise<CryptoError> {
  const error: unknown = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  if (!(error instanceof CryptoError))
    throw new Error(`expected a CryptoError, got ${String(error)}`);
  return error;
}

describe('sealing a file with age', () => {
  it('encrypts to each recipient: every one of them opens it, no one else does', async () => {
    const [a, b, stranger] = await Promise.all([newIdentity(), newIdentity(), newIdentity()]);
    const sealed = await seal(bytes, {
      kind: 'recipients',
      recipients: [a.recipient, b.recipient],
    });
    expect(ageFormat(sealed)).toBe('binary');
    expect(headerStanzaTypes(sealed)).toEqual(['X25519', 'X25519']);
    for (const who of [a, b]) {
      const opened = await unseal(sealed, { identities: [who.secretKey] });
      expect(opened.bytes).toEqual(bytes);
      expect(opened.sealedTo).toBe('recipients');
    }
    const refused = await refusal(unseal(sealed, { identities: [stranger.secretKey] }));
    expect(refused.code).toBe('not-for-identity');
    expect(refused.message).toBe('it is not encrypted to this identity (2 recipients)');
  });

  it('says what is missing when no key is given', async () => {
    const who = await newIdentity();
    const sealed = await seal(bytes, { kind: 'recipients', recipients: [who.recipient] });
    const refused = await refusal(unseal(sealed, { identities: [] }));
    expect(refused.code).toBe('no-key');
    expect(refused.message).toContain('1 recipient');
  });

  it('refuses a damaged file and returns none of it', async () => {
    const who = await newIdentity();
    const plain = writeBundle({ inspectionId: 'insp-1', exportedBy: 'Lead', operations: [] });
    const sealed = await seal(plain, { kind: 'recipients', recipients: [who.recipient] });
    const payload = sealed.slice();
    payload[payload.length - 5] = (payload[payload.length - 5] ?? 0) ^ 0x01;
    expect((await refusal(unseal(payload, { identities: [who.secretKey] }))).code).toBe('damaged');
    const cut = sealed.slice(0, 30);
    expect((await refusal(unseal(cut, { identities: [who.secretKey] }))).code).toBe('damaged');
    // The untouched file opens to the very bundle.
    const opened = await unseal(sealed, { identities: [who.secretKey] });
    expect(Object.keys(unzipSync(opened.bytes))).toContain('manifest.json');
  });

  it('opens an armored file (age -a)', async () => {
    const who = await newIdentity();
    const sealed = await seal(bytes, { kind: 'recipients', recipients: [who.recipient] });
    const armored = new TextEncoder().encode(`\n${armor.encode(sealed)}`);
    expect(ageFormat(armored)).toBe('armored');
    expect((await unseal(armored, { identities: [who.secretKey] })).bytes).toEqual(bytes);
  });

  it('refuses a recipient that is not an age public key, and never returns plain bytes', async () => {
    const who = await newIdentity();
    const refused = await refusal(
      seal(bytes, { kind: 'recipients', recipients: [who.recipient, 'age1notakey'] }),
    );
    expect(refused.code).toBe('invalid-recipient');
    expect(refused.message).toContain('age1notakey');
    expect((await refusal(seal(bytes, { kind: 'recipients', recipients: [] }))).code).toBe(
      'invalid-recipient',
    );
  });

  it('seals with a passphrase alone (one scrypt stanza), which the wrong one does not open', async () => {
    const sealed = await seal(bytes, { kind: 'passphrase', passphrase: 'four random words here' });
    expect(headerStanzaTypes(sealed)).toEqual(['scrypt']);
    const opened = await unseal(sealed, {
      identities: [],
      passphrase: 'four random words here',
    });
    expect(opened).toMatchObject({ bytes, sealedTo: 'passphrase', stanzas: 1 });
    const refused = await refusal(unseal(sealed, { identities: [], passphrase: 'not these' }));
    expect(refused.code).toBe('wrong-passphrase');
  });
});
