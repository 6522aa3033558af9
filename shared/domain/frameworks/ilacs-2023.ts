import {
  careLeaversArea,
  childrenInCareArea,
  helpAndProtectionArea,
  leadersArea,
  overallArea,
} from './common-areas';
import type { Framework } from './types';
import { careLeaversJudgement, ilacsFramework, ofstedReports } from '../public-sources';

/**
 * ILACS as used from 1 January 2023 (care leavers graded separately) until
 * 31 March 2026 (last on-site date with an "Overall effectiveness" grade).
 * Labels: Ofsted ILACS framework, https://www.gov.uk/government/publications/inspecting-local-authority-childrens-services-from-2018 and the report skeleton
 * in test/fixtures/docs/ilacs.md §1.1b. Start date: gov.uk consultation outcome "A new ILACS
 * judgement on the experiences and progress of care leavers" (Dec 2022), as
 * cited in Ofsted ILACS framework, https://www.gov.uk/government/publications/inspecting-local-authority-childrens-services-from-2018 and test/fixtures/docs/ilacs.md §1.0.
 */
export const ilacs2023: Framework = {
  id: 'ilacs-2023',
  name: 'ILACS with a separate care leavers judgement (January 2023 to March 2026)',
  onSiteFrom: '2023-01-01',
  onSiteTo: '2026-03-31',
  gradesOverall: true,
  areas: [leadersArea, helpAndProtectionArea, childrenInCareArea, careLeaversArea, overallArea],
  selfAssessmentOnly: [],
  // test/fixtures/docs/ilacs.md §1.1b "Section order in RC".
  reportOrder: ['help-and-protection', 'children-in-care', 'care-leavers', 'leaders'],
  sources: [ilacsFramework, careLeaversJudgement, ofstedReports],
};
