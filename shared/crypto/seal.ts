import { armor, Decrypter, Encrypter } from 'age-encryption';
import { strFromU8 } from 'fflate';
import { ageFormat, headerStanzaTypes } from './age-header';
import { CryptoError } from './errors';

/*
 * A whole file encrypted in the age v1 format (https://age-encryption.org/v1)
 * with age-encryption, the reference TypeScript implementation
 * (https://github.com/FiloSottile/typage): one random file key, wrapped for
 * each recipient in its own header stanza (X25519), or for one passphrase
 * (scrypt) — the spec allows an scrypt stanza only alone, so a file is sealed
 * either to recipients or to a passphrase, never both.
 */

/** How a file is to be sealed. */
export type Seal =
  | { readonly kind: 'recipients'; readonly recipients: readonly string[] }
  | { readonly kind: 'passphrase'; readonly passphrase: string };

/** What may open a sealed file: age identities (`AGE-SECRET-KEY-1…`) and/or a passphrase. */
export type OpeningKeys = {
  readonly identities: readonly string[];
  readonly passphrase?: string | undefined;
};

/** A file opened: its plain bytes, and how it had been sealed. */
export type Unsealed = {
  readonly bytes: Uint8Array;
  readonly sealedTo: 'recipients' | 'passphrase';
  /** How many stanzas (recipients) its header has. */
  readonly stanzas: number;
};

/** Refuses a recipient age-encryption cannot encrypt to, naming it. */
export function checkRecipient(recipient: string): void {
  try {
    new Encrypter().addRecipient(recipient);
  } catch {
    throw new CryptoError(
      'invalid-recipient',
      `"${recipient.slice(0, 100)}" is not an age public key (one starts "age1", as age-keygen or \`workbook keys new\` prints it)`,
    );
  }
}

/** Encrypts `bytes` as one age v1 file; the output is checked to be age before it is returned. */
export async function seal(bytes: Uint8Array, how: Seal): Promise<Uint8Array> {
  const encrypter = new Encrypter();
  if (how.kind === 'passphrase') {
    if (how.passphrase === '') throw new CryptoError('wrong-passphrase', 'the passphrase is empty');
    encrypter.setPassphrase(how.passphrase);
  } else {
    if (how.recipients.length === 0) {
      throw new CryptoError('invalid-recipient', 'there is no recipient to encrypt to');
    }
    for (const recipient of how.recipients) {
      checkRecipient(recipient);
      encrypter.addRecipient(recipient);
    }
  }
  const sealed = await encrypter.encrypt(bytes);
  // Whatever went wrong above, what leaves here is never the plain bytes.
  if (ageFormat(sealed) !== 'binary') throw new Error('age-encryption returned a non-age file');
  return sealed;
}

function binary(bytes: Uint8Array): Uint8Array {
  if (ageFormat(bytes) !== 'armored') return bytes;
  try {
    return armor.decode(strFromU8(bytes));
  } catch {
    throw new CryptoError(
      'damaged',
      'its age armor (-----BEGIN AGE ENCRYPTED FILE-----) is damaged; ask the sender to export it again',
    );
  }
}

function plural(count: number, word: string): string {
  return `${count} ${word}${count === 1 ? '' : 's'}`;
}

/**
 * Decrypts an age file (binary or armored) with `keys`. Refuses, with a
 * {@link CryptoError}, a file none of the keys opens (saying how many
 * recipients it has: age headers do not name them) and a damaged one (a
 * header or payload failing age's authentication: nothing of it is returned).
 */
export async function unseal(bytes: Uint8Array, keys: OpeningKeys): Promise<Unsealed> {
  const file = binary(bytes);
  const types = headerStanzaTypes(file);
  const byPassphrase = types.includes('scrypt');
  const count = types.length;
  if (byPassphrase ? keys.passphrase === undefined : keys.identities.length === 0) {
    throw new CryptoError(
      'no-key',
      byPassphrase
        ? 'it is encrypted with a passphrase'
        : `it is encrypted to ${plural(count, 'recipient')}`,
    );
  }
  const decrypter = new Decrypter();
  for (const identity of keys.identities) decrypter.addIdentity(identity);
  if (keys.passphrase !== undefined) decrypter.addPassphrase(keys.passphrase);
  let plain: Uint8Array;
  try {
    plain = await decrypter.decrypt(file);
  } catch (error: unknown) {
    const reason = error instanceof Error ? error.message : String(error);
    if (reason.startsWith('no identity matched')) {
      throw byPassphrase
        ? new CryptoError('wrong-passphrase', 'the passphrase given does not open it')
        : new CryptoError(
            'not-for-identity',
            `it is not encrypted to this identity (${plural(count, 'recipient')})`,
          );
    }
    throw new CryptoError(
      'damaged',
      `it is damaged: age refuses it (${reason}); nothing of it was used. Ask the sender to export it again`,
    );
  }
  return { bytes: plain, sealedTo: byPassphrase ? 'passphrase' : 'recipients', stanzas: count };
}

/** Whether `bytes` start as an age file (binary or armored). */
export function isSealed(bytes: Uint8Array): boolean {
  return ageFormat(bytes) !== undefined;
}
