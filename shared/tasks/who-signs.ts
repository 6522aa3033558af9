import type { Operation } from '../bundle';
import type { TeamMember, Workbook } from '../domain';
import { err, ok, type Result } from '../util/result';
import { actingMember } from '../workbook/signing';
import { readRoster } from '../workbook/roster';

/** The roles that sign a report: the lead inspector, or a council officer for a self-assessment. */
export type SignerRole = Extract<TeamMember['role'], 'lead' | 'council-officer'>;

/**
 * Who may sign the report, decided from the workbook's own team and the name
 * of the person acting (never a role they claim for themselves): an Ofsted
 * report or letter only its lead inspector, a council's self-assessment only
 * a council officer on its team, never an inspector
 * (https://www.gov.uk/government/publications/inspecting-local-authority-childrens-services-from-2018).
 * Returns the role they sign in, or a refusal that names who may sign; the
 * message names no command, so the app and the command can both show it.
 */
export function whoMaySign(workbook: Workbook, acting: string): Result<SignerRole> {
  const wanted: SignerRole =
    workbook.inspection.kind === 'self-assessment' ? 'council-officer' : 'lead';
  const name = acting.trim();
  const allowed = workbook.inspection.team.filter((m) => m.role === wanted).map((m) => m.name);
  if (allowed.includes(name)) return ok(wanted);
  const who = allowed.length === 0 ? 'none is on the team' : allowed.join(', ');
  return err(
    'sign.not-allowed',
    wanted === 'lead'
      ? `Only the lead inspector may sign this report (lead: ${who}); you are working as "${name}".`
      : `Only a council officer on the team may sign a self-assessment (council officers: ${who}); you are working as "${name}".`,
  );
}

/** Who signs, as the team roster proves it: their name, role and certificate's fingerprint. */
export type RosterSigner = {
  readonly name: string;
  readonly role: SignerRole;
  readonly certificateSha256: string | null;
};

/**
 * Who may sign the report in a workbook whose lead has signed the team
 * roster: the member whose signing key the person holds (proven by the key,
 * not by a typed name), if their role on the roster allows it.
 */
export function whoMaySignByKey(
  workbook: Workbook,
  operations: readonly Operation[],
  signingKey: string,
): Result<RosterSigner> {
  const member = actingMember(operations, signingKey);
  if (!member.ok) return err('sign.not-on-roster', member.error.message);
  const wanted: SignerRole =
    workbook.inspection.kind === 'self-assessment' ? 'council-officer' : 'lead';
  const { member: name, role, certificateSha256 } = member.data;
  if (role === wanted) return ok({ name, role: wanted, certificateSha256 });
  const allowed = [...readRoster(operations).members.values()]
    .filter((m) => m.role === wanted)
    .map((m) => m.member);
  const who = allowed.length === 0 ? 'none is on the roster' : allowed.join(', ');
  return err(
    'sign.not-allowed',
    wanted === 'lead'
      ? `Only the lead inspector may sign this report (lead: ${who}); your signing key is ${name}'s, on the team roster as ${role}.`
      : `Only a council officer on the team may sign a self-assessment (council officers: ${who}); your signing key is ${name}'s, on the team roster as ${role}.`,
  );
}

/**
 * Whether `certificateSha256` (the SHA-256 of the signing certificate) is
 * the one the roster records for the signer. A demo certificate, made on
 * the spot and named a demo in its subject, is let through only when the
 * roster records none (the demo's own team).
 */
export function certificateAllowed(
  signer: RosterSigner,
  certificateSha256: string,
  demo: boolean,
): Result<void> {
  const recorded = signer.certificateSha256;
  if (recorded === certificateSha256 || (recorded === null && demo)) return ok(undefined);
  if (recorded === null) {
    return err(
      'sign.no-certificate',
      `The team roster records no signing certificate for ${signer.name}, so no certificate may sign as them yet; the lead records its SHA-256 (this one is ${certificateSha256}) on the roster first.`,
    );
  }
  return err(
    'sign.wrong-certificate',
    `This certificate (SHA-256 ${certificateSha256}) is not the one the team roster records for ${signer.name} (SHA-256 ${recorded}); sign with that one, or ask the lead to record the new one.`,
  );
}
