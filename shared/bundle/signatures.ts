import { base64 } from '@scure/base';
import { operationHash, operationMessage } from './canonical';
import type { Operation } from './operation';

/*
 * Signed operations. Each op an author makes carries their Ed25519
 * signature over its canonical bytes (canonical.ts) and, in `chain`, the
 * hash of their previous op, so each author's ops form a hash chain as a
 * version-control history does: removing, reordering or editing one of them
 * breaks the link from the next. Which key belongs to which author is the
 * workbook's business (its roster); this layer takes it as a function.
 * Checking a log's chains and signatures is chains.ts.
 */

/** Makes an author's signature over a message. */
export type SignMessage = (message: Uint8Array) => Promise<Uint8Array>;

function newest(log: Iterable<Operation>, author: string): Operation | undefined {
  let found: Operation | undefined;
  for (const op of log) {
    if (op.author === author && (found === undefined || op.hlc > found.hlc)) found = op;
  }
  return found;
}

/**
 * Signs `fresh` (ops `author` has just made, not yet in `log`), in HLC
 * order, each chained to the author's previous op in `log` or in `fresh`.
 * Throws if an op is another author's: no one signs for someone else.
 */
export async function signOperations(
  log: Iterable<Operation>,
  fresh: readonly Operation[],
  author: string,
  sign: SignMessage,
): Promise<Operation[]> {
  let previous = newest(log, author);
  const signed: Operation[] = [];
  for (const op of [...fresh].sort((a, b) => (a.hlc < b.hlc ? -1 : a.hlc > b.hlc ? 1 : 0))) {
    if (op.author !== author) {
      throw new Error(`Cannot sign change ${op.id}: it is ${op.author}'s, not ${author}'s.`);
    }
    const { sig: _unsigned, ...rest } = op;
    const chained: Operation = {
      ...rest,
      chain: previous === undefined ? null : operationHash(previous),
    };
    const next: Operation = {
      ...chained,
      sig: base64.encode(await sign(operationMessage(chained))),
    };
    signed.push(next);
    previous = next;
  }
  return signed;
}

/** The op's signature as bytes, or undefined when it has none or it is not base64. */
export function signatureOf(op: Operation): Uint8Array | undefined {
  try {
    return op.sig === undefined ? undefined : base64.decode(op.sig);
  } catch {
    return undefined;
  }
}

/** Whether `op`'s signature is one of `keys`' over its canonical bytes, checked by `verify`. */
export function signatureHolds(
  op: Operation,
  keys: readonly Uint8Array[],
  verify: (key: Uint8Array, message: Uint8Array, signature: Uint8Array) => boolean,
): boolean {
  const signature = signatureOf(op);
  if (signature === undefined) return false;
  const message = operationMessage(op);
  return keys.some((key) => verify(key, message, signature));
}
