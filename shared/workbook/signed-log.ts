import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex, utf8ToBytes } from '@noble/hashes/utils.js';
import {
  checkChains,
  operationHash,
  operationMessage,
  signatureHolds,
  signatureOf,
  type Operation,
} from '../bundle';
import { verifyEd25519, verifyEd25519Many, type SignatureCheck } from '../crypto/ed25519';
import { readRoster, rosterKeysOf, type Roster } from './roster';

/*
 * Checking a workbook's log against its roster (roster.ts). A workbook with
 * no roster is an unsigned one (made before signing existed, or not yet
 * signed by its lead): every change in it is shown unverified, none refused.
 * Once the lead has signed the roster, every change must be signed by its
 * author's key on the roster (shared/bundle/signatures.ts), except the
 * unsigned changes made before, which the lead sealed when signing the
 * roster: their number and a SHA-256 over their hashes, per author, so an
 * unsigned change added later, with any date, does not match the seal.
 */

/** Why a change is refused, as a stable code. */
export type LogProblemReason =
  | 'unsigned'
  | 'bad-signature'
  | 'no-key'
  | 'previous-missing'
  | 'previous-out-of-order'
  | 'unchecked'
  | 'roster-unsigned'
  | 'roster-not-lead'
  | 'roster-bad-signature';

/** A change refused: which, who it says made it, and why. */
export type LogProblem = {
  readonly opId: string;
  readonly author: string;
  readonly reason: LogProblemReason;
  /** One sentence naming the change, its claimed author and the reason. */
  readonly message: string;
};

/** The outcome of checking a log. */
export type LogVerification = {
  /** Whether the workbook has a roster: its changes must then be signed. */
  readonly signed: boolean;
  /** The changes whose signature checked out against the roster. */
  readonly verified: ReadonlySet<Operation>;
  readonly problems: readonly LogProblem[];
  /** Signed changes left unchecked once there were too many problems (one problem names them). */
  readonly unchecked: number;
  readonly roster: Roster;
};

function problem(op: Operation, reason: LogProblemReason, detail: string): LogProblem {
  return {
    opId: op.id,
    author: op.author,
    reason,
    message: `change ${op.id} (${op.entity} "${op.entityId.slice(0, 80)}", ${op.field}), which says it is by ${op.author}, is refused: ${detail}`,
  };
}

/** Per author: the count of `ops` and a SHA-256 over their hashes, sorted (what the seal holds). */
export function unsignedDigests(
  ops: Iterable<Operation>,
): Record<string, { count: number; digest: string }> {
  const byAuthor = new Map<string, string[]>();
  for (const op of ops) {
    if (op.sig !== undefined) continue;
    const list = byAuthor.get(op.author) ?? [];
    list.push(operationHash(op));
    byAuthor.set(op.author, list);
  }
  const out: [string, { count: number; digest: string }][] = [];
  for (const [author, hashes] of [...byAuthor].sort(([a], [b]) => (a < b ? -1 : 1))) {
    hashes.sort();
    out.push([
      author,
      { count: hashes.length, digest: bytesToHex(sha256(utf8ToBytes(hashes.join('\n')))) },
    ]);
  }
  return Object.fromEntries(out);
}

/** The unsigned changes the seal does not cover, each refused. */
function unsealed(operations: readonly Operation[], roster: Roster): LogProblem[] {
  const unsigned = operations.filter((op) => op.sig === undefined);
  const sealed = roster.seal?.value.unsigned ?? {};
  const sealedAt = roster.seal?.op.hlc;
  const found = unsignedDigests(unsigned);
  const problems: LogProblem[] = [];
  for (const author of new Set([...Object.keys(found), ...Object.keys(sealed)])) {
    const want = Object.hasOwn(sealed, author) ? sealed[author] : undefined;
    const have = Object.hasOwn(found, author) ? found[author] : undefined;
    if (want?.digest === have?.digest) continue;
    const theirs = unsigned.filter((op) => op.author === author);
    const late = theirs.filter((op) => sealedAt === undefined || op.hlc > sealedAt);
    if (late.length > 0) {
      for (const op of late) {
        problems.push(
          problem(
            op,
            'unsigned',
            'it carries no signature, and the workbook’s changes must be signed',
          ),
        );
      }
      continue;
    }
    const named = theirs.at(-1) ?? roster.seal?.op;
    if (named === undefined) continue;
    problems.push(
      problem(
        named,
        'unsigned',
        `the unsigned changes by ${author} made before the roster (${have?.count ?? 0}) are not the ${want?.count ?? 0} the lead sealed when signing it: one was added, removed or altered`,
      ),
    );
  }
  return problems;
}

function finish(
  operations: readonly Operation[],
  roster: Roster,
  verify: (op: Operation, keys: readonly Uint8Array[]) => boolean,
  every: boolean,
): LogVerification {
  if (!roster.exists) {
    return { signed: false, verified: new Set(), problems: [], unchecked: 0, roster };
  }
  const chains = checkChains(operations, {
    keysOf: (op) => rosterKeysOf(roster, op),
    verify,
    every,
  });
  const problems = [
    ...roster.problems.map((p) => problem(p.op, p.reason, p.detail)),
    ...chains.problems.map((p) => problem(p.op, p.reason, p.detail)),
    ...unsealed(operations, roster),
  ];
  return {
    signed: true,
    // Read through, so the set is made only if asked for (chains.ts).
    get verified() {
      return chains.verified;
    },
    problems,
    unchecked: chains.unchecked,
    roster,
  };
}

/**
 * Checks a log against its roster as opening and merging do: every hash
 * link, and each author's newest signature, which vouches for the rest of
 * their chain (shared/bundle/signatures.ts); any op no chain vouches for
 * is checked on its own.
 */
export function verifyLog(operations: readonly Operation[]): LogVerification {
  const roster = readRoster(operations);
  return finish(operations, roster, (op, keys) => signatureHolds(op, keys, verifyEd25519), false);
}

/**
 * Checks a log as `log` does: every signature on its own (with WebCrypto
 * where the platform has Ed25519, many at once), as well as every link.
 */
export async function verifyLogFully(operations: readonly Operation[]): Promise<LogVerification> {
  const roster = readRoster(operations);
  if (!roster.exists) return finish(operations, roster, () => false, true);
  const checks: SignatureCheck[] = [];
  const owners: Operation[] = [];
  for (const op of operations) {
    const keys = rosterKeysOf(roster, op);
    const signature = signatureOf(op);
    if (typeof keys === 'string' || signature === undefined) continue;
    const message = operationMessage(op);
    for (const publicKey of keys) {
      checks.push({ publicKey, message, signature });
      owners.push(op);
    }
  }
  const results = await verifyEd25519Many(checks);
  const good = new Set<Operation>();
  results.forEach((holds, index) => {
    const op = owners[index];
    if (holds && op !== undefined) good.add(op);
  });
  return finish(operations, roster, (op) => good.has(op), true);
}

/** The first problem as one refusal sentence (with a count of the rest), or undefined. */
export function refusalOf(verification: LogVerification): string | undefined {
  const [first, ...rest] = verification.problems;
  if (first === undefined) return undefined;
  // The unchecked changes are named by one problem; the rest of them are counted here.
  const others = rest.length + Math.max(0, verification.unchecked - 1);
  const more = others === 0 ? '' : ` (and ${others} more refused change(s))`;
  return `${first.message}${more}. The workbook was altered or forged; ask the sender for a copy exported from the app or the command.`;
}
