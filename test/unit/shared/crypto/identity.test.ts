import { describe, expect, it } from 'vitest';
import {
  CryptoError,
  ed25519FromSsh,
  identityFileText,
  identityFromSecret,
  newIdentity,
  readIdentityFile,
  seal,
  signWith,
  unwrapSecret,
  verifySignature,
  wrapSecret,
} from '../../../../shared/crypto';

const encode = (text: string) => new TextEncoder().encode(text);

// A fixed secret key (the bytes 0x42 repeated) and its recipient as Debian's
// `age-keygen -y` prints it: computed by the reference implementation, not by us.
const AGE_SECRET = 'AGE-SECRET-KEY-1GFPYYSJZGFPYYSJZGFPYYSJZGFPYYSJZGFPYYSJZGFPYYSJZGFPQ4EGAEX';
const AGE_PUBLIC = 'age1zvkyg2lqzraa2lnjvqej32nkuu0ues2s82hzrye869xeexvn73equnujwj';

async function refusal(promise: Promise<unknown>): Promise<CryptoError> {
  const error: unknown = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  if (!(error instanceof CryptoError))
    throw new Error(`expected a CryptoError, got ${String(error)}`);
  return error;
}

describe('identities', () => {
  it('derives the age recipient the reference implementation gives', async () => {
    const identity = await identityFromSecret(AGE_SECRET);
    expect(identity.recipient).toBe(AGE_PUBLIC);
    expect(identity.signingKey).toMatch(/^ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI[A-Za-z0-9+/]{43}$/);
  });

  it('derives one signing key per identity, the same every time, and it signs', async () => {
    const one = await newIdentity();
    const again = await identityFromSecret(one.secretKey);
    const other = await newIdentity();
    expect(again.signingKey).toBe(one.signingKey);
    expect(other.signingKey).not.toBe(one.signingKey);
    expect(ed25519FromSsh(one.signingKey)).toHaveLength(32);
    const message = encode('report version 3');
    const signature = signWith(one.secretKey, message);
    expect(verifySignature(one.signingKey, message, signature)).toBe(true);
    expect(verifySignature(other.signingKey, message, signature)).toBe(false);
    expect(verifySignature(one.signingKey, encode('report version 4'), signature)).toBe(false);
  });

  it('writes age-keygen’s layout and reads it back (and any age-keygen file)', async () => {
    const identity = await identityFromSecret(AGE_SECRET);
    const text = identityFileText(identity, new Date('2026-10-05T09:30:00.123Z'));
    expect(text.split('\n')).toEqual([
      '# created: 2026-10-05T09:30:00Z',
      `# public key: ${AGE_PUBLIC}`,
      `# signing key: ${identity.signingKey}`,
      AGE_SECRET,
      '',
    ]);
    const read = await readIdentityFile(encode(text), undefined);
    expect(read).toEqual({ identities: [identity], protected: false });
    // age-keygen's own output: CRLF line ends and two identities are fine too.
    const keygen = `# created: 2026-01-01T00:00:00Z\r\n# public key: ${AGE_PUBLIC}\r\n${AGE_SECRET}\r\n\r\n${(await newIdentity()).secretKey}\r\n`;
    expect((await readIdentityFile(encode(keygen), undefined)).identities).toHaveLength(2);
  });

  it('refuses a file with a line that is not a key, naming the line without showing it', async () => {
    const refused = await refusal(
      readIdentityFile(
        encode(`# comment\n${AGE_SECRET}\nAGE-SECRET-KEY-1SECRETBUTBROKEN\n`),
        undefined,
      ),
    );
    expect(refused.code).toBe('invalid-identity');
    expect(refused.message).toContain('line 3');
    expect(refused.message).not.toContain('SECRETBUTBROKEN');
    expect((await refusal(readIdentityFile(encode('# only comments\n'), undefined))).code).toBe(
      'invalid-identity',
    );
  });

  it('reads an identity file age-encrypted with a passphrase (age -p), as age -i does', async () => {
    const identity = await newIdentity();
    const sealed = await seal(encode(identityFileText(identity, new Date())), {
      kind: 'passphrase',
      passphrase: 'a long enough passphrase',
    });
    expect((await refusal(readIdentityFile(sealed, undefined))).code).toBe('no-key');
    const read = await readIdentityFile(sealed, 'a long enough passphrase');
    expect(read).toEqual({ identities: [identity], protected: true });
  });
});

describe('a key wrapped with a passphrase (Argon2id)', () => {
  it('unwraps with the passphrase only, at OWASP’s parameters', async () => {
    const identity = await newIdentity();
    const line = await wrapSecret(identity.secretKey, 'correct horse battery');
    expect(line).toMatch(/^WORKBOOK-WRAPPED-KEY-1:argon2id:v=19,m=19456,t=2,p=1:/);
    expect(line).not.toContain(identity.secretKey);
    expect(await unwrapSecret(line, 'correct horse battery')).toBe(identity.secretKey);
    expect((await refusal(unwrapSecret(line, 'correct horse battery!'))).code).toBe(
      'wrong-passphrase',
    );
    const file = encode(identityFileText(identity, new Date(), line));
    expect((await refusal(readIdentityFile(file, undefined))).code).toBe('no-key');
    expect(await readIdentityFile(file, 'correct horse battery')).toEqual({
      identities: [identity],
      protected: true,
    });
  });

  it('binds its cost parameters: lowering them makes the unwrap fail', async () => {
    const line = await wrapSecret((await newIdentity()).secretKey, 'correct horse battery');
    const cheaper = line.replace('t=2', 't=1');
    expect((await refusal(unwrapSecret(cheaper, 'correct horse battery'))).code).toBe(
      'wrong-passphrase',
    );
    const weaker = line.replace('m=19456', 'm=1024');
    expect((await refusal(unwrapSecret(weaker, 'correct horse battery'))).code).toBe(
      'invalid-identity',
    );
    const huge = line.replace('m=19456', 'm=9999999');
    expect((await refusal(unwrapSecret(huge, 'correct horse battery'))).code).toBe(
      'invalid-identity',
    );
  });

  it('refuses a short passphrase', async () => {
    const refused = await refusal(wrapSecret((await newIdentity()).secretKey, 'short'));
    expect(refused.message).toContain('8 characters');
  });
});
