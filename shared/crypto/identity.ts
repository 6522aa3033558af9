import { ed25519 } from '@noble/curves/ed25519.js';
import { hkdf } from '@noble/hashes/hkdf.js';
import { sha256 } from '@noble/hashes/sha2.js';
import { utf8ToBytes } from '@noble/hashes/utils.js';
import { generateX25519Identity, identityToRecipient } from 'age-encryption';
import { CryptoError } from './errors';
import { ed25519FromSsh, sshEd25519PublicKey } from './ssh-key';

export { ed25519FromSsh, sshEd25519PublicKey } from './ssh-key';

/*
 * A person's identity: an age X25519 key pair (https://age-encryption.org/v1,
 * "X25519 recipient stanza") for receiving encrypted bundles, and an Ed25519
 * key pair (RFC 8032) for signing. The age identity file format
 * (https://github.com/FiloSottile/age#readme, age-keygen) allows only
 * identity lines and `#` comments, so a second secret cannot sit in it
 * without `age -i` refusing the file: the signing key is derived from the
 * age secret instead, with HKDF-SHA-256 (RFC 5869) under a label of its own,
 * which gives an independent key from the one secret (RFC 5869, section 3.3).
 * Any age identity, one made by age-keygen too, so has a signing key.
 */

/** One identity: the secret, and the two public keys that may be shared. */
export type Identity = {
  /** `AGE-SECRET-KEY-1…`: never shown, never shared. */
  readonly secretKey: string;
  /** `age1…`: what others encrypt to (`--recipient`, `age -r`). */
  readonly recipient: string;
  /** The Ed25519 public key in OpenSSH's one-line form (RFC 8709, section 4): `ssh-ed25519 AAAA…`. */
  readonly signingKey: string;
};

const SIGNING_LABEL = 'inspection-workbook/v1/ed25519-signing-key';

// X25519 (AGE-SECRET-KEY-1) and post-quantum hybrid (AGE-SECRET-KEY-PQ-1) identities,
// upper-case Bech32 as age-keygen writes them (BIP 173's character set).
const SECRET_KEY = /^AGE-SECRET-KEY-(?:PQ-)?1[02-9AC-HJ-NP-Z]{58,}$/;

/** The Ed25519 private seed belonging to an age secret key. */
export function signingSeed(secretKey: string): Uint8Array {
  return hkdf(sha256, utf8ToBytes(secretKey), undefined, utf8ToBytes(SIGNING_LABEL), 32);
}

/** Signs `message` with the Ed25519 key derived from `secretKey`. */
export function signWith(secretKey: string, message: Uint8Array): Uint8Array {
  return ed25519.sign(message, signingSeed(secretKey));
}

/** Whether `signature` is `signingKey`'s (an `ssh-ed25519 …` line) over `message`. */
export function verifySignature(
  signingKey: string,
  message: Uint8Array,
  signature: Uint8Array,
): boolean {
  const key = ed25519FromSsh(signingKey);
  if (key === undefined) return false;
  try {
    return ed25519.verify(signature, message, key);
  } catch {
    return false;
  }
}

/** The identity of an age secret key; refuses anything that is not one. */
export async function identityFromSecret(secretKey: string): Promise<Identity> {
  let recipient: string | undefined;
  if (SECRET_KEY.test(secretKey)) {
    try {
      recipient = await identityToRecipient(secretKey);
    } catch {
      recipient = undefined;
    }
  }
  if (recipient === undefined) {
    throw new CryptoError(
      'invalid-identity',
      'it holds a line that is not an age secret key (AGE-SECRET-KEY-1…)',
    );
  }
  const signingKey = sshEd25519PublicKey(ed25519.getPublicKey(signingSeed(secretKey)));
  return { secretKey, recipient, signingKey };
}

/** A new identity, from fresh random bytes (age-encryption draws them from WebCrypto). */
export async function newIdentity(): Promise<Identity> {
  return identityFromSecret(await generateX25519Identity());
}
