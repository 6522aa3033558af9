import { DELETED_FIELD, materialise, type JsonValue, type Operation } from '../bundle';
import { recipientProblem } from '../crypto/recipient';
import { ed25519FromSsh } from '../crypto/ssh-key';
import type { Result } from '../util/result';
import {
  checked,
  currentWorkbook,
  refuse,
  type CommandContext,
  type CommandOutcome,
} from './context';
import { readRoster, rosterLead } from './roster';
import { ROSTER_ENTITY, ROSTER_SEAL_ENTITY, ROSTER_SEAL_ID } from './roster-record';
import { unsignedDigests } from './signed-log';

/*
 * Changing the team roster. The commands make the changes; whoever runs
 * them (the command line, the app) signs them with the acting person's key
 * (signing.ts), and the roster accepts them only from its lead (roster.ts).
 */

/** A member's keys as given: their Ed25519 signing key, and optionally more. */
export type RosterKeys = {
  /** `ssh-ed25519 AAAA…`, as `workbook keys show` or the app's Settings print it. */
  readonly signingKey: string;
  /** Their age public key (`age1…`), to which bundles are encrypted. */
  readonly recipient?: string | null;
  /** The SHA-256 (hex) of the certificate they sign reports with. */
  readonly certificateSha256?: string | null;
};

function keysProblem(keys: RosterKeys): Result<void> | undefined {
  if (ed25519FromSsh(keys.signingKey) === undefined) {
    return refuse(
      'roster.signing-key',
      `"${keys.signingKey.slice(0, 24)}…" is not an Ed25519 signing key (one starts "ssh-ed25519 AAAA", as \`workbook keys show\` or the app's Settings print it).`,
    );
  }
  const recipient = keys.recipient ?? null;
  const problem = recipient === null ? undefined : recipientProblem(recipient);
  if (problem !== undefined) return refuse('roster.recipient', `The age key: ${problem}.`);
  const certificate = keys.certificateSha256 ?? null;
  if (certificate !== null && !/^[0-9a-f]{64}$/.test(certificate)) {
    return refuse(
      'roster.certificate',
      'A certificate fingerprint is its SHA-256 in 64 hex digits (lower case), as `workbook verify` prints it.',
    );
  }
  return undefined;
}

function normalised(keys: RosterKeys): RosterKeys {
  const certificate = keys.certificateSha256?.trim().toLowerCase().replaceAll(':', '');
  return {
    signingKey: keys.signingKey.trim(),
    recipient: keys.recipient?.trim() ?? null,
    certificateSha256: certificate === undefined || certificate === '' ? null : certificate,
  };
}

/** Writes a member's record: a new one, or only the fields that changed. */
function writeMember(
  context: CommandContext,
  member: string,
  fields: { readonly [field: string]: JsonValue },
): Operation[] {
  const revived: Operation[] = [];
  if (materialise(context.operations)[ROSTER_ENTITY]?.[member] === undefined) {
    // Added before and removed since: bring the record back (its creation's `$deleted: false`).
    const created = context.operations.find(
      (op) =>
        op.entity === ROSTER_ENTITY &&
        op.entityId === member &&
        op.field === DELETED_FIELD &&
        op.value === false,
    );
    if (created === undefined) return context.recorder.create(ROSTER_ENTITY, member, fields);
    const op = context.recorder.restore(created.id);
    if (op !== null) revived.push(op);
  }
  return [
    ...revived,
    ...Object.entries(fields).flatMap(([field, value]) => {
      const op = context.recorder.change({ entity: ROSTER_ENTITY, id: member, field, value });
      return op === null ? [] : [op];
    }),
  ];
}

/**
 * The lead begins the roster with their own keys (the trust in the roster
 * starts from the lead's key, which the team knows outside the workbook),
 * and seals the unsigned changes already in the workbook: from then on,
 * every change must be signed. Only a lead on the inspection's team may.
 */
