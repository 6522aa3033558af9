import { bech32 } from '@scure/base';

/*
 * Whether a text is an age public key ("recipient"), checked without
 * loading the age implementation: recipients are Bech32 (BIP 173,
 * https://github.com/bitcoin/bips/blob/master/bip-0173.mediawiki) with the
 * human-readable part `age` and a 32-byte X25519 key
 * (https://age-encryption.org/v1, "The X25519 recipient type"), or the
 * longer post-quantum and tag types age-encryption also encrypts to
 * (`age1pq1…`, `age1tag1…`, `age1tagpq1…`). The checksum catches a key
 * mistyped or cut short when pasted. seal.ts's checkRecipient asks
 * age-encryption itself before anything is encrypted.
 */

const LONG_TYPES = new Set(['age1pq', 'age1tag', 'age1tagpq']);
// Bech32's own length limit (90) fits an X25519 key; the post-quantum keys are longer.
const X25519_LIMIT = 90;
const LONG_LIMIT = 4096;

/** Bech32 text has a `1` between its prefix and its data. */
function hasSeparator(text: string): text is `${string}1${string}` {
  return text.includes('1');
}

/** Why `text` is not an age public key, in a phrase that never repeats a secret; `undefined` if it is one. */
export function recipientProblem(text: string): string | undefined {
  const key = text.trim();
  if (/^AGE-SECRET-KEY-/i.test(key)) {
    return 'that is a secret key (AGE-SECRET-KEY-1…), which must never be shared: paste the public key, which starts "age1"';
  }
  const shown = key.length > 24 ? `${key.slice(0, 16)}…` : key;
  const plain = `"${shown}" is not an age public key (one starts "age1", as age-keygen, \`workbook keys show\` or the app's Settings print it)`;
  if (!/^age1(?:(?:pq|tag|tagpq)1)?[02-9ac-hj-np-z]+$/.test(key) || !hasSeparator(key)) {
    return plain;
  }
  try {
    const long = /^age1(?:pq|tag|tagpq)1/.test(key);
    const decoded = bech32.decode(key, long ? LONG_LIMIT : X25519_LIMIT);
    const bytes = bech32.fromWords(decoded.words);
    if (long ? LONG_TYPES.has(decoded.prefix) : decoded.prefix === 'age' && bytes.length === 32) {
      return undefined;
    }
    return plain;
  } catch {
    return `"${shown}" is not a whole age public key (its checksum fails: a character is wrong or missing)`;
  }
}

/** Whether `text` is an age public key (see {@link recipientProblem}). */
export function isRecipient(text: string): boolean {
  return recipientProblem(text) === undefined;
}
