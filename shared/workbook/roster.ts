import {
  compareOperations,
  DELETED_FIELD,
  signatureHolds,
  type JsonValue,
  type Operation,
} from '../bundle';
import { verifyEd25519 } from '../crypto/ed25519';
import { ed25519FromSsh } from '../crypto/ssh-key';
import {
  ROSTER_ENTITY,
  ROSTER_SEAL_ENTITY,
  rosterMemberSchema,
  rosterSealSchema,
  type RosterMember,
  type RosterSeal,
} from './roster-record';

/*
 * The team roster as the log records it, replayed change by change in HLC
 * order: who is on it, with which keys, and whether each change to it was
 * made by someone entitled to make it. The lead makes the first change (adding
 * themselves, which nobody vouches for: the trust given to the roster is the
 * trust given to the lead's key, known to the team outside the workbook);
 * after that, only a lead on the roster changes it, each change signed with
 * the key the roster held for them just before. So a change of a lead's key
 * is signed by the old key, and a forged change cannot give itself a key.
 */

/** Why a change to the roster is refused. */
export type RosterProblemReason = 'roster-unsigned' | 'roster-not-lead' | 'roster-bad-signature';

/** A change to the roster that is refused. */
export type RosterProblem = {
  readonly op: Operation;
  readonly reason: RosterProblemReason;
  readonly detail: string;
};

/** The roster after replaying its changes. */
export type Roster = {
  /** Whether the log holds any change to the roster (then the workbook is a signed one). */
  readonly exists: boolean;
  /** The members now on the roster, by name. */
  readonly members: ReadonlyMap<string, RosterMember>;
  /** Every key the roster ever gave each member, oldest first. */
  readonly keys: ReadonlyMap<string, readonly Uint8Array[]>;
  /** When each member now off the roster was removed (the HLC of the removal). */
  readonly removedAt: ReadonlyMap<string, string>;
  /** The lead's seal over the unsigned changes made before the roster, with the change that set it. */
  readonly seal: { readonly op: Operation; readonly value: RosterSeal } | undefined;
  readonly problems: readonly RosterProblem[];
};

type Draft = { readonly fields: Map<string, JsonValue>; deleted: boolean };

/** Whether `op` is a change to the roster (a member or the seal). */
export function isRosterChange(op: Operation): boolean {
  return op.entity === ROSTER_ENTITY || op.entity === ROSTER_SEAL_ENTITY;
}

function keyOf(draft: Draft | undefined): Uint8Array | undefined {
  const text = draft?.fields.get('signingKey');
  return typeof text === 'string' ? ed25519FromSsh(text) : undefined;
}

function leadKey(state: Map<string, Draft>, name: string): Uint8Array | undefined {
  const draft = state.get(name);
  if (draft === undefined || draft.deleted || draft.fields.get('role') !== 'lead') return undefined;
  return keyOf(draft);
}

function hasLead(state: Map<string, Draft>): boolean {
  return [...state.keys()].some((name) => leadKey(state, name) !== undefined);
}

/** The key the first lead gives themselves: the first they set on their own record. */
function firstOwnKey(changes: readonly Operation[], author: string): Uint8Array | undefined {
  const first = changes.find(
    (op) =>
      op.entity === ROSTER_ENTITY &&
      op.entityId === author &&
      op.author === author &&
      op.field === 'signingKey',
  );
  return typeof first?.value === 'string' ? ed25519FromSsh(first.value) : undefined;
}

type Replay = {
  readonly state: Map<string, Draft>;
  readonly keys: Map<string, Uint8Array[]>;
  readonly removedAt: Map<string, string>;
  readonly seal: Map<string, { op: Operation; value: JsonValue }>;
  readonly problems: RosterProblem[];
};

/** The key `op` must be signed with, or why no key may sign it. */
function signerKey(
  replay: Replay,
  changes: readonly Operation[],
  op: Operation,
  first: { author?: string },
): Uint8Array | RosterProblem {
  if (hasLead(replay.state)) {
    const key = leadKey(replay.state, op.author);
    return (
      key ?? {
        op,
        reason: 'roster-not-lead',
        detail: `only the lead changes the team roster, and ${op.author} is not its lead`,
      }
    );
  }
  if (op.entity !== ROSTER_ENTITY || op.entityId !== op.author) {
    return {
      op,
      reason: 'roster-not-lead',
      detail: 'the roster has no lead yet, and only the lead adding themselves can begin it',
    };
  }
  if (first.author !== undefined && first.author !== op.author) {
    return {
      op,
      reason: 'roster-not-lead',
      detail: `${first.author} began the roster, so ${op.author} cannot begin another`,
    };
  }
  first.author = op.author;
  return (
    firstOwnKey(changes, op.author) ?? {
      op,
      reason: 'roster-bad-signature',
      detail: `${op.author} began the roster without giving a signing key`,
    }
  );
}

