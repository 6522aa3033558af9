import { ProtectionError } from './errors';

/*
 * One record sealed with AES-256-GCM (NIST SP 800-38D,
 * https://csrc.nist.gov/pubs/sp/800/38/d/final) through WebCrypto: a fresh
 * random 96-bit nonce per write, and the table's name and the record's
 * primary key as associated data, so a sealed value copied to another key
 * or table fails to open instead of passing for that other record. Random
 * nonces are safe up to 2^32 writes under one key (SP 800-38D, 8.3); a
 * workbook writes a few records per change or per imported chunk, far below.
 *
 * Sealed layout: format byte (1) | nonce (12 bytes) | ciphertext and 16-byte tag.
 */

const FORMAT = 1;
const NONCE_BYTES = 12;
const encoder = new TextEncoder();
const AD_PREFIX = `inspection-workbook record ${FORMAT}\u0000`;

/** How a primary key is named in the associated data and in messages. */
export function describeKey(primaryKey: unknown): string {
  return JSON.stringify(primaryKey) ?? String(primaryKey);
}

function associatedData(table: string, primaryKey: unknown): Uint8Array<ArrayBuffer> {
  return encoder.encode(`${AD_PREFIX}${table}\u0000${describeKey(primaryKey)}`);
}

/** The record's bytes sealed under `key`, bound to its table and primary key. */
export async function sealRecord(
  key: CryptoKey,
  table: string,
  primaryKey: unknown,
  plain: Uint8Array<ArrayBuffer>,
): Promise<Uint8Array<ArrayBuffer>> {
  const nonce = crypto.getRandomValues(new Uint8Array(NONCE_BYTES));
  let sealed: ArrayBuffer;
  try {
    sealed = await crypto.subtle.encrypt(
      { name: 'AES-GCM', iv: nonce, additionalData: associatedData(table, primaryKey) },
      key,
      plain,
    );
  } catch (error: unknown) {
    // Refused, never passed on in the clear: the write it belongs to fails, and with it its transaction.
    const reason = error instanceof Error ? error.message : String(error);
    throw new ProtectionError(
      'seal-failed',
      `The record ${describeKey(primaryKey)} of ${table} could not be encrypted (${reason}), so nothing of this change was stored.`,
    );
  }
  const out = new Uint8Array(1 + NONCE_BYTES + sealed.byteLength);
  out[0] = FORMAT;
  out.set(nonce, 1);
  out.set(new Uint8Array(sealed), 1 + NONCE_BYTES);
  return out;
}

function onArrayBuffer(bytes: Uint8Array): bytes is Uint8Array<ArrayBuffer> {
  // By tag, not instanceof: a record read back may come from another realm (a test's IndexedDB).
  return Object.prototype.toString.call(bytes.buffer) === '[object ArrayBuffer]';
}

/** A view of `bytes` from `start` to `end`, copied only if they lie in shared memory. */
function part(bytes: Uint8Array, start: number, end?: number): Uint8Array<ArrayBuffer> {
  const view = bytes.subarray(start, end);
  return onArrayBuffer(view) ? view : view.slice();
}

/** The bytes {@link sealRecord} sealed; refused, naming the table and key, when they do not open. */
export async function openRecord(
  key: CryptoKey,
  table: string,
  primaryKey: unknown,
  sealed: Uint8Array,
): Promise<Uint8Array<ArrayBuffer>> {
  const refused = () =>
    new ProtectionError(
      'damaged',
      `The record ${describeKey(primaryKey)} of ${table} does not open: it is damaged, was moved from another record, or was sealed with another key.`,
    );
  if (sealed[0] !== FORMAT || sealed.length < 1 + NONCE_BYTES + 16) throw refused();
  try {
    const plain = await crypto.subtle.decrypt(
      {
        name: 'AES-GCM',
        iv: part(sealed, 1, 1 + NONCE_BYTES),
        additionalData: associatedData(table, primaryKey),
      },
      key,
      // Views, not copies: WebCrypto copies its input as the call is made
      // (https://w3c.github.io/webcrypto/#SubtleCrypto-method-decrypt, step 2), and opening a
      // screen's records should not copy each ciphertext twice.
      part(sealed, 1 + NONCE_BYTES),
    );
    return new Uint8Array(plain);
  } catch {
    throw refused();
  }
}
