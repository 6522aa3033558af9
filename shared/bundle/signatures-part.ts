import { strFromU8, strToU8 } from 'fflate';
import { BundleError } from './errors';
import { operationHashOfLine } from './canonical';
import type { Operation } from './operation';

/*
 * Where a bundle keeps its ops' signatures and chain links: not in the
 * lines of `operations.jsonl` but in `signatures.txt` beside it, line N
 * holding the signature and chain of the op on the log's line N, in ASCII:
 *
 * - `SIGNATURE` alone (base64): the op's chain is the hash of the previous
 *   op in the log by the same author, as it nearly always is, so it is left
 *   out (it would be 64 more bytes per op that no compressor shrinks);
 * - `SIGNATURE -`: the author's first op (no chain);
 * - `SIGNATURE CHAIN`: any other chain, as the SHA-256 of the op it names in
 *   hex (bundles written before chains were left out have every line so);
 * - an empty line: an unsigned op.
 *
 * Why apart: a signature is 64 random bytes and a hash 32, which no
 * compressor shrinks. Inside the log they made a 120,000-change workbook
 * 16 MB instead of 1.4 MB, and deflating and inflating them made saving and
 * opening it several times slower. Stored apart, uncompressed (a zip
 * "stored" entry), they cost a copy and a checksum, and the log compresses
 * as well as an unsigned one. The signed bytes are the same either way
 * (canonical.ts): where a signature is kept, and whether a chain is written
 * out or left to be worked out again, changes nothing it proves. A chain
 * worked out wrongly (lines reordered or removed by hand) is simply not the
 * chain the author signed, so the op is refused.
 *
 * A log line may still carry `sig` and `chain` itself; its line here is
 * then empty. A log line with no line here (the part is shorter) is an
 * unsigned op, which a signed workbook refuses when it checks the log.
 */

/** The signatures part's file name inside the zip. */
export const SIGNATURES_PART = 'signatures.txt';

const EXPORT_AGAIN = 'ask the sender to export it again';
// Base64 of 64 bytes, and hex of 32.
const SIGNATURE_LENGTH = 88;
const HASH_LENGTH = 64;

/** A line's chain: written out, none (`-`), or left out (the author's previous op's hash). */
export const CHAIN_GIVEN = 0;
export const CHAIN_NONE = 1;
export const CHAIN_FOLLOWS = 2;

/**
 * The signatures part as read: its text, and for line N (at index N - 1)
 * where its signature starts in the text (-1 for an empty line) and the
 * form of its chain. Offsets in typed arrays rather than an object per
 * line: a long log has over a hundred thousand.
 */
export type SignatureLines = {
  readonly text: string;
  readonly starts: Int32Array;
  readonly chains: Uint8Array;
};

/** The signature of line `index` (0-based), or undefined for an unsigned op. */
export function signatureAt(lines: SignatureLines, index: number): string | undefined {
  const start = index < lines.starts.length ? (lines.starts[index] ?? -1) : -1;
  return start < 0 ? undefined : lines.text.slice(start, start + SIGNATURE_LENGTH);
}

/** The chain written out on line `index` (for {@link CHAIN_GIVEN}). */
export function givenChainAt(lines: SignatureLines, index: number): string {
  const start = (lines.starts[index] ?? 0) + SIGNATURE_LENGTH + 1;
  return lines.text.slice(start, start + HASH_LENGTH);
}

/** Whether line `index` writes out `hash` as its chain (then the op can share that string). */
export function givesChain(lines: SignatureLines, index: number, hash: string): boolean {
  return lines.text.startsWith(hash, (lines.starts[index] ?? 0) + SIGNATURE_LENGTH + 1);
}

/**
 * The signatures part's bytes for the ops written, in order; undefined
 * when none is signed. `logLines` are the ops' log lines as written (each
 * op's hash is taken over its own, canonical.ts), to tell which chains can
 * be left out.
 */
