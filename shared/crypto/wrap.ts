import { xchacha20poly1305 } from '@noble/ciphers/chacha.js';
import { argon2idAsync } from '@noble/hashes/argon2.js';
import { randomBytes, utf8ToBytes } from '@noble/hashes/utils.js';
import { base64nopad } from '@scure/base';
import { strFromU8 } from 'fflate';
import { CryptoError } from './errors';

/*
 * A secret key kept wrapped by a passphrase: the passphrase is stretched
 * with Argon2id (RFC 9106, https://www.rfc-editor.org/rfc/rfc9106) into a
 * 256-bit key that seals the secret with XChaCha20-Poly1305 (a random
 * 192-bit nonce, so no nonce bookkeeping). Both come from the audited
 * @noble packages (https://github.com/paulmillr/noble-hashes,
 * https://github.com/paulmillr/noble-ciphers), which run alike in Node and in
 * a browser worker. The line written is
 *   WORKBOOK-WRAPPED-KEY-1:argon2id:v=19,m=KIB,t=PASSES,p=LANES:SALT:NONCE:SEALED
 * (base64 without padding); everything before the nonce is bound as the
 * cipher's associated data, so the cost parameters and salt cannot be
 * changed without the unwrap failing.
 */

/**
 * OWASP's Password Storage Cheat Sheet, Argon2id, first configuration:
 * "a minimum configuration of 19 MiB of memory, an iteration count of 2, and
 * 1 degree of parallelism"
 * (https://cheatsheetseries.owasp.org/cheatsheets/Password_Storage_Cheat_Sheet.html#argon2id).
 */
export const ARGON2ID_PARAMETERS = { m: 19 * 1024, t: 2, p: 1 } as const;

/** The first word of a wrapped key line. */
export const WRAPPED_KEY_PREFIX = 'WORKBOOK-WRAPPED-KEY-1';

/** The shortest passphrase a new wrapped key accepts (NIST SP 800-63B, 3.1.1.2: at least 8). */
export const MIN_PASSPHRASE_LENGTH = 8;

// What a file may ask of us when unwrapping: at least OWASP's cost, at most 256 MiB and 10
// passes, so a hostile key file cannot make the command allocate without bound.
const MAX_MEMORY_KIB = 256 * 1024;
const MAX_PASSES = 10;

const LINE =
  /^WORKBOOK-WRAPPED-KEY-1:argon2id:v=19,m=(\d{1,7}),t=(\d{1,2}),p=(\d{1,2}):([A-Za-z0-9+/]{22}):([A-Za-z0-9+/]{32}):([A-Za-z0-9+/]{2,400})$/;

type Argon2idParameters = { readonly m: number; readonly t: number; readonly p: number };

async function keyFor(
  passphrase: string,
  salt: Uint8Array,
  cost: Argon2idParameters,
): Promise<Uint8Array> {
  return argon2idAsync(utf8ToBytes(passphrase), salt, { ...cost, dkLen: 32 });
}

/** Wraps `secret` (a key as text) with `passphrase`, as one line of text. */
export async function wrapSecret(
  secret: string,
  passphrase: string,
  cost: Argon2idParameters = ARGON2ID_PARAMETERS,
): Promise<string> {
  if (Array.from(passphrase).length < MIN_PASSPHRASE_LENGTH) {
    throw new CryptoError(
      'wrong-passphrase',
      `the passphrase is shorter than ${MIN_PASSPHRASE_LENGTH} characters; choose a longer one (four or five random words)`,
    );
  }
  const salt = randomBytes(16);
  const nonce = randomBytes(24);
  const head = `${WRAPPED_KEY_PREFIX}:argon2id:v=19,m=${cost.m},t=${cost.t},p=${cost.p}:${base64nopad.encode(salt)}`;
  const key = await keyFor(passphrase, salt, cost);
  const sealed = xchacha20poly1305(key, nonce, utf8ToBytes(head)).encrypt(utf8ToBytes(secret));
  return `${head}:${base64nopad.encode(nonce)}:${base64nopad.encode(sealed)}`;
}

/** Whether a line of a key file is a wrapped key. */
export function isWrappedLine(line: string): boolean {
  return line.startsWith(`${WRAPPED_KEY_PREFIX}:`);
}

/** The secret a {@link wrapSecret} line holds; a wrong passphrase or an altered line is refused. */
export async function unwrapSecret(line: string, passphrase: string): Promise<string> {
  const match = LINE.exec(line);
  const [, m, t, p, salt, nonce, sealed] = match ?? [];
  if (m === undefined || t === undefined || p === undefined || salt === undefined) {
    throw new CryptoError('invalid-identity', 'its wrapped key line is damaged');
  }
  const cost = { m: Number(m), t: Number(t), p: Number(p) };
  if (
    cost.m < ARGON2ID_PARAMETERS.m ||
    cost.m > MAX_MEMORY_KIB ||
    cost.t < 1 ||
    cost.t > MAX_PASSES ||
    cost.p !== 1
  ) {
    throw new CryptoError(
      'invalid-identity',
      `its wrapped key asks for Argon2id costs this command does not use (m=${m}, t=${t}, p=${p})`,
    );
  }
  const head = line.slice(0, line.length - (nonce?.length ?? 0) - (sealed?.length ?? 0) - 2);
  let bytes: { salt: Uint8Array; nonce: Uint8Array; sealed: Uint8Array };
  try {
    bytes = {
      salt: base64nopad.decode(salt),
      nonce: base64nopad.decode(nonce ?? ''),
      sealed: base64nopad.decode(sealed ?? ''),
    };
  } catch {
    throw new CryptoError('invalid-identity', 'its wrapped key line is damaged');
  }
  const key = await keyFor(passphrase, bytes.salt, cost);
  try {
    return strFromU8(xchacha20poly1305(key, bytes.nonce, utf8ToBytes(head)).decrypt(bytes.sealed));
  } catch {
    throw new CryptoError(
      'wrong-passphrase',
      'the passphrase given does not unwrap its key (or the file was altered)',
    );
  }
}
