import type { InspectionKindId, TeamMember } from '../../../../shared/domain';

/** Names typed one per line, trimmed, blanks and repeats dropped, in the order typed. */
function namesIn(text: string): string[] {
  return [
    ...new Set(
      text
        .split('\n')
        .map((line) => line.trim())
        .filter((line) => line !== ''),
    ),
  ];
}

export type TeamFromForm =
  | { readonly ok: true; readonly team: readonly TeamMember[] }
  | { readonly ok: false; readonly message: string };

/**
 * The team the create form describes: the person creating the inspection
 * leads it (or, for a self-assessment, is its council officer); the others
 * are inspectors (council officers for a self-assessment); moderators may
 * moderate grades beside the lead, as Ofsted's quality assurance of
 * judgements is done by the lead or a named colleague
 * (https://www.gov.uk/government/publications/inspecting-local-authority-childrens-services-from-2018).
 * Someone is on the team once, in one role, so a name in both lists is refused.
 */
export function teamFromForm(
  userName: string,
  kind: InspectionKindId,
  othersText: string,
  moderatorsText: string,
): TeamFromForm {
  const selfAssessment = kind === 'self-assessment';
  const moderators = namesIn(moderatorsText);
  const others = namesIn(othersText);
  if (moderators.includes(userName))
    return {
      ok: false,
      message: `Remove your own name (${userName}) from the moderators: you ${selfAssessment ? 'are the council officer' : 'lead the inspection'}`,
    };
  const both = others.find((name) => moderators.includes(name));
  if (both !== undefined)
    return {
      ok: false,
      message: `Name ${both} once: either among the other members of the team or among the moderators`,
    };
  const otherRole: TeamMember['role'] = selfAssessment ? 'council-officer' : 'inspector';
  return {
    ok: true,
    team: [
      { name: userName, role: selfAssessment ? 'council-officer' : 'lead' },
      ...others.filter((name) => name !== userName).map((name) => ({ name, role: otherRole })),
      ...moderators.map((name) => ({ name, role: 'moderator' as const })),
    ],
  };
}