function apply(replay: Replay, op: Operation): void {
  if (op.entity === ROSTER_SEAL_ENTITY) {
    replay.seal.set(op.field, { op, value: op.value });
    return;
  }
  let draft = replay.state.get(op.entityId);
  if (draft === undefined) {
    draft = { fields: new Map(), deleted: false };
    replay.state.set(op.entityId, draft);
  }
  if (op.field === DELETED_FIELD) {
    draft.deleted = op.value === true;
    if (draft.deleted) replay.removedAt.set(op.entityId, op.hlc);
    else replay.removedAt.delete(op.entityId);
    return;
  }
  draft.fields.set(op.field, op.value);
  if (op.field === 'signingKey' && typeof op.value === 'string') {
    const key = ed25519FromSsh(op.value);
    if (key === undefined) return;
    const list = replay.keys.get(op.entityId) ?? [];
    list.push(key);
    replay.keys.set(op.entityId, list);
  }
}

function membersOf(state: Map<string, Draft>): Map<string, RosterMember> {
  const members = new Map<string, RosterMember>();
  for (const [name, draft] of state) {
    if (draft.deleted) continue;
    const parsed = rosterMemberSchema.safeParse(Object.fromEntries(draft.fields));
    if (parsed.success) members.set(name, parsed.data);
  }
  return members;
}

function sealOf(replay: Replay): Roster['seal'] {
  const unsigned = replay.seal.get('unsigned');
  if (unsigned === undefined) return undefined;
  const record = Object.fromEntries([...replay.seal].map(([field, set]) => [field, set.value]));
  const parsed = rosterSealSchema.safeParse(record);
  return parsed.success ? { op: unsigned.op, value: parsed.data } : undefined;
}

/** Replays the roster's changes in `operations`, checking who made each and their signatures. */
export function readRoster(operations: readonly Operation[]): Roster {
  const changes = operations.filter(isRosterChange).sort(compareOperations);
  const replay: Replay = {
    state: new Map(),
    keys: new Map(),
    removedAt: new Map(),
    seal: new Map(),
    problems: [],
  };
  const first: { author?: string } = {};
  for (const op of changes) {
    if (op.sig === undefined) {
      replay.problems.push({
        op,
        reason: 'roster-unsigned',
        detail: 'a change to the team roster must be signed by the lead',
      });
      continue;
    }
    const key = signerKey(replay, changes, op, first);
    if (!(key instanceof Uint8Array)) {
      replay.problems.push(key);
      continue;
    }
    if (!signatureHolds(op, [key], verifyEd25519)) {
      replay.problems.push({
        op,
        reason: 'roster-bad-signature',
        detail: `its signature is not the roster lead's (${op.author}'s) key over what it says: it was forged or altered`,
      });
      continue;
    }
    apply(replay, op);
  }
  return {
    exists: changes.length > 0,
    members: membersOf(replay.state),
    keys: replay.keys,
    removedAt: replay.removedAt,
    seal: sealOf(replay),
    problems: replay.problems,
  };
}

/** The keys that may sign `op` for its author under `roster`, or why none may. */
export function rosterKeysOf(roster: Roster, op: Operation): readonly Uint8Array[] | string {
  const keys = roster.keys.get(op.author);
  if (keys === undefined || keys.length === 0) {
    return `${op.author} is not on the team roster, so no key may sign for them`;
  }
  const removed = roster.removedAt.get(op.author);
  if (removed !== undefined && op.hlc > removed) {
    return `${op.author} had been removed from the team roster when this change was made`;
  }
  return keys;
}

/** The roster's lead now, if it has one. */
export function rosterLead(roster: Roster): RosterMember | undefined {
  return [...roster.members.values()].find((member) => member.role === 'lead');
}

/** The member whose signing key is `signingKey` (an `ssh-ed25519 …` line), if any. */
export function memberWithKey(roster: Roster, signingKey: string): RosterMember | undefined {
  const wanted = signingKey.trim();
  return [...roster.members.values()].find((member) => member.signingKey === wanted);
}
