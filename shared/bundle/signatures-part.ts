import { strFromU8 } from 'fflate';
import { BundleError } from './errors';
import { signatureLine } from './canonical';
import type { Operation } from './operation';

/*
 * Where a bundle keeps its ops' signatures and chain links: not in the
 * lines of `operations.jsonl` but in `signatures.txt` beside it, line N
 * holding the signature and chain of the op on the log's line N:
 * `SIGNATURE CHAIN` (base64, then the previous op's SHA-256 in hex, or `-`
 * for an author's first op), or an empty line for an unsigned op.
 *
 * Why apart: a signature is 64 random bytes and a hash 32, which no
 * compressor shrinks. Inside the log they made a 120,000-change workbook
 * 16 MB instead of 1.4 MB, and deflating and inflating them made saving and
 * opening it several times slower. Stored apart, uncompressed (a zip
 * "stored" entry), they cost a copy and a checksum, and the log compresses
 * as well as an unsigned one. The signed bytes are the same either way
 * (canonical.ts): where a signature is kept changes nothing it proves.
 *
 * A log line may still carry `sig` and `chain` itself; its line here is
 * then empty. A log line with no line here (the part is shorter) is an
 * unsigned op, which a signed workbook refuses when it checks the log.
 */

/** The signatures part's file name inside the zip. */
export const SIGNATURES_PART = 'signatures.txt';

const EXPORT_AGAIN = 'ask the sender to export it again';
const NEWLINE = 0x0a;
const RETURN = 0x0d;
const SPACE = 0x20;
const DASH = 0x2d;
// Base64 of 64 bytes, and hex of 32.
const SIGNATURE_LENGTH = 88;
const HASH_LENGTH = 64;

/** The signatures part's bytes for the ops written, in order; undefined when none is signed. */
export function signaturesPart(ops: readonly Operation[]): Uint8Array | undefined {
  if (!ops.some((op) => op.sig !== undefined)) return undefined;
  // Written straight into bytes (every character is ASCII): a long log's part is many
  // megabytes, which one joined string would hold twice over.
  const lines = ops.map(signatureLine);
  const out = new Uint8Array(lines.reduce((sum, line) => sum + line.length + 1, 0));
  let at = 0;
  for (const line of lines) {
    for (let index = 0; index < line.length; index += 1) out[at + index] = line.charCodeAt(index);
    at += line.length;
    out[at] = NEWLINE;
    at += 1;
  }
  return out;
}

/** A signed op's signature and chain, as a line gives them. */
export type StoredSignature = {
  readonly sig: string;
  readonly chain: string | null;
  /** The line's bytes as read (what the op's hash covers, canonical.ts). */
  readonly line: Uint8Array;
};

function refuse(line: number, message: string): BundleError {
  return new BundleError(
    'invalid-operation',
    { part: SIGNATURES_PART, line },
    `${SIGNATURES_PART}, line ${line}: ${message}. The bundle is damaged or was edited by hand; ${EXPORT_AGAIN}.`,
  );
}

/**
 * Reads the signatures part line by line: index N - 1 holds line N's
 * signature and chain, or undefined for an empty line. A line in any other
 * form is refused, naming it.
 */
export function readSignatures(bytes: Uint8Array): (StoredSignature | undefined)[] {
  const found: (StoredSignature | undefined)[] = [];
  let start = 0;
  // Read from the bytes (all ASCII) without making a string of each whole line: a long log
  // has over a hundred thousand, and the garbage they made showed on every open.
  for (let line = 1; start < bytes.length; line += 1) {
    let end = bytes.indexOf(NEWLINE, start);
    if (end === -1) end = bytes.length;
    const next = end + 1;
    while (end > start && (bytes[end - 1] === RETURN || bytes[end - 1] === SPACE)) end -= 1;
    if (end === start) {
      found.push(undefined);
      start = next;
      continue;
    }
    const length = end - start;
    const bare = length === SIGNATURE_LENGTH + 2 && bytes[end - 1] === DASH;
    if (
      (length !== SIGNATURE_LENGTH + 1 + HASH_LENGTH && !bare) ||
      bytes[start + SIGNATURE_LENGTH] !== SPACE
    ) {
      throw refuse(line, 'not an Ed25519 signature in base64 and a SHA-256 digest in hex (or -)');
    }
    // Lengths only: the op's schema checks each one's characters (operation.ts), once.
    found.push({
      sig: strFromU8(bytes.subarray(start, start + SIGNATURE_LENGTH)),
      chain: bare ? null : strFromU8(bytes.subarray(start + SIGNATURE_LENGTH + 1, end)),
      line: bytes.subarray(start, end),
    });
    start = next;
  }
  return found;
}

/** Refuses a signatures part with more lines than the log has: a signature of no change. */
export function checkSignatureCount(signatures: readonly unknown[], logLines: number): void {
  if (signatures.length <= logLines) return;
  throw refuse(
    logLines + 1,
    `it holds ${signatures.length} lines, but operations.jsonl only ${logLines}: a signature of no change`,
  );
}
