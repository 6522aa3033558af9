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

/** How a primary key is named in the associated data and in messages. */
export function describeKey(primaryKey: unknown): string {
  return JSON.stringify(primaryKey) ?? String(primaryKey);
}

function associatedData(table: string, primaryKey: unknown): Uint8Array<ArrayBuffer> {
  return encoder.encode(
    `inspection-workbook record ${FORMAT}\u0000${table}\u0000${describeKey(primaryKey)}`,
  );
}

/** The record's bytes sealed under `key`, bound to its table and primary key. */
export async function sealRecord(
  key: CryptoKey,
  table: string,
  primaryKey: unknown,
  plain: Uint8Array<ArrayBuffer>,
): Promise<Uint8Array<ArrayBuffer>> {
  const nonce = crypto.getRandomValues(new Uint8Array(NONCE_BYTES));
  const sealed = await crypto.subtle.encrypt(
    { name: 'AES-GCM', iv: nonce, additionalData: associatedData(table, primaryKey) },
    key,
    plain,
  );
  const out = new Uint8Array(1 + NONCE_BYTES + sealed.byteLength);
  out[0] = FORMAT;
  out.set(nonce, 1);
  out.set(new Uint8Array(sealed), 1 + NONCE_BYTES);
  return out;
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
        iv: sealed.slice(1, 1 + NONCE_BYTES),
        additionalData: associatedData(table, primaryKey),
      },
      key,
      sealed.slice(1 + NONCE_BYTES),
    );
    return new Uint8Array(plain);
  } catch {
    throw refused();
  }
}
