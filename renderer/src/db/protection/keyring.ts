import { argon2idAsync } from '@noble/hashes/argon2.js';
import { ARGON2ID_PARAMETERS, MIN_PASSPHRASE_LENGTH } from '../../../../shared/crypto';
import {
  KEYRING_ID,
  type Argon2idCost,
  type StoredKeyring,
  type WrappedKey,
} from './keyring-record';
import { formatRecoveryKey, newRecoverySecret, parseRecoveryKey } from './recovery-key';

/*
 * The data key (32 random bytes) never leaves memory in the clear. It is
 * kept wrapped twice with AES-256-GCM through WebCrypto: under a key
 * stretched from the passphrase with Argon2id at OWASP's cost (the same
 * parameters as the command's key files, shared/crypto/wrap.ts), and under
 * a key derived with HKDF-SHA-256 (RFC 5869) from the recovery secret,
 * whose 160 random bits need no stretching. Changing the passphrase wraps
 * the same data key again; no record is touched.
 */

const encoder = new TextEncoder();
const KEY_BYTES = 32;

/** Why a secret did not unwrap the key. */
export class WrongSecretError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'WrongSecretError';
  }
}

function label(kind: 'passphrase' | 'recovery'): Uint8Array<ArrayBuffer> {
  return encoder.encode(`inspection-workbook keyring 1 ${kind}`);
}

async function passphraseKek(
  passphrase: string,
  salt: Uint8Array,
  cost: Argon2idCost,
): Promise<CryptoKey> {
  const bytes = await argon2idAsync(encoder.encode(passphrase.normalize('NFC')), salt, {
    ...cost,
    dkLen: KEY_BYTES,
  });
  return crypto.subtle.importKey('raw', new Uint8Array(bytes), 'AES-GCM', false, [
    'encrypt',
    'decrypt',
  ]);
}

async function recoveryKek(
  secret: Uint8Array<ArrayBuffer>,
  salt: Uint8Array<ArrayBuffer>,
): Promise<CryptoKey> {
  const material = await crypto.subtle.importKey('raw', secret, 'HKDF', false, ['deriveKey']);
  return crypto.subtle.deriveKey(
    { name: 'HKDF', hash: 'SHA-256', salt, info: label('recovery') },
    material,
    { name: 'AES-GCM', length: 256 },
    false,
    ['encrypt', 'decrypt'],
  );
}

async function wrap(
  kek: CryptoKey,
  dataKey: Uint8Array<ArrayBuffer>,
  salt: Uint8Array,
  kind: 'passphrase' | 'recovery',
): Promise<WrappedKey> {
  const nonce = crypto.getRandomValues(new Uint8Array(12));
  const wrapped = await crypto.subtle.encrypt(
    { name: 'AES-GCM', iv: nonce, additionalData: label(kind) },
    kek,
    dataKey,
  );
  return { salt, nonce, wrapped: new Uint8Array(wrapped) };
}

async function unwrap(
  kek: CryptoKey,
  wrapped: WrappedKey,
  kind: 'passphrase' | 'recovery',
): Promise<Uint8Array<ArrayBuffer>> {
  try {
    const key = await crypto.subtle.decrypt(
      { name: 'AES-GCM', iv: wrapped.nonce.slice(), additionalData: label(kind) },
      kek,
      wrapped.wrapped.slice(),
    );
    return new Uint8Array(key);
  } catch {
    throw new WrongSecretError(
      kind === 'passphrase'
        ? 'The passphrase is not the one this workbook was protected with.'
        : 'The recovery key is not the one shown when this workbook was protected.',
    );
  }
}

/** Refuses a passphrase shorter than the shortest the command accepts too. */
export function passphraseProblem(passphrase: string): string | undefined {
  return Array.from(passphrase).length < MIN_PASSPHRASE_LENGTH
    ? `Enter a passphrase of at least ${MIN_PASSPHRASE_LENGTH} characters`
    : undefined;
}

/** The passphrase's wrapping of `dataKey`, with a fresh salt. */
export async function wrapWithPassphrase(
  dataKey: Uint8Array<ArrayBuffer>,
  passphrase: string,
  cost: Argon2idCost = ARGON2ID_PARAMETERS,
): Promise<StoredKeyring['passphrase']> {
  const salt = crypto.getRandomValues(new Uint8Array(16));
  const kek = await passphraseKek(passphrase, salt, cost);
  return { ...(await wrap(kek, dataKey, salt, 'passphrase')), argon2id: { ...cost } };
}

/** A new keyring: a fresh data key, wrapped by `passphrase` and by a recovery key shown once. */
export async function createKeyring(
  passphrase: string,
  cost: Argon2idCost = ARGON2ID_PARAMETERS,
): Promise<{ keyring: StoredKeyring; dataKey: Uint8Array<ArrayBuffer>; recoveryKey: string }> {
  const dataKey = crypto.getRandomValues(new Uint8Array(KEY_BYTES));
  const secret = newRecoverySecret();
  const salt = crypto.getRandomValues(new Uint8Array(16));
  const keyring: StoredKeyring = {
    id: KEYRING_ID,
    format: 1,
    passphrase: await wrapWithPassphrase(dataKey, passphrase, cost),
    recovery: await wrap(await recoveryKek(secret, salt), dataKey, salt, 'recovery'),
    createdAt: new Date().toISOString(),
    encrypted: false,
    failures: 0,
  };
  const recoveryKey = formatRecoveryKey(secret);
  secret.fill(0);
  return { keyring, dataKey, recoveryKey };
}

/** The data key the passphrase unwraps; a wrong one is a {@link WrongSecretError}. */
export async function unwrapWithPassphrase(
  keyring: StoredKeyring,
  passphrase: string,
): Promise<Uint8Array<ArrayBuffer>> {
  const kek = await passphraseKek(passphrase, keyring.passphrase.salt, keyring.passphrase.argon2id);
  return unwrap(kek, keyring.passphrase, 'passphrase');
}

/** The data key the recovery key unwraps; a wrong or mistyped one is a {@link WrongSecretError}. */
export async function unwrapWithRecoveryKey(
  keyring: StoredKeyring,
  recoveryKey: string,
): Promise<Uint8Array<ArrayBuffer>> {
  const secret = parseRecoveryKey(recoveryKey);
  if (secret === undefined) {
    throw new WrongSecretError(
      'Enter the recovery key as it was shown: 32 letters and digits, in groups of 4',
    );
  }
  const kek = await recoveryKek(secret, keyring.recovery.salt.slice());
  return unwrap(kek, keyring.recovery, 'recovery');
}
