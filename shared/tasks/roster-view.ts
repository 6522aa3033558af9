import type { Operation } from '../bundle';
import type { TeamMember, Workbook } from '../domain';
import { readRoster, rosterLead, type Roster } from '../workbook/roster';
import { signingKeyFingerprint } from './roster-keys';

/*
 * The team roster as a person reads it: who is on it with which keys, and
 * whether the lead has vouched for it. The app shows this; the command's
 * `log` gives the same verdict on every change.
 */

/** Whether the team can be trusted, and why. */
export type RosterStatus =
  | {
      /** The lead signed the roster and every change to it checks out. */
      readonly kind: 'verified';
      readonly lead: string;
      /** When the lead signed it (ISO 8601). */
      readonly signedAt: string;
    }
  | {
      /** No roster: a workbook made before roster signing, or whose lead has not signed yet. */
      readonly kind: 'unverified';
    }
  | {
      /** Changes to the roster that no lead's key signed (the app refuses such a file on opening). */
      readonly kind: 'refused';
      readonly reasons: readonly string[];
    };

/** One member as the roster (or, before it, the team) gives them. */
export type RosterRow = {
  readonly name: string;
  readonly role: TeamMember['role'];
  /** Whether the lead has put them on the signed roster. */
  readonly onRoster: boolean;
  readonly signingKey: string | null;
  /** Their signing key's fingerprint, as `ssh-keygen -l` prints it. */
  readonly signingFingerprint: string | null;
  readonly recipient: string | null;
  /** Whether their role signs reports: the lead, or a council officer in a self-assessment. */
  readonly signsReports: boolean;
  /** The SHA-256 (hex) of the certificate they sign reports with, if recorded. */
  readonly certificateSha256: string | null;
};

/** The roster's state and its members. */
export type RosterView = {
  readonly status: RosterStatus;
  readonly rows: readonly RosterRow[];
};

function statusOf(roster: Roster): RosterStatus {
  if (!roster.exists) return { kind: 'unverified' };
  const lead = rosterLead(roster);
  if (roster.problems.length > 0 || lead === undefined) {
    return {
      kind: 'refused',
      reasons:
        roster.problems.length > 0
          ? roster.problems.map((problem) => problem.detail)
          : ['the roster has no lead'],
    };
  }
  const seal = roster.seal?.value;
  return seal === undefined
    ? { kind: 'verified', lead: lead.member, signedAt: lead.at }
    : { kind: 'verified', lead: seal.by, signedAt: seal.at };
}

/**
 * The roster of `workbook` (whose log is `operations`): its members with
 * their keys, then anyone on the inspection's team not yet on it. Before the
 * lead signs, the team is listed with no keys and shown unverified.
 */
export function rosterView(workbook: Workbook, operations: readonly Operation[]): RosterView {
  const roster = readRoster(operations);
  const signerRole: TeamMember['role'] =
    workbook.inspection.kind === 'self-assessment' ? 'council-officer' : 'lead';
  const members: RosterRow[] = [...roster.members.values()].map((member) => ({
    name: member.member,
    role: member.role,
    onRoster: true,
    signingKey: member.signingKey,
    signingFingerprint: signingKeyFingerprint(member.signingKey) ?? null,
    recipient: member.recipient,
    signsReports: member.role === signerRole,
    certificateSha256: member.certificateSha256,
  }));
  const others: RosterRow[] = workbook.inspection.team
    .filter((member) => !roster.members.has(member.name))
    .map((member) => ({
      name: member.name,
      role: member.role,
      onRoster: false,
      signingKey: null,
      signingFingerprint: null,
      recipient: null,
      signsReports: member.role === signerRole,
      certificateSha256: null,
    }));
  return { status: statusOf(roster), rows: [...members, ...others] };
}
