import { operationHash } from './canonical';
import type { Operation } from './operation';

/*
 * Checking a long log's signed ops (signatures.ts): every op is hashed, and
 * every link is checked; the signature of each author's newest op (the tip
 * of a chain, which no op names) is checked, and it vouches for every op its
 * chain reaches, since it signs the hash of the op before it, which holds
 * that op's signature and the hash of the one before, and so on down. Any
 * signed op that no vouched-for chain reaches has its own signature checked.
 * So a forged or altered op is always found, at the cost of one hash per op
 * instead of one signature check per op (Ed25519 checks cost about 100
 * times more).
 */

/** Why a signed op is refused. */
export type ChainProblemReason =
  /** The signature is not the author's over this content: forged, or altered since. */
  | 'bad-signature'
  /** The op its chain names is not in the log: an op of the author's was removed or changed. */
  | 'previous-missing'
  /** The op its chain names is another author's, or not earlier: the log was reordered. */
  | 'previous-out-of-order'
  /** No key may sign for this author (not on the roster, or removed from it by then). */
  | 'no-key'
  /** Not checked: the log had too many problems or unchained ops to check them all. */
  | 'unchecked';

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
  /** Whether `op`'s signature is one of `keys`' over its canonical bytes (signatures.ts, `signatureHolds`). */
  verify(op: Operation, keys: readonly Uint8Array[]): boolean;
  /** Check every signature itself instead of vouching down from each chain's tip. */
  readonly every?: boolean;
};

/** The outcome of {@link checkChains}. */
export type ChainCheck = {
  /** The signed ops that checked out (a set made when first read). */
  readonly verified: ReadonlySet<Operation>;
  /** Every signed op that did not, signature problems first, then by HLC. */
  readonly problems: readonly ChainProblem[];
  /**
   * Signed ops neither verified nor refused: left unchecked once there were
   * {@link MAX_CHAIN_PROBLEMS} problems or {@link MAX_SIGNATURE_CHECKS}
   * checks. A log with any is not verified (its caller refuses it).
   */
  readonly unchecked: number;
};

const ORDER: readonly ChainProblemReason[] = [
  'bad-signature',
  'no-key',
  'previous-missing',
  'previous-out-of-order',
  'unchecked',
];

/** The problem with a link from `op` to `previous` (the op its chain names), if any. */
function linkProblem(op: Operation, previous: Operation | undefined): ChainProblem | undefined {
  if (previous === undefined) {
    return {
      op,
      reason: 'previous-missing',
      detail: `the change before it by ${op.author} (SHA-256 ${String(op.chain).slice(0, 12)}…) is not in the workbook: one of their changes was removed or altered`,
    };
  }
  if (previous.author !== op.author || previous.hlc >= op.hlc) {
    return {
      op,
      reason: 'previous-out-of-order',
      detail: `the change it follows (${previous.id}) is not an earlier change of ${op.author}'s: the changes were reordered`,
    };
  }
  return undefined;
}

/**
 * How many problems {@link checkChains} finds before it stops checking
 * signatures one by one: past that the log is refused anyway, and a hostile
 * file of many broken chains would otherwise cost a signature check per op
 * (minutes in a browser). The ops left unchecked are counted, not listed.
 */
export const MAX_CHAIN_PROBLEMS = 100;

/**
 * How many signatures {@link checkChains} checks at most. An honest log needs
 * one per chain's newest op (one or two per author); a log of many
 * unchained ops would need one per op.
 */
export const MAX_SIGNATURE_CHECKS = 1000;

// What is known of each op while checking (one byte each: a long log's ops are many).
const UNTRIED = 0;
const VERIFIED = 1;
const TRIED = 2;
const SKIPPED = 3;

/** What {@link checkChains} learns of each op in one pass over the log. */
type Survey = {
  /** The index of the op each signed op's chain names, -1 for none (or a broken link). */
  readonly links: Int32Array;
  /** 1 for a signed op some signed op's chain names (not the tip of its chain). */
  readonly named: Uint8Array;
  /** The keys that may sign each signed op (undefined when none may). */
  readonly keys: (readonly Uint8Array[] | undefined)[];
  readonly signed: number[];
};

/**
 * Each signed op's keys and link, with the problem of any that does not
 * hold. Nearly every chain names the previous op of its author in the log,
 * which is tried first; a map of every op's hash is made only if one does
 * not.
 */
