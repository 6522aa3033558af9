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
 *   its line in a bundle's log, then what the bundle's signatures part
 *   (signatures-part.ts) holds for it, with its chain written out. The part
 *   keeps them apart so the log compresses as well as an unsigned one. So
 *   an op read from a bundle is hashed over the bytes as read, without
 *   writing it out again; a signed line not in canonical form (edited by
 *   hand) gets a hash no `chain` names, and is refused as a broken link (or,
 *   when the next op's chain was left out, as a chain its author never
 *   signed), never accepted.
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

/** The op's canonical JSON, signature and chain included. */
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

/** What a signed op's hash covers after its log line: `SIG CHAIN` (`-` for none); '' if unsigned. */
export function signatureLine(op: Operation): string {
  return op.sig === undefined ? '' : `${op.sig} ${op.chain ?? '-'}`;
}

/*
 * Ops are never changed once made (the log is append-only and ops are
 * read-only objects), so an op's hash is worked out once and kept on the op
 * itself, under a symbol and not enumerable: no spread, JSON text, structured
 * clone or schema sees it, and a copy of an op does not inherit it. (A
 * WeakMap did the same job, but over a hundred thousand ops its entries
 * cost more to keep and to collect than the hashing itself.) A frozen op,
 * which cannot take a property, keeps its hash in a WeakMap.
 */
const HASH = Symbol('operation hash');
const frozenHashes = new WeakMap<Operation, string>();

function remembered(op: Operation): string | undefined {
  const found: unknown = Reflect.get(op, HASH);
  return typeof found === 'string' ? found : frozenHashes.get(op);
}

// One descriptor for every op (not enumerable, not writable): not one object per op.
const hidden: PropertyDescriptor = { value: '' };

function remember(op: Operation, hash: string): string {
  if (!Object.isExtensible(op)) {
    frozenHashes.set(op, hash);
  } else if (!Object.hasOwn(op, HASH)) {
    hidden.value = hash;
    Object.defineProperty(op, HASH, hidden);
  }
  return hash;
}

const LINE_FEED = 0x0a;
const SPACE = 0x20;
// Where a read op's hashed bytes are put together: one buffer for all, no string per op.
let scratch = new Uint8Array(4096);

function putAscii(text: string, at: number): number {
  for (let index = 0; index < text.length; index += 1) scratch[at + index] = text.charCodeAt(index);
  return at + text.length;
}

/**
 * Records the hash of a signed op read from a bundle, taken over `line`, its
 * log line's bytes as read, then a line feed, its signature, a space and its
 * chain (see above): the writer puts every op in canonical form
 * ({@link unsignedLine}), so these are the bytes its hash is defined over.
 * The signature and chain are ASCII (the signatures part's reader refuses
 * any other byte; a chain left out is a hash in hex), a byte per character.
 */
export function rememberReadHash(op: Operation, line: Uint8Array): void {
  const { sig } = op;
  if (sig === undefined) return;
  const chain = op.chain ?? '-';
  const length = line.length + 2 + sig.length + chain.length;
  if (scratch.length < length) scratch = new Uint8Array(length * 2);
  scratch.set(line);
  let at = line.length;
  scratch[at] = LINE_FEED;
  at = putAscii(sig, at + 1);
  scratch[at] = SPACE;
  at = putAscii(chain, at + 1);
  // Just made from its line by the reader: extensible, and not hashed yet.
  hidden.value = fastSha256Hex(scratch.subarray(0, at));
  Object.defineProperty(op, HASH, hidden);
}

/**
 * The op's hash, given `line`, its canonical log line ({@link unsignedLine})
 * already written out (the bundle writer has it): saves writing it twice.
 */
export function operationHashOfLine(op: Operation, line: string): string {
  return remembered(op) ?? remember(op, fastSha256Hex(`${line}\n${signatureLine(op)}`));
}

/** The SHA-256 (hex) that names the op in its author's next op's `chain` (see above). */
export function operationHash(op: Operation): string {
  return remembered(op) ?? remember(op, fastSha256Hex(`${unsignedLine(op)}\n${signatureLine(op)}`));
}
