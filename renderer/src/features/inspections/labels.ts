import type { TeamMember } from '../../../../shared/domain';

/** Team roles in words, as the team would say them. */
const roleLabels: Readonly<Record<string, string>> = {
  lead: 'Lead inspector',
  inspector: 'Inspector',
  'council-officer': 'Council officer',
  moderator: 'Moderator',
};

/** A team role in words; an unknown role (a newer bundle) is shown as recorded. */
export function roleLabel(role: TeamMember['role']): string {
  return Object.hasOwn(roleLabels, role) ? (roleLabels[role] ?? role) : role;
}
