import { decodeValue, encodeValue } from './codec';
import { ProtectionError } from './errors';
import { SEALED_FIELD } from './protected-tables';
import { describeKey, openRecord, sealRecord } from './record-cipher';

/** A protected record as IndexedDB holds it: its indexed ids beside the sealed value. */
export type SealedRecord = { readonly [SEALED_FIELD]: Uint8Array } & Readonly<
  Record<string, unknown>
>;

/**
 * Whether a stored record is sealed (a plain record has no `sealed` byte
 * array). Checked by the value's tag, not `instanceof`: a value read back
 * may come from another realm's Uint8Array (a test's IndexedDB stand-in).
 */
export function isSealedRecord(value: unknown): value is SealedRecord {
  if (typeof value !== 'object' || value === null) return false;
  const sealed: unknown = Reflect.get(value, SEALED_FIELD);
  return (
    ArrayBuffer.isView(sealed) && Object.prototype.toString.call(sealed) === '[object Uint8Array]'
  );
}

/** `value` as stored: the `fields` its key and indexes need, and the whole value sealed. */
export async function toSealedRecord(
  dataKey: CryptoKey,
  table: string,
  fields: readonly string[],
  value: unknown,
  primaryKey: unknown,
): Promise<SealedRecord> {
  if (primaryKey === undefined || typeof value !== 'object' || value === null) {
    throw new ProtectionError(
      'unstorable',
      `A record of ${table} has no primary key to bind it to.`,
    );
  }
  const kept: Record<string, unknown> = {};
  for (const field of fields) {
    if (Object.hasOwn(value, field)) kept[field] = Reflect.get(value, field);
  }
  // A fresh buffer of its own (codec.ts), sealed as it is: no copy of tens of MB.
  const sealed = await sealRecord(dataKey, table, primaryKey, encodeValue(value));
  return { ...kept, [SEALED_FIELD]: sealed };
}

/** The value a stored record holds; a plain one only when `acceptsPlain`. */
export async function fromStoredRecord(
  dataKey: CryptoKey,
  table: string,
  stored: unknown,
  primaryKey: unknown,
  acceptsPlain: boolean,
): Promise<unknown> {
  if (stored === undefined || stored === null) return stored;
  if (!isSealedRecord(stored)) {
    if (acceptsPlain) return stored;
    throw new ProtectionError(
      'plain-record',
      `The record ${describeKey(primaryKey)} of ${table} is not encrypted, in a workbook that is: it was not written by this app and is refused.`,
    );
  }
  return decodeValue(await openRecord(dataKey, table, primaryKey, stored[SEALED_FIELD]));
}
