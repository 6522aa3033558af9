import { materialise, type Operation } from '../bundle';
import { recipientProblem } from '../crypto/recipient';
import {
  MEMBER_KEY_ENTITY,
  memberKeyRecordSchema,
  type MemberKeyRecord,
} from './member-key-record';
import type { TeamMember, Workbook } from '../domain';
import type { Result } from '../util/result';
import {
  checked,
  currentWorkbook,
  refuse,
  type CommandContext,
  type CommandOutcome,
} from './context';

/*
 * Team members' public keys: the age recipient (https://age-encryption.org/v1)
 * a bundle of the inspection is encrypted to for each member. Kept in the log
 * as one record per member, keyed by the member's name, rather than inside
 * the inspection's `team` list: two inspectors adding their own keys on
 * their own copies then merge without one key replacing the other, and every
 * key set or removed stays in the audit trail.
 */

// The log's limit on an entity id (shared/bundle/operation.ts).
const MAX_NAME = 200;

/** A member's key in force (a removed one is left out). */
export type MemberKey = MemberKeyRecord & { readonly recipient: string };

function hasKey(record: MemberKeyRecord): record is MemberKey {
  return record.recipient !== null;
}

function recordsIn(state: ReturnType<typeof materialise>): Map<string, MemberKeyRecord> {
  const found = new Map<string, MemberKeyRecord>();
  for (const [id, value] of Object.entries(state[MEMBER_KEY_ENTITY] ?? {})) {
    const parsed = memberKeyRecordSchema.safeParse(value);
    if (parsed.success) found.set(id, parsed.data);
  }
  return found;
}

/** Every member's key in force, by member name (names no longer on the team included). */
export function memberKeys(operations: readonly Operation[]): Map<string, MemberKey> {
  return new Map(
    [...recordsIn(materialise(operations))].filter((entry): entry is [string, MemberKey] =>
      hasKey(entry[1]),
    ),
  );
}

/** One member of the team with the key recorded for them, if any. */
export type TeamMemberKey = { readonly member: TeamMember; readonly key?: MemberKey };

/**
 * The team, in its order, each member with their key: only members on the
 * team now, so a bundle is never encrypted to someone who has left it.
 */
export function teamKeys(workbook: Workbook, operations: readonly Operation[]): TeamMemberKey[] {
  const keys = memberKeys(operations);
  return workbook.inspection.team.map((member) => {
    const key = keys.get(member.name);
    return key === undefined ? { member } : { member, key };
  });
}

/** The public keys a bundle of the team is encrypted to, each once, in team order. */
export function teamRecipients(team: readonly TeamMemberKey[]): string[] {
  return [
    ...new Set(team.flatMap((entry) => (entry.key === undefined ? [] : [entry.key.recipient]))),
  ];
}

/** What to record: a member's new key, or `null` to remove theirs. */
export type MemberKeyInput = { readonly member: string; readonly recipient: string | null };

/**
 * Records a team member's public key (or removes it). Refuses a name not on
 * the team and a text that is not an age public key, in one line that never
 * repeats a secret key pasted by mistake.
 */
export function setMemberKey(
  context: CommandContext,
  input: MemberKeyInput,
): Result<CommandOutcome> {
  const workbook = currentWorkbook(context);
  if (!workbook.ok) return workbook;
  const member = input.member.trim();
  const team = workbook.data.inspection.team;
  if (!team.some((m) => m.name === member)) {
    return refuse(
      'member-key.not-on-team',
      `"${member.slice(0, 80)}" is not on this inspection's team (${team.map((m) => m.name).join(', ') || 'no one yet'}).`,
    );
  }
  if (member.length > MAX_NAME) {
    return refuse(
      'member-key.name',
      `A key can be recorded only for a name of at most ${MAX_NAME} characters.`,
    );
  }
  const recipient = input.recipient?.trim() ?? null;
  if (recipient !== null) {
    const problem = recipientProblem(recipient);
    if (problem !== undefined) return refuse('member-key.invalid', `${member}'s key: ${problem}.`);
  }
  const state = materialise(context.operations);
  const existing = recordsIn(state).get(member);
  if (recipient === null && (existing?.recipient ?? null) === null) {
    return refuse('member-key.none', `${member} has no key to remove.`);
  }
  // The same key again records nothing, as saving an unchanged form does.
  if (existing !== undefined && existing.recipient === recipient) {
    return checked(context, member, []);
  }
  const fields = { member, recipient, by: context.author, at: context.now() };
  const operations =
    state[MEMBER_KEY_ENTITY]?.[member] === undefined
      ? context.recorder.create(MEMBER_KEY_ENTITY, member, fields)
      : Object.entries(fields).flatMap(([field, value]) => {
          const op = context.recorder.change({
            entity: MEMBER_KEY_ENTITY,
            id: member,
            field,
            value,
          });
          return op === null ? [] : [op];
        });
  return checked(context, member, operations);
}
