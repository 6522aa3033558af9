import { childrenInCareAndCareLeaversChecklist } from '../checklists';
import { helpAndProtectionArea, leadersArea, overallArea } from './common-areas';
import type { Framework } from './types';
import { ilacsFramework, ofstedReports } from '../public-sources';

/**
 * ILACS as first used: published November 2017, used from January 2018
 * (Ofsted ILACS framework, https://www.gov.uk/government/publications/inspecting-local-authority-childrens-services-from-2018), replacing the Single Inspection Framework.
 * Until 31 December 2022 children in care and care leavers were judged
 * together under "The experiences and progress of children in care and care
 * leavers" (test/fixtures/docs/ilacs.md §1.0; RC: torbay 2022-05-18, richmond 2022-03-18).
 */
export const ilacs2018: Framework = {
  id: 'ilacs-2018',
  name: 'ILACS with a combined children in care and care leavers judgement (2018 to 2022)',
  onSiteFrom: '2018-01-01',
  onSiteTo: '2022-12-31',
  gradesOverall: true,
  areas: [
    leadersArea,
    helpAndProtectionArea,
    {
      id: 'children-in-care-and-care-leavers',
      label: 'The experiences and progress of children in care and care leavers',
      aliases: [],
      checklist: childrenInCareAndCareLeaversChecklist,
    },
    overallArea,
  ],
  selfAssessmentOnly: [],
  // test/fixtures/docs/ilacs.md §1.1b "Section order in RC", with the combined judgement in
  // place of the two that replaced it.
  reportOrder: ['help-and-protection', 'children-in-care-and-care-leavers', 'leaders'],
  sources: [ilacsFramework, ofstedReports],
};
