import {
  careLeaversChecklist,
  childrenInCareChecklist,
  helpAndProtectionChecklist,
  leadersChecklist,
  overallChecklist,
} from '../checklists';
import type { FrameworkArea } from './types';

/**
 * The judgements several frameworks share, with their published labels
 * (Ofsted ILACS framework, https://www.gov.uk/government/publications/inspecting-local-authority-childrens-services-from-2018; test/fixtures/docs/ilacs.md §1.1b).
 */
export const leadersArea: FrameworkArea = {
  id: 'leaders',
  label: 'The impact of leaders on social work practice with children and families',
  // North Northamptonshire 2026 drops "social work" (test/fixtures/docs/ilacs.md §1.0 "Label variance").
  aliases: ['The impact of leaders on practice with children and families'],
  checklist: leadersChecklist,
};

export const helpAndProtectionArea: FrameworkArea = {
  id: 'help-and-protection',
  label: 'The experiences and progress of children who need help and protection',
  aliases: [],
  checklist: helpAndProtectionChecklist,
};

export const childrenInCareArea: FrameworkArea = {
  id: 'children-in-care',
  label: 'The experiences and progress of children in care',
  aliases: [],
  checklist: childrenInCareChecklist,
};

export const careLeaversArea: FrameworkArea = {
  id: 'care-leavers',
  label: 'The experiences and progress of care leavers',
  aliases: [],
  checklist: careLeaversChecklist,
};

export const overallArea: FrameworkArea = {
  id: 'overall',
  label: 'Overall effectiveness',
  aliases: [],
  checklist: overallChecklist,
};