function survey(
  operations: readonly Operation[],
  check: ChainKeys,
  problems: ChainProblem[],
): Survey {
  const count = operations.length;
  const links = new Int32Array(count).fill(-1);
  const named = new Uint8Array(count);
  const keys: (readonly Uint8Array[] | undefined)[] = [];
  const signed: number[] = [];
  const latest = new Map<string, number>();
  let byHash: Map<string, number> | undefined;
  for (let index = 0; index < count; index += 1) {
    const op = operations[index];
    if (op === undefined) continue;
    const before = latest.get(op.author);
    latest.set(op.author, index);
    if (op.sig === undefined) continue;
    signed.push(index);
    const allowed = check.keysOf(op);
    if (typeof allowed === 'string') problems.push({ op, reason: 'no-key', detail: allowed });
    else keys[index] = allowed;
    const { chain } = op;
    if (chain === null || chain === undefined) continue;
    const previous = before === undefined ? undefined : operations[before];
    let at = previous !== undefined && operationHash(previous) === chain ? before : undefined;
    if (at === undefined) {
      byHash ??= new Map(operations.map((each, place) => [operationHash(each), place]));
      at = byHash.get(chain);
    }
    const linked = at === undefined ? undefined : operations[at];
    const problem = linkProblem(op, linked);
    if (problem !== undefined) {
      problems.push(problem);
    } else if (at !== undefined) {
      links[index] = at;
      if (linked?.sig !== undefined) named[at] = 1;
    }
  }
  return { links, named, keys, signed };
}

/**
 * Checks every signed op of `operations` (unsigned ops are the caller's
 * business): its author's key, its signature (directly or vouched for down
 * a chain, see above) and its chain link. Depends only on the set of ops.
 * Ops are kept by their index in typed arrays rather than in maps and sets:
 * a workbook has over a hundred thousand of them.
 */
export function checkChains(operations: readonly Operation[], check: ChainKeys): ChainCheck {
  const problems: ChainProblem[] = [];
  const { links, named, keys, signed } = survey(operations, check, problems);
  const state = new Uint8Array(operations.length);
  const every = check.every === true;
  let checks = 0;
  let unchecked = 0;
  let firstUnchecked: Operation | undefined;
  const visit = (start: number): void => {
    const op = operations[start];
    const startKeys = keys[start];
    if (op === undefined || state[start] !== UNTRIED) return;
    state[start] = TRIED;
    if (startKeys === undefined) return;
    if (!every && (problems.length >= MAX_CHAIN_PROBLEMS || checks >= MAX_SIGNATURE_CHECKS)) {
      state[start] = SKIPPED;
      unchecked += 1;
      firstUnchecked ??= op;
      return;
    }
    checks += 1;
    if (!check.verify(op, startKeys)) {
      problems.push({
        op,
        reason: 'bad-signature',
        detail: `its signature is not ${op.author}'s over what it says: it was forged, or altered after it was signed`,
      });
      return;
    }
    state[start] = VERIFIED;
    if (every) return;
    // Vouched for by the signature above: every op down the chain, while its links hold.
    let at = links[start] ?? -1;
    while (at >= 0) {
      const below = operations[at];
      if (below?.sig === undefined || state[at] === VERIFIED || keys[at] === undefined) break;
      if (state[at] === SKIPPED) unchecked -= 1;
      state[at] = VERIFIED;
      at = links[at] ?? -1;
    }
  };
  // Tips first (the ops no signed op names), then whatever no tip's chain reached.
  if (!every) for (const index of signed) if (named[index] === 0) visit(index);
  for (const index of signed) visit(index);
  if (firstUnchecked !== undefined && unchecked > 0) {
    problems.push({
      op: firstUnchecked,
      reason: 'unchecked',
      detail: `it and ${unchecked - 1} more signed change(s) were not checked: the workbook has more broken chains or unchained changes than are worth checking one by one`,
    });
  }
  problems.sort(
    (a, b) =>
      ORDER.indexOf(a.reason) - ORDER.indexOf(b.reason) ||
      (a.op.hlc < b.op.hlc ? -1 : a.op.hlc > b.op.hlc ? 1 : 0),
  );
  // Made when first asked for (by `log`): opening a workbook only needs the problems.
  let verified: Set<Operation> | undefined;
  return {
    get verified() {
      verified ??= new Set(operations.filter((_, index) => state[index] === VERIFIED));
      return verified;
    },
    problems,
    unchecked,
  };
}
