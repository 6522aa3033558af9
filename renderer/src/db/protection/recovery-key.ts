import { base32crockford } from '@scure/base';

/*
 * The recovery key: 160 random bits, shown once as 32 characters of
 * Crockford's Base32 (https://www.crockford.com/base32.html), which leaves
 * out I, L, O and U and reads 0/O and 1/I/L alike, so a key copied by hand
 * from paper still reads back. 160 bits need no slow hashing: guessing it
 * is out of reach however fast each guess is.
 */

const BYTES = 20;
const GROUP = 4;

/** A fresh recovery secret. */
export function newRecoverySecret(): Uint8Array<ArrayBuffer> {
  return crypto.getRandomValues(new Uint8Array(BYTES));
}

/** The secret as people see it: eight groups of four, e.g. `7K3M-…`. */
export function formatRecoveryKey(secret: Uint8Array): string {
  const text = base32crockford.encode(secret);
  return (text.match(new RegExp(`.{1,${GROUP}}`, 'g')) ?? []).join('-');
}

/** The secret a typed recovery key names, or undefined if it is not one (spaces and dashes ignored). */
export function parseRecoveryKey(text: string): Uint8Array<ArrayBuffer> | undefined {
  const compact = text.replaceAll(/[\s-]/g, '').toUpperCase();
  if (compact.length !== 32) return undefined;
  try {
    const bytes = base32crockford.decode(compact);
    return bytes.length === BYTES ? new Uint8Array(bytes) : undefined;
  } catch {
    return undefined;
  }
}
