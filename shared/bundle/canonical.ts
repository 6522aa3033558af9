import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex, utf8ToBytes } from '@noble/hashes/utils.js';
import type { JsonValue } from './json';
import type { Operation } from './operation';

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
 * - Hash (for `chain`): SHA-256 (FIPS 180-4) of the UTF-8 of the JCS of the
 *   whole op, signature included, in lower-case hex.
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
function operationText(op: Operation, withSignature: boolean): string {
  const chain = op.chain === undefined ? '' : `"chain":${JSON.stringify(op.chain)},`;
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

/** The op's canonical JSON, signature included: how `operations.jsonl` writes each line. */
export function operationLine(op: Operation): string {
  return operationText(op, true);
}

/**
 * Records the hash of a signed op read from a line of the log, taken over
 * the line's own bytes: the writer puts every op in its canonical form
 * ({@link operationLine}), so for a signed op (only ever written so) they
 * are its canonical bytes, hashed without writing the op out again. A
 * signed line not in canonical form (edited by hand) then gets a hash no
 * `chain` names, and is refused as a broken link, never accepted.
 */
export function rememberLineHash(op: Operation, line: Uint8Array): void {
  if (op.sig !== undefined) hashes.set(op, bytesToHex(sha256(line)));
}

/** The SHA-256 (hex) of the op's canonical JSON, signature included: what `chain` names. */
export function operationHash(op: Operation): string {
  let hash = hashes.get(op);
  if (hash === undefined) {
    hash = bytesToHex(sha256(utf8ToBytes(operationText(op, true))));
    hashes.set(op, hash);
  }
  return hash;
}
