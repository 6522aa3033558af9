import type { AreaId } from '../areas';
import { careLeaversChecklist } from './care-leavers';
import { childrenInCareChecklist } from './children-in-care';
import { helpAndProtectionChecklist } from './help-and-protection';
import { leadersChecklist } from './leaders';
import { overallChecklist } from './overall';
import type { ChecklistItem } from './types';

export type { ChecklistGroup, ChecklistItem } from './types';
export {
  careLeaversChecklist,
  childrenInCareChecklist,
  helpAndProtectionChecklist,
  leadersChecklist,
  overallChecklist,
};

/**
 * Checklist for the combined pre-2023 judgement "children in care and care
 * leavers": the children-in-care items followed by the care-leaver topics
 * (`good` group). **[inferred]**: test/fixtures/docs/ilacs.md §1.1a notes the children-in-care
 * section was headed "and care leavers" before 2023, and care-leaver topics
 * were judged there; Ofsted's Dec 2022 criteria belong to the new judgement,
 * so they are left out.
 */
export const childrenInCareAndCareLeaversChecklist: readonly ChecklistItem[] = [
  ...childrenInCareChecklist,
  ...careLeaversChecklist.filter((item) => item.group === 'good'),
];

/** The checklist for each judgement area, as test/fixtures/docs/ilacs.md §1.1a gives them. */
export const checklists: Readonly<Record<AreaId, readonly ChecklistItem[]>> = {
  overall: overallChecklist,
  leaders: leadersChecklist,
  'help-and-protection': helpAndProtectionChecklist,
  'children-in-care': childrenInCareChecklist,
  'care-leavers': careLeaversChecklist,
  'children-in-care-and-care-leavers': childrenInCareAndCareLeaversChecklist,
};

/** Finds a checklist item by id across every judgement, or `undefined`. */
export function checklistItem(id: string): ChecklistItem | undefined {
  for (const items of Object.values(checklists)) {
    const found = items.find((item) => item.id === id);
    if (found !== undefined) return found;
  }
  return undefined;
}