export function signaturesPart(
  ops: readonly Operation[],
  logLines: readonly string[],
): Uint8Array | undefined {
  if (!ops.some((op) => op.sig !== undefined)) return undefined;
  const previous = new Map<string, number>();
  const out: string[] = [];
  ops.forEach((op, index) => {
    const before = previous.get(op.author);
    previous.set(op.author, index);
    if (op.sig === undefined) {
      out.push('');
    } else if (op.chain === null || op.chain === undefined) {
      out.push(`${op.sig} -`);
    } else if (before !== undefined && op.chain === hashAt(ops, logLines, before)) {
      out.push(op.sig);
    } else {
      out.push(`${op.sig} ${op.chain}`);
    }
  });
  out.push('');
  // One string, encoded at once (every character is ASCII): far quicker than a line at a time.
  return strToU8(out.join('\n'));
}

function hashAt(ops: readonly Operation[], logLines: readonly string[], index: number): string {
  const op = ops[index];
  return op === undefined ? '' : operationHashOfLine(op, logLines[index] ?? '');
}

function refuse(line: number, message: string): BundleError {
  return new BundleError(
    'invalid-operation',
    { part: SIGNATURES_PART, line },
    `${SIGNATURES_PART}, line ${line}: ${message}. The bundle is damaged or was edited by hand; ${EXPORT_AGAIN}.`,
  );
}

/** The line (1-based) of the first byte that is not ASCII. */
function firstNonAscii(bytes: Uint8Array): number {
  let line = 1;
  for (const byte of bytes) {
    if (byte >= 0x80) break;
    if (byte === 0x0a) line += 1;
  }
  return line;
}

/** The part as text, refusing any byte that is not ASCII (so each character is one byte). */
function asciiText(bytes: Uint8Array): string {
  const text = strFromU8(bytes);
  // UTF-8 decoding shortens any valid sequence of non-ASCII bytes and turns
  // any invalid one into U+FFFD: the same length and no U+FFFD means ASCII.
  if (text.length === bytes.length && !text.includes('\uFFFD')) return text;
  throw refuse(firstNonAscii(bytes), 'not ASCII text');
}

function lineCount(text: string): number {
  let count = 0;
  for (let at = 0; at < text.length; count += 1) {
    const end = text.indexOf('\n', at);
    at = end === -1 ? text.length : end + 1;
  }
  return count;
}

/**
 * Reads the signatures part line by line (see above). A line in any other
 * form is refused, naming it; each part is checked by its length only: a
 * signature or chain that is not base64 or hex checks out as no one's, or
 * names no change, and is refused when the log is checked.
 */
export function readSignatures(bytes: Uint8Array): SignatureLines {
  const text = asciiText(bytes);
  const count = lineCount(text);
  const starts = new Int32Array(count).fill(-1);
  const chains = new Uint8Array(count);
  let start = 0;
  for (let index = 0; index < count; index += 1) {
    let end = text.indexOf('\n', start);
    if (end === -1) end = text.length;
    const next = end + 1;
    while (end > start && (text[end - 1] === '\r' || text[end - 1] === ' ')) end -= 1;
    const length = end - start;
    if (length > 0) {
      if (length === SIGNATURE_LENGTH) chains[index] = CHAIN_FOLLOWS;
      else if (length === SIGNATURE_LENGTH + 2 && text[end - 1] === '-') chains[index] = CHAIN_NONE;
      else if (length === SIGNATURE_LENGTH + 1 + HASH_LENGTH) chains[index] = CHAIN_GIVEN;
      else
        throw refuse(
          index + 1,
          'not an Ed25519 signature in base64 and a SHA-256 digest in hex (or -)',
        );
      if (length !== SIGNATURE_LENGTH && text[start + SIGNATURE_LENGTH] !== ' ') {
        throw refuse(
          index + 1,
          'not an Ed25519 signature in base64 and a SHA-256 digest in hex (or -)',
        );
      }
      starts[index] = start;
    }
    start = next;
  }
  return { text, starts, chains };
}

/** Refuses an op whose line leaves its chain out, with no earlier op of its author's to name. */
export function noPreviousChange(line: number, author: string): BundleError {
  return refuse(
    line,
    `its change leaves out the hash of the change before it, but the log has no earlier change by ${author.slice(0, 80)}`,
  );
}

/** Refuses a signatures part with more lines than the log has: a signature of no change. */
export function checkSignatureCount(signatures: SignatureLines, logLines: number): void {
  const count = signatures.starts.length;
  if (count <= logLines) return;
  throw refuse(
    logLines + 1,
    `it holds ${count} lines, but operations.jsonl only ${logLines}: a signature of no change`,
  );
}
