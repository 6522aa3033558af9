import type { TeamMember, Workbook } from '../domain';
import { err, ok, type Result } from '../util/result';

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
