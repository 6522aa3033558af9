import {
  careLeaversChecklist,
  childrenInCareChecklist,
  helpAndProtectionChecklist,
  leadersChecklist,
  overallChecklist,
} from '../checklists';
import type { Framework } from './types';

/**
 * ILACS as used from 1 January 2023 (care leavers graded separately) until
 * 31 March 2026 (last on-site date with an "Overall effectiveness" grade).
 * Labels: domain.md §1.1 "Judgement labels (exact)" and the report skeleton
 * in ilacs.md §1.1b. Start date: gov.uk consultation outcome "A new ILACS
 * judgement on the experiences and progress of care leavers" (Dec 2022), as
 * cited in domain.md §1.1 and ilacs.md §1.0.
 */
export const ilacs2023: Framework = {
  id: 'ilacs-2023',
  name: 'ILACS with a separate care leavers judgement (January 2023 to March 2026)',
  onSiteFrom: '2023-01-01',
  onSiteTo: '2026-03-31',
  gradesOverall: true,
  areas: [
    {
      id: 'leaders',
      label: 'The impact of leaders on social work practice with children and families',
      aliases: ['The impact of leaders on practice with children and families'],
      checklist: leadersChecklist,
    },
    {
      id: 'help-and-protection',
      label: 'The experiences and progress of children who need help and protection',
      aliases: [],
      checklist: helpAndProtectionChecklist,
    },
    {
      id: 'children-in-care',
      label: 'The experiences and progress of children in care',
      aliases: [],
      checklist: childrenInCareChecklist,
    },
    {
      id: 'care-leavers',
      label: 'The experiences and progress of care leavers',
      aliases: [],
      checklist: careLeaversChecklist,
    },
    { id: 'overall', label: 'Overall effectiveness', aliases: [], checklist: overallChecklist },
  ],
  selfAssessmentOnly: [],
  // ilacs.md §1.1b "Section order in RC".
  reportOrder: ['help-and-protection', 'children-in-care', 'care-leavers', 'leaders'],
  sources: ['domain.md §1.1', 'ilacs.md §1.0', 'ilacs.md §1.1b'],
};
