import { CryptoError } from './errors';

/*
 * Just enough of the age v1 header (https://age-encryption.org/v1, "Header")
 * to tell an encrypted file from a plain one, and to say what it is
 * encrypted to without decrypting it: the version line, then one stanza per
 * recipient, each starting `-> TYPE args…`, then the `--- MAC` line.
 * Decryption itself is age-encryption's (seal.ts).
 */

/** The version line every binary age v1 file starts with. */
export const AGE_VERSION_LINE = 'age-encryption.org/v1';
/** The first line of an ASCII-armored age file (`age -a`). */
export const AGE_ARMOR_BEGIN = '-----BEGIN AGE ENCRYPTED FILE-----';

// A header is a few hundred bytes per recipient; stop looking well past any real one.
const HEADER_SCAN_LIMIT = 1024 * 1024;
const MAX_LINE = 4096;

function startsWithText(bytes: Uint8Array, text: string, from = 0): boolean {
  if (bytes.length < from + text.length) return false;
  for (let i = 0; i < text.length; i += 1) {
    if (bytes[from + i] !== text.charCodeAt(i)) return false;
  }
  return true;
}

/** Whether `bytes` are an age file: `binary` (`age-encryption.org/v1` first), `armored`, or neither. */
export function ageFormat(bytes: Uint8Array): 'binary' | 'armored' | undefined {
  if (startsWithText(bytes, `${AGE_VERSION_LINE}\n`)) return 'binary';
  // The armor allows whitespace before the first line (age's armor.go, and age-encryption's decode).
  let at = 0;
  while (at < bytes.length && at < 1024 && /\s/.test(String.fromCharCode(bytes[at] ?? 0))) at += 1;
  return startsWithText(bytes, AGE_ARMOR_BEGIN, at) ? 'armored' : undefined;
}

/**
 * The stanza types of a binary age file's header, in order (`X25519`,
 * `scrypt`, `mlkem768x25519`, …): age stanzas carry no recipient names, so
 * the types and their count are all a file says about who can open it.
 */
export function headerStanzaTypes(bytes: Uint8Array): string[] {
  const types: string[] = [];
  const end = Math.min(bytes.length, HEADER_SCAN_LIMIT);
  let start = 0;
  let first = true;
  for (let at = 0; at < end; at += 1) {
    if (bytes[at] !== 0x0a) continue;
    // Header lines are short (stanza bodies wrap at 64 columns); a long one is not a header.
    if (at - start > MAX_LINE) break;
    const line = String.fromCharCode(...bytes.subarray(start, at));
    start = at + 1;
    if (first) {
      if (line !== AGE_VERSION_LINE) break;
      first = false;
    } else if (line.startsWith('-> ')) types.push(line.slice(3).split(' ')[0] ?? '');
    else if (line.startsWith('---')) return types;
  }
  throw new CryptoError(
    'damaged',
    'its age header is damaged or cut short (no "---" line ends it); ask the sender to export it again',
  );
}
