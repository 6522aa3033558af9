import {
  careLeaversArea,
  childrenInCareArea,
  helpAndProtectionArea,
  leadersArea,
  overallArea,
} from './common-areas';
import type { Framework } from './types';
import { ilacsFramework, ilacsReportCollection, ofstedReports } from '../public-sources';

/**
 * ILACS after the 2026 reform: four judgements and no "Overall effectiveness"
 * (test/fixtures/docs/ilacs.md §1.0). The JT-39 README dates the change to 1 April 2026, citing
 * gov.uk "Summary of framework changes"; no report on site from 27 April 2026
 * prints an overall row. Overall effectiveness stays available to council
 * self-assessments as an optional summary (test/fixtures/docs/ilacs.md §1.1a).
 */
export const ilacs2026: Framework = {
  id: 'ilacs-2026',
  name: 'ILACS without overall effectiveness (from April 2026)',
  onSiteFrom: '2026-04-01',
  onSiteTo: null,
  gradesOverall: false,
  areas: [leadersArea, helpAndProtectionArea, childrenInCareArea, careLeaversArea],
  selfAssessmentOnly: [overallArea],
  // test/fixtures/docs/ilacs.md §1.1b "Section order in RC".
  reportOrder: ['help-and-protection', 'children-in-care', 'care-leavers', 'leaders'],
  sources: [ilacsFramework, ilacsReportCollection, ofstedReports],
};
