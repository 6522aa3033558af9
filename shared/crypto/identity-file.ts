import { strFromU8 } from 'fflate';
import { ageFormat } from './age-header';
import { CryptoError } from './errors';
import { identityFromSecret, type Identity } from './identity';
import { unseal } from './seal';
import { ARGON2ID_PARAMETERS, isWrappedLine, unwrapSecret } from './wrap';

/*
 * Identity files as age-keygen writes them (https://github.com/FiloSottile/age#readme):
 * `# created:` and `# public key:` comment lines, then the `AGE-SECRET-KEY-1…`
 * line; `age -i FILE` reads it as it is. A file may hold several identities,
 * and may itself be age-encrypted with a passphrase (`age -p`), as `age -i`
 * also accepts. Ours may instead hold a wrapped key (wrap.ts), which only
 * this program reads.
 */

/** What an identity file held. */
export type IdentityFile = {
  readonly identities: readonly Identity[];
  /** Whether a passphrase was needed (a wrapped key, or a passphrase-encrypted file). */
  readonly protected: boolean;
};

/** Date and time as age-keygen's `# created:` line has it (RFC 3339, whole seconds). */
function created(at: Date): string {
  return at.toISOString().replace(/\.\d{3}Z$/, 'Z');
}

/**
 * The text of an identity file for `identity`: age-keygen's layout with the
 * signing key as one more comment; with `wrapped` (a {@link wrapSecret}
 * line), that line stands where the secret would.
 */
export function identityFileText(identity: Identity, at: Date, wrapped?: string): string {
  return [
    `# created: ${created(at)}`,
    `# public key: ${identity.recipient}`,
    `# signing key: ${identity.signingKey}`,
    ...(wrapped === undefined
      ? [identity.secretKey]
      : [
          `# The secret key is wrapped with a passphrase: Argon2id (m=${ARGON2ID_PARAMETERS.m} KiB, t=${ARGON2ID_PARAMETERS.t},`,
          `# p=${ARGON2ID_PARAMETERS.p}), then XChaCha20-Poly1305. The age command cannot read this file;`,
          '# Inspection Workbook reads it with --identity FILE --pass-env VAR.',
          wrapped,
        ]),
    '',
  ].join('\n');
}

function noPassphrase(what: string): CryptoError {
  return new CryptoError('no-key', `${what}: give its passphrase with --pass-env VAR`);
}

/**
 * Reads an identity file, unwrapping or decrypting it with `passphrase`
 * when it needs one. Refuses a file with any line that is neither a comment
 * nor a key, naming the line but never showing it (it may be a secret).
 */
export async function readIdentityFile(
  bytes: Uint8Array,
  passphrase: string | undefined,
): Promise<IdentityFile> {
  if (ageFormat(bytes) !== undefined) {
    if (passphrase === undefined) throw noPassphrase('it is encrypted with a passphrase');
    const inner = await unseal(bytes, { identities: [], passphrase });
    if (ageFormat(inner.bytes) !== undefined) {
      throw new CryptoError('invalid-identity', 'it is encrypted twice');
    }
    return {
      identities: (await readIdentityFile(inner.bytes, undefined)).identities,
      protected: true,
    };
  }
  const identities: Identity[] = [];
  let wrapped = false;
  const lines = strFromU8(bytes).split(/\r?\n/);
  for (const [index, raw] of lines.entries()) {
    const line = raw.trim();
    if (line === '' || line.startsWith('#')) continue;
    let secret = line;
    if (isWrappedLine(line)) {
      if (passphrase === undefined) throw noPassphrase('its key is wrapped with a passphrase');
      secret = await unwrapSecret(line, passphrase);
      wrapped = true;
    }
    try {
      identities.push(await identityFromSecret(secret));
    } catch (error: unknown) {
      if (!(error instanceof CryptoError)) throw error;
      throw new CryptoError(
        'invalid-identity',
        `line ${index + 1} is not an age identity (AGE-SECRET-KEY-1…), so this is not an identity file`,
      );
    }
  }
  if (identities.length === 0) {
    throw new CryptoError('invalid-identity', 'it holds no age identity (AGE-SECRET-KEY-1…)');
  }
  return { identities, protected: wrapped };
}
