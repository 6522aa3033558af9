import { utf8ToBytes } from '@noble/hashes/utils.js';
import type { JsonValue } from './json';
import type { Operation } from './operation';
import { fastSha256Hex } from './fast-sha256';

/*
 * The canonical bytes of an operation, which its author signs and which the
 * author's next operation names by hash. The encoding is the JSON
 * Canonicalization Scheme (RFC 8785, https://www.rfc-editor.org/rfc/rfc8785):
 * object keys sorted by UTF-16 code units at every level, no whitespace,
 * strings and numbers exactly as ECMAScript's JSON.stringify writes them.
 * Values in the log are already JSON (json.ts: finite numbers, no -0), so
 * JSON.stringify's number and string forms are JCS's. Two programs that agree
 * on an op's content therefore agree on its bytes, however the line was
 * written in the file.
 *
 * - Signed message: the UTF-8 of `inspection-workbook/operation/v1` and a
 *   line feed, then the JCS of the op without `sig` (it holds its `hlc` and
 *   `chain`, so the time and place in the author's chain are signed too).
 *   The first line keeps a signature over an op from being valid for any
 *   other kind of message signed with the same key.
 * - Hash (for `chain`): SHA-256 (FIPS 180-4), in lower-case hex, of the
 *   UTF-8 of the JCS of the op without `sig` and `chain`, a line feed, then
 *   (for a signed op) its signature, a space and its chain (`-` for none):
 *   exactly its line in a bundle's log, a line feed and its line in the
 *   bundle's signatures part (signatures-part.ts), which keeps them apart
 *   so the log compresses as well as an unsigned one. So an op read from a
 *   bundle is hashed over the bytes as read, without writing it out again;
 *   a signed line not in canonical form (edited by hand) gets a hash no
 *   `chain` names, and is refused as a broken link, never accepted.
 */

/** The first line of every signed message. */
export const OPERATION_SIGNATURE_CONTEXT = 'inspection-workbook/operation/v1\n';

// `Array.isArray` does not narrow readonly arrays, so say what it proves.
function isArray(value: JsonValue): value is readonly JsonValue[] {
  return Array.isArray(value);
}

/** RFC 8785 canonical JSON text of a JSON value. */
export function canonicalJson(value: JsonValue): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value);
  if (isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  const record = value;
  const keys = Object.keys(record).sort();
  const parts: string[] = [];
  for (const key of keys) {
    const item = record[key];
    if (item !== undefined) parts.push(`${JSON.stringify(key)}:${canonicalJson(item)}`);
  }
  return `{${parts.join(',')}}`;
}

/**
 * The op's canonical text, written field by field in RFC 8785's key order
 * (author, chain, entity, entityId, field, hlc, id, prev, sig, value):
 * the same text as {@link canonicalJson} of the op, without sorting keys
 * for every one of a long log's ops.
 */
function operationText(op: Operation, withSignature: boolean, withChain = true): string {
  const chain = !withChain || op.chain === undefined ? '' : `"chain":${JSON.stringify(op.chain)},`;
  const sig = withSignature && op.sig !== undefined ? `"sig":${JSON.stringify(op.sig)},` : '';
  return (
    `{"author":${JSON.stringify(op.author)},${chain}"entity":${JSON.stringify(op.entity)},` +
    `"entityId":${JSON.stringify(op.entityId)},"field":${JSON.stringify(op.field)},` +
    `"hlc":${JSON.stringify(op.hlc)},"id":${JSON.stringify(op.id)},` +
    `"prev":${JSON.stringify(op.prev)},${sig}"value":${canonicalJson(op.value)}}`
  );
}

/** The bytes the author signs: the context line, then the op's canonical JSON without `sig`. */
export function operationMessage(op: Operation): Uint8Array {
  return utf8ToBytes(OPERATION_SIGNATURE_CONTEXT + operationText(op, false));
}

// Ops are never changed once made (the log is append-only and ops are
// read-only objects), so an op's hash is worked out once.
const hashes = new WeakMap<Operation, string>();

/** The op's canonical JSON, signature and chain included (what its hash is taken over). */
export function operationLine(op: Operation): string {
  return operationText(op, true);
}

/**
 * The op's canonical JSON without its signature and chain: how
 * `operations.jsonl` writes each line, the signature and chain going to
 * the bundle's signatures part (signatures-part.ts).
 */
export function unsignedLine(op: Operation): string {
  return operationText(op, false, false);
}

/** A signed op's line in a bundle's signatures part: `SIG CHAIN` (`-` for none); '' if unsigned. */
export function signatureLine(op: Operation): string {
  return op.sig === undefined ? '' : `${op.sig} ${op.chain ?? '-'}`;
}

/**
 * Records the hash of a signed op read from a bundle, taken over its log
 * line's bytes and its signatures line as read (see above): the writer puts
 * every op in canonical form ({@link unsignedLine}), so they are the bytes
 * its hash is defined over.
 */
export function rememberReadHash(op: Operation, line: Uint8Array, signature: Uint8Array): void {
  if (op.sig !== undefined) hashes.set(op, fastSha256Hex(line, LINE_FEED, signature));
}

const LINE_FEED = new Uint8Array([0x0a]);

/** The SHA-256 (hex) that names the op in its author's next op's `chain` (see above). */
export function operationHash(op: Operation): string {
  let hash = hashes.get(op);
  if (hash === undefined) {
    hash = fastSha256Hex(`${unsignedLine(op)}\n${signatureLine(op)}`);
    hashes.set(op, hash);
  }
  return hash;
}
