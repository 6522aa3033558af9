import { frameworkById, type Inspection } from '../domain';

function sameName(a: string, b: string): boolean {
  return (
    a.trim().replace(/\s+/g, ' ').toLowerCase() === b.trim().replace(/\s+/g, ' ').toLowerCase()
  );
}

/**
 * Who may moderate a grade: the lead inspector or a moderator named on the
 * inspection's team (for a self-assessment, which has no inspector, a council
 * officer on the team, who also signs it). Moderation is the second look at a
 * grade by someone who did not prepare it (a review that is not the
 * preparer's own; test/fixtures/docs/ilacs.md §2.4 item 5), so
 * somebody outside the team, or an inspector who prepared another area, may
 * not overturn a colleague's grade. Names are compared ignoring case and
 * spacing, as for the same-preparer note.
 */
export function mayModerate(inspection: Inspection, person: string): boolean {
  const roles =
    inspection.kind === 'self-assessment'
      ? ['lead', 'moderator', 'council-officer']
      : ['lead', 'moderator'];
  return inspection.team.some(
    (member) => roles.includes(member.role) && sameName(member.name, person),
  );
}

/** The refusal's sentence naming who may moderate on this team. */
export function moderatorsSentence(inspection: Inspection): string {
  const names = inspection.team
    .filter((member) => member.role === 'lead' || member.role === 'moderator')
    .map((member) => member.name);
  return names.length === 0
    ? 'This inspection’s team names no lead inspector or moderator.'
    : `Only ${names.join(' or ')} may moderate grades on this inspection.`;
}

/** An area's printed label under the inspection's framework, for messages people read. */
export function areaName(inspection: Inspection, area: string): string {
  const framework = frameworkById(inspection.framework);
  return (
    [...framework.areas, ...framework.selfAssessmentOnly].find((entry) => entry.id === area)
      ?.label ?? area
  );
}
