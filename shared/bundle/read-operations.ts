import { strFromU8 } from 'fflate';
import { MAX_CLOCK_AHEAD_MS, MAX_OPERATION_LINE_BYTES } from '../limits';
import { addOnce, checkOperation, OPERATIONS_PART } from './bundle';
import { isKnownEntity, type EntityRegistry } from './entities';
import { operationHash, rememberReadHash } from './canonical';
import { BundleError } from './errors';
import { parseHlc } from './hlc';
import type { Operation } from './operation';
import {
  CHAIN_FOLLOWS,
  CHAIN_NONE,
  checkSignatureCount,
  givenChainAt,
  givesChain,
  noPreviousChange,
  signatureAt,
  SIGNATURES_PART,
  type SignatureLines,
} from './signatures-part';

const EXPORT_AGAIN = 'ask the sender to export it again';
const NEWLINE = 0x0a;
const RETURN = 0x0d;

/**
 * Refuses an op stamped more than {@link MAX_CLOCK_AHEAD_MS} ahead of the
 * local clock. Such a time would win every later edit by last-writer-wins
 * and drag every clock that sees it towards the end of time, so it is
 * refused wherever a log is taken in: on read and on merge.
 */
export function checkNotAhead(op: Operation, now: number, where: string): void {
  const wall = parseHlc(op.hlc)?.wallMs;
  if (wall === undefined || wall <= now + MAX_CLOCK_AHEAD_MS) return;
  const when = new Date(wall).toISOString();
  throw new BundleError(
    'future-operation',
    { part: OPERATIONS_PART, field: 'hlc' },
    `${where}change "${op.id.slice(0, 80)}" by ${op.author.slice(0, 80)} is dated ${when}, more than a day ` +
      "ahead of this computer's clock; check the sender's clock and ask them to export again " +
      '(or check this computer’s date).',
  );
}

/**
 * Reads `operations.jsonl` line by line from its bytes: the whole log is
 * never one string, so a log longer than the engine's longest string is
 * read like any other, and one over-long line is refused by its number.
 */
export function readOperations(
  bytes: Uint8Array,
  entities: EntityRegistry,
  now: number,
  /** The signatures part's lines (signatures-part.ts), line N's at index N - 1. */
  signatures?: SignatureLines,
): Operation[] {
  const byId = new Map<string, [Operation, number]>();
  const operations: Operation[] = [];
  // Each author's latest op so far, whose hash a line that leaves its chain out names.
  const latest = new Map<string, Operation>();
  let start = 0;
  let line = 1;
  for (; start < bytes.length; line += 1) {
    let end = bytes.indexOf(NEWLINE, start);
    if (end === -1) end = bytes.length;
    const next = end + 1;
    if (end > start && bytes[end - 1] === RETURN) end -= 1;
    if (end - start > MAX_OPERATION_LINE_BYTES) {
      throw new BundleError(
        'invalid-operation',
        { part: OPERATIONS_PART, line },
        `${OPERATIONS_PART}, line ${line}: longer than ${MAX_OPERATION_LINE_BYTES / 1024 / 1024} MiB, ` +
          `more than any change holds. The bundle is damaged or was edited by hand; ${EXPORT_AGAIN}.`,
      );
    }
    const lineBytes = bytes.subarray(start, end);
    const source = strFromU8(lineBytes);
    start = next;
    if (source.trim() === '') continue;
    const sig = signatures === undefined ? undefined : signatureAt(signatures, line - 1);
    const op = parseLine(source, line, sig !== undefined);
    if (signatures !== undefined && sig !== undefined) {
      const chain = chainOf(signatures, line, latest.get(op.author), op.author);
      // The op was just made from the line and is ours: adding to it saves a copy per change.
      const signing: { chain?: string | null | undefined; sig?: string | undefined } = op;
      signing.chain = chain;
      signing.sig = sig;
      rememberReadHash(op, lineBytes);
    }
    if (!isKnownEntity(entities, op.entity)) {
      throw new BundleError(
        'unknown-entity',
        { part: OPERATIONS_PART, field: 'entity', line },
        `${OPERATIONS_PART}, line ${line}, field "entity": "${op.entity}" is not an entity type this ` +
          'version of Inspection Workbook knows; update the app, then open the bundle again.',
      );
    }
    checkNotAhead(op, now, `${OPERATIONS_PART}, line ${line}: `);
    if (addOnce(byId, op, line)) {
      operations.push(op);
      latest.set(op.author, op);
    }
  }
  if (signatures !== undefined) checkSignatureCount(signatures, line - 1);
  return operations;
}

/**
 * The chain of the signed op on `line`: none, the one its line writes out
 * (sharing the string of the author's previous op's hash when it is that,
 * as it nearly always is), or, left out, that hash.
 */
function chainOf(
  signatures: SignatureLines,
  line: number,
  previous: Operation | undefined,
  author: string,
): string | null {
  const form = signatures.chains[line - 1];
  if (form === CHAIN_NONE) return null;
  if (form === CHAIN_FOLLOWS) {
    if (previous === undefined) throw noPreviousChange(line, author);
    return operationHash(previous);
  }
  // Only a signed op's hash is known already (taken as it was read); an unsigned one's is not worked out for this.
  const known = previous?.sig === undefined ? undefined : operationHash(previous);
  return known !== undefined && givesChain(signatures, line - 1, known)
    ? known
    : givenChainAt(signatures, line - 1);
}

/** The op on a log line; `signed` when the signatures part holds its signature and chain. */
function parseLine(source: string, line: number, signed: boolean): Operation {
  let json: unknown;
  try {
    json = JSON.parse(source);
  } catch {
    throw new BundleError(
      'invalid-operation',
      { part: OPERATIONS_PART, line },
      `${OPERATIONS_PART}, line ${line}: not valid JSON. The bundle is damaged or was edited by hand; ${EXPORT_AGAIN}.`,
    );
  }
  if (signed && typeof json === 'object' && json !== null && ('sig' in json || 'chain' in json)) {
    throw new BundleError(
      'invalid-operation',
      { part: OPERATIONS_PART, field: 'sig', line },
      `${OPERATIONS_PART}, line ${line}: signed both on its line and in ${SIGNATURES_PART}. The bundle is damaged or was edited by hand; ${EXPORT_AGAIN}.`,
    );
  }
  return checkOperation(json, line);
}
