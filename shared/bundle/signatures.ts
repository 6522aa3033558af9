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

/** The index of the op a signed op's chain names, -1 for none, or the problem with that link. */
function linkOf(
  op: Operation,
  operations: readonly Operation[],
  byHash: ReadonlyMap<string, number>,
): number | ChainProblem {
  if (op.chain === null || op.chain === undefined) return -1;
  const at = byHash.get(op.chain);
  const previous = at === undefined ? undefined : operations[at];
  if (at === undefined || previous === undefined) {
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
  return at;
}

// What is known of each op while checking (one byte each: a long log's ops are many).
const UNTRIED = 0;
const VERIFIED = 1;
const TRIED = 2;

/**
 * Checks every signed op of `operations` (unsigned ops are the caller's
 * business): its author's key, its signature (directly or vouched for down
 * a chain, see above) and its chain link. Depends only on the set of ops.
 * Ops are kept by their index in typed arrays rather than in maps and sets:
 * a workbook has over a hundred thousand of them.
 */
export function checkChains(operations: readonly Operation[], check: ChainKeys): ChainCheck {
  const count = operations.length;
  const byHash = new Map<string, number>();
  operations.forEach((op, index) => byHash.set(operationHash(op), index));
  const problems: ChainProblem[] = [];
  const links = new Int32Array(count).fill(-1);
  const named = new Uint8Array(count);
  const state = new Uint8Array(count);
  const keys: (readonly Uint8Array[] | undefined)[] = [];
  const signed: number[] = [];
  operations.forEach((op, index) => {
    if (op.sig === undefined) return;
    signed.push(index);
    const allowed = check.keysOf(op);
    if (typeof allowed === 'string') problems.push({ op, reason: 'no-key', detail: allowed });
    else keys[index] = allowed;
    const link = linkOf(op, operations, byHash);
    if (typeof link !== 'number') problems.push(link);
    else if (link >= 0) {
      links[index] = link;
      if (operations[link]?.sig !== undefined) named[link] = 1;
    }
  });
  const verified = new Set<Operation>();
  // Tips first (the ops no signed op names), then whatever no tip's chain reached.
  const order =
    check.every === true ? signed : [...signed.filter((index) => named[index] === 0), ...signed];
  for (const start of order) {
    const op = operations[start];
    const startKeys = keys[start];
    if (op === undefined || state[start] !== UNTRIED) continue;
    state[start] = TRIED;
    if (startKeys === undefined) continue;
    if (!check.verify(op, startKeys)) {
      problems.push({
        op,
        reason: 'bad-signature',
        detail: `its signature is not ${op.author}'s over what it says: it was forged, or altered after it was signed`,
      });
      continue;
    }
    state[start] = VERIFIED;
    verified.add(op);
    if (check.every === true) continue;
    // Vouched for by the signature above: every op down the chain, while its links hold.
    let at = links[start] ?? -1;
    while (at >= 0) {
      const below = operations[at];
      if (below?.sig === undefined || state[at] === VERIFIED || keys[at] === undefined) break;
      state[at] = VERIFIED;
      verified.add(below);
      at = links[at] ?? -1;
    }
  }
  problems.sort(
    (a, b) =>
      ORDER.indexOf(a.reason) - ORDER.indexOf(b.reason) ||
      (a.op.hlc < b.op.hlc ? -1 : a.op.hlc > b.op.hlc ? 1 : 0),
  );
  return { verified, problems };
}
