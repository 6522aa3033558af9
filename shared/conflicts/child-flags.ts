import type { Conflict, ConflictReport, Lead } from './types';

/** The flags and leads naming one child (a flag's `children` are CHILD ids from the 903 episodes). */
export function flagsNamingChild(
  report: Pick<ConflictReport, 'conflicts' | 'leads'>,
  childId: string,
): { readonly flags: readonly Conflict[]; readonly leads: readonly Lead[] } {
  return {
    flags: report.conflicts.filter((flag) => flag.children.includes(childId)),
    leads: report.leads.filter((lead) => lead.children.includes(childId)),
  };
}
