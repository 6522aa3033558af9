import { SEALED_FIELD } from './protected-tables';

/** A protected record as IndexedDB holds it: its indexed ids beside the sealed value. */
export type SealedRecord = { readonly [SEALED_FIELD]: Uint8Array } & Readonly<
  Record<string, unknown>
>;

/** Whether a stored record is sealed (a plain record has no `sealed` byte array). */
export function isSealedRecord(value: unknown): value is SealedRecord {
  return (
    typeof value === 'object' &&
    value !== null &&
    Reflect.get(value, SEALED_FIELD) instanceof Uint8Array
  );
}