export function signRoster(context: CommandContext, keys: RosterKeys): Result<CommandOutcome> {
  const workbook = currentWorkbook(context);
  if (!workbook.ok) return workbook;
  if (readRoster(context.operations).exists) {
    return refuse(
      'roster.exists',
      'The lead has already signed this workbook’s team roster; add or remove members instead.',
    );
  }
  const leads = workbook.data.inspection.team.filter((m) => m.role === 'lead');
  if (!leads.some((m) => m.name === context.author)) {
    return refuse(
      'roster.not-lead',
      `Only the lead inspector begins the team roster (lead: ${leads.map((m) => m.name).join(', ') || 'none on the team'}); you are working as "${context.author}".`,
    );
  }
  // Checked as recorded: a fingerprint as openssl prints it (AB:CD:…) is the same one.
  const given = normalised(keys);
  const problem = keysProblem(given);
  if (problem !== undefined && !problem.ok) return problem;
  const at = context.now();
  const member = writeMember(context, context.author, {
    member: context.author,
    role: 'lead',
    signingKey: given.signingKey,
    recipient: given.recipient ?? null,
    certificateSha256: given.certificateSha256 ?? null,
    by: context.author,
    at,
  });
  const seal = context.recorder.create(ROSTER_SEAL_ENTITY, ROSTER_SEAL_ID, {
    unsigned: unsignedDigests(context.operations),
    by: context.author,
    at,
  });
  return checked(context, context.author, [...member, ...seal]);
}

/** Who to add to the roster (a member of the inspection's team) and their keys. */
export type RosterMemberInput = RosterKeys & { readonly member: string };

function leadCheck(context: CommandContext): Result<void> | undefined {
  const roster = readRoster(context.operations);
  if (!roster.exists) {
    return refuse(
      'roster.none',
      'This workbook has no signed team roster yet: its lead signs it first (`workbook team sign`, or Overview > The team in the app).',
    );
  }
  const lead = rosterLead(roster);
  if (lead?.member !== context.author) {
    return refuse(
      'roster.not-lead',
      `Only the roster's lead (${lead?.member ?? 'none'}) adds or removes members; you are working as "${context.author}".`,
    );
  }
  return undefined;
}

/** The lead adds a member of the team to the roster, or changes their keys. */
export function addRosterMember(
  context: CommandContext,
  input: RosterMemberInput,
): Result<CommandOutcome> {
  const workbook = currentWorkbook(context);
  if (!workbook.ok) return workbook;
  const notLead = leadCheck(context);
  if (notLead !== undefined && !notLead.ok) return notLead;
  const name = input.member.trim();
  const onTeam = workbook.data.inspection.team.find((m) => m.name === name);
  if (onTeam === undefined) {
    return refuse(
      'roster.not-on-team',
      `"${name.slice(0, 80)}" is not on this inspection's team (${workbook.data.inspection.team.map((m) => m.name).join(', ')}).`,
    );
  }
  const given = normalised(input);
  const problem = keysProblem(given);
  if (problem !== undefined && !problem.ok) return problem;
  const operations = writeMember(context, name, {
    member: name,
    role: onTeam.role,
    signingKey: given.signingKey,
    recipient: given.recipient ?? null,
    certificateSha256: given.certificateSha256 ?? null,
    by: context.author,
    at: context.now(),
  });
  return checked(context, name, operations);
}

/** The lead removes a member from the roster: their later changes are refused. */
export function removeRosterMember(
  context: CommandContext,
  member: string,
): Result<CommandOutcome> {
  const notLead = leadCheck(context);
  if (notLead !== undefined && !notLead.ok) return notLead;
  const name = member.trim();
  if (name === context.author) {
    return refuse('roster.self', 'The lead cannot remove themselves from the roster.');
  }
  if (!readRoster(context.operations).members.has(name)) {
    return refuse('roster.not-member', `"${name.slice(0, 80)}" is not on the team roster.`);
  }
  const op = context.recorder.remove(ROSTER_ENTITY, name);
  return checked(context, name, op === null ? [] : [op]);
}
