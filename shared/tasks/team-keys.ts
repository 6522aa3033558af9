import type { Operation } from '../bundle';
import type { Workbook } from '../domain';
import { err, type Result } from '../util/result';
import {
  addRosterMember,
  currentWorkbook,
  readRoster,
  rosterLead,
  setMemberKey,
  teamKeys,
  type CommandContext,
  type CommandOutcome,
  type MemberKeyInput,
  type TeamMemberKey,
} from '../workbook';

/*
 * One source for the `age` keys (https://age-encryption.org/v1) a bundle of
 * the inspection, and a segment written to its team folder, are encrypted to.
 *
 * Two records can hold a member's key: the member-key record (`workbook team
 * key`, which anyone on the team may set for anyone, made before the team
 * roster existed), and the signed team roster, which only its lead changes.
 * Sealing to both would let them disagree, and would let a colleague in a
 * signed workbook have everyone's files encrypted to a key of their choosing
 * for someone else's name, which the roster exists to prevent. So:
 *
 * - once the lead has signed the roster, the roster alone gives the keys:
 *   each member now on it with the age key the lead recorded for them. A
 *   member removed from it is no longer a recipient, and a member-key record
 *   (older, or set since) counts for nothing;
 * - before that (an unsigned workbook, which every workbook made before the
 *   roster is), the member-key records give them, as they always have, so an
 *   old workbook keeps encrypting to the same people.
 *
 * `recordTeamKey` follows the same rule, so `workbook team key` and the app
 * change the key that is in force: the member-key record before the roster,
 * the lead's roster entry after it.
 */

/** Where the keys in force come from. */
export type TeamKeySource = 'roster' | 'member-keys';

/** The team, each member with the key bundles are encrypted to (if any), and where it comes from. */
export type TeamKeys = {
  readonly source: TeamKeySource;
  readonly members: readonly TeamMemberKey[];
};

/**
 * The keys in force for `workbook` (whose log is `operations`): the team in
 * its order, each member with the key a bundle of it is encrypted to.
 */
export function teamKeysInForce(workbook: Workbook, operations: readonly Operation[]): TeamKeys {
  const roster = readRoster(operations);
  if (!roster.exists) return { source: 'member-keys', members: teamKeys(workbook, operations) };
  return {
    source: 'roster',
    members: workbook.inspection.team.map((member) => {
      const entry = roster.members.get(member.name);
      return entry === undefined || entry.recipient === null
        ? { member }
        : {
            member,
            key: { member: entry.member, recipient: entry.recipient, by: entry.by, at: entry.at },
          };
    }),
  };
}

function notOnRoster(name: string): Result<never> {
  return err(
    'team-key.not-on-roster',
    `${name} is not on the signed team roster: its lead adds them with their keys (\`workbook team add\`, or the Team page in the app).`,
  );
}

/**
 * Records (or removes, with `recipient: null`) the key a member's bundles
 * are encrypted to, where it is in force: before the roster, the member-key
 * record anyone on the team may set; once the roster is signed, the
 * member's entry on it, which only its lead changes (their signing key and
 * certificate kept as they are).
 */
export function recordTeamKey(
  context: CommandContext,
  input: MemberKeyInput,
): Result<CommandOutcome> {
  const roster = readRoster(context.operations);
  if (!roster.exists) return setMemberKey(context, input);
  const workbook = currentWorkbook(context);
  if (!workbook.ok) return workbook;
  const name = input.member.trim();
  const team = workbook.data.inspection.team;
  if (!team.some((m) => m.name === name)) {
    return err(
      'member-key.not-on-team',
      `"${name.slice(0, 80)}" is not on this inspection's team (${team.map((m) => m.name).join(', ')}).`,
    );
  }
  const lead = rosterLead(roster)?.member;
  if (lead !== context.author) {
    return err(
      'roster.not-lead',
      `Once the team roster is signed, only its lead (${lead ?? 'none'}) changes a member's key; you are working as "${context.author}".`,
    );
  }
  const entry = roster.members.get(name);
  if (entry === undefined) return notOnRoster(name);
  const recipient = input.recipient?.trim() ?? null;
  if (recipient === null && entry.recipient === null) {
    return err('member-key.none', `${name} has no key to remove.`);
  }
  return addRosterMember(context, {
    member: name,
    signingKey: entry.signingKey,
    recipient,
    certificateSha256: entry.certificateSha256,
  });
}
