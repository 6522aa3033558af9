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
 *
 * Checking a long log: every op is hashed, and every link is checked; the
 * signature of each author's newest op (the tip of a chain, which no op
 * names) is checked, and it vouches for every op its chain reaches, since
 * it signs the hash of the op before it, which holds that op's signature
 * and the hash of the one before, and so on down. Any signed op that no
 * vouched-for chain reaches has its own signature checked. So a forged or
 * altered op is always found, at the cost of one hash per op instead of
 * one signature check per op (Ed25519 checks cost about 100 times more).
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

/** Why a signed op is refused. */
export type ChainProblemReason =
  /** The signature is not the author's over this content: forged, or altered since. */
  | 'bad-signature'
  /** The op its chain names is not in the log: an op of the author's was removed or changed. */
  | 'previous-missing'
  /** The op its chain names is another author's, or not earlier: the log was reordered. */
  | 'previous-out-of-order'
  /** No key may sign for this author (not on the roster, or removed from it by then). */
  | 'no-key';

/** A signed op that does not check out, and why, in words. */
export type ChainProblem = {
  readonly op: Operation;
  readonly reason: ChainProblemReason;
  readonly detail: string;
};

/** What {@link checkChains} needs from the workbook. */
export type ChainKeys = {
  /** The keys that may sign `op` for its author, or why none may (a sentence). */
  keysOf(op: Operation): readonly Uint8Array[] | string;
  /** Whether `op`'s signature is one of `keys`' over its canonical bytes ({@link signatureHolds}). */
  verify(op: Operation, keys: readonly Uint8Array[]): boolean;
  /** Check every signature itself instead of vouching down from each chain's tip. */
  readonly every?: boolean;
};

/** The outcome of {@link checkChains}. */
export type ChainCheck = {
  /** The signed ops that checked out. */
  readonly verified: ReadonlySet<Operation>;
  /** Every signed op that did not, signature problems first, then by HLC. */
  readonly problems: readonly ChainProblem[];
};

const ORDER: readonly ChainProblemReason[] = [
  'bad-signature',
  'no-key',
  'previous-missing',
  'previous-out-of-order',
];

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

/** The op a signed op's chain names, or the problem with that link. */
function linkOf(
  op: Operation,
  byHash: ReadonlyMap<string, Operation>,
): Operation | null | ChainProblem {
  if (op.chain === null || op.chain === undefined) return null;
  const previous = byHash.get(op.chain);
  if (previous === undefined) {
    return {
      op,
      reason: 'previous-missing',
      detail: `the change before it by ${op.author} (SHA-256 ${op.chain.slice(0, 12)}…) is not in the workbook: one of their changes was removed or altered`,
    };
  }
  if (previous.author !== op.author || previous.hlc >= op.hlc) {
    return {
      op,
      reason: 'previous-out-of-order',
      detail: `the change it follows (${previous.id}) is not an earlier change of ${op.author}'s: the changes were reordered`,
    };
  }
  return previous;
}

/**
 * Checks every signed op of `operations` (unsigned ops are the caller's
 * business): its author's key, its signature (directly or vouched for down
 * a chain, see above) and its chain link. Depends only on the set of ops.
 */
export function checkChains(operations: readonly Operation[], check: ChainKeys): ChainCheck {
  const byHash = new Map<string, Operation>();
  for (const op of operations) byHash.set(operationHash(op), op);
  const signed = operations.filter((op) => op.sig !== undefined);
  const problems: ChainProblem[] = [];
  const links = new Map<Operation, Operation>();
  const named = new Set<Operation>();
  const keys = new Map<Operation, readonly Uint8Array[]>();
  for (const op of signed) {
    const allowed = check.keysOf(op);
    if (typeof allowed === 'string') problems.push({ op, reason: 'no-key', detail: allowed });
    else keys.set(op, allowed);
    const link = linkOf(op, byHash);
    if (link === null) continue;
    if ('reason' in link) problems.push(link);
    else {
      links.set(op, link);
      if (link.sig !== undefined) named.add(link);
    }
  }
  const verified = new Set<Operation>();
  // Tips first (the ops no signed op names), then whatever no tip's chain reached.
  const order =
    check.every === true ? signed : [...signed.filter((op) => !named.has(op)), ...signed];
  const tried = new Set<Operation>();
  for (const start of order) {
    if (verified.has(start) || tried.has(start)) continue;
    tried.add(start);
    const startKeys = keys.get(start);
    if (startKeys === undefined) continue;
    if (!check.verify(start, startKeys)) {
      problems.push({
        op: start,
        reason: 'bad-signature',
        detail: `its signature is not ${start.author}'s over what it says: it was forged, or altered after it was signed`,
      });
      continue;
    }
    verified.add(start);
    if (check.every === true) continue;
    // Vouched for by the signature above: every op down the chain, while its links hold.
    let at = links.get(start);
    while (at !== undefined && at.sig !== undefined && !verified.has(at) && keys.has(at)) {
      verified.add(at);
      at = links.get(at);
    }
  }
  problems.sort(
    (a, b) =>
      ORDER.indexOf(a.reason) - ORDER.indexOf(b.reason) ||
      (a.op.hlc < b.op.hlc ? -1 : a.op.hlc > b.op.hlc ? 1 : 0),
  );
  return { verified, problems };
}
