import type { AreaId } from '../domain/areas';
import type { IndicatorMapping } from './mapping';

/**
 * The CIN census indicators (shared/records/indicators/catalogue-cin.ts)
 * beside the measures of DfE's "Characteristics of children in need"
 * release (https://explore-education-statistics.service.gov.uk/find-statistics/characteristics-of-children-in-need).
 * The census year is the year ending 31 March, as DfE's reporting year is,
 * so a census for 2024/25 is compared with DfE's 2025 figure. DfE publishes
 * these percentages to one decimal place, and counts referrals and plans,
 * not children.
 */

const HELP: readonly AreaId[] = ['help-and-protection'];

export const CIN_MEASURES: readonly IndicatorMapping[] = [
  {
    indicator: 'cin-rereferrals-12-months',
    measure: 're-referrals',
    sameDefinition: true,
    differs:
      'The same measure for the same census year: referrals in the year (no further action included, as DfE counts them) that came within 12 months of a previous referral of the same child, counted by referral. DfE finds the earlier referral in the council’s previous census as well; the workbook sees only the censuses imported, so without last year’s census it misses a re-referral whose earlier referral was closed before 1 April, and its figure is lower.',
    areas: HELP,
    counting: 'referral',
    lowerExpected:
      'a referral closed before 1 April is only in the previous year’s census, which may not be imported',
  },
  {
    indicator: 'cin-cpp-second-subsequent',
    measure: 'cpp-second-or-later',
    sameDefinition: true,
    differs:
      'The same measure for the same census year: child protection plans starting in the year whose child had been the subject of a plan before, at any time and in any council, as the census’s number of previous plans records it, counted by plan. The workbook also counts a plan with an earlier plan of the same child in the imported censuses where that number says none.',
    areas: HELP,
    counting: 'plan',
  },
  {
    indicator: 'cin-cpp-2-years-ceasing',
    measure: 'cpp-2-years-or-more',
    sameDefinition: false,
    differs:
      'Different plans: the workbook counts plans that ended in the year after lasting 2 years or more, of all plans that ended in the year; DfE’s figure here is plans open at 31 March that had lasted 2 years or more, of all plans open then (DfE’s plans ceasing by length are not among the files bundled with the app). Both count plans, not children; a plan that runs on past 2 years shows in DfE’s figure before it shows in the workbook’s.',
    areas: HELP,
    counting: 'plan',
  },
];

/** Where the bundled files publish nothing DfE computes as the workbook does. */
const NOT_BUNDLED =
  'DfE publishes this measure per council in its children in need release, but not in the files the comparators are built from (the DfE files of its children’s social care outcomes and enablers dashboard).';

/**
 * The CIN census indicators with no comparator, and why: shown nowhere, but
 * kept here (and checked by a test against the catalogue) so a new indicator
 * is either mapped or given a reason.
 */
export const CIN_NOT_MAPPED: Readonly<Record<string, string>> = {
  'cin-referrals':
    'A count: England’s, a region’s and the neighbours’ counts are of child populations of other sizes, so they are not comparable with the council’s. The comparable figure is a rate per 10,000 children, which DfE does not put in these files, and computing one here would not give DfE’s: the only child population in the bundled files is the looked-after release’s, and with it the children in need at 31 March 2024 come to 331.2 per 10,000 where the children in need release published 332.9 (its population estimate is another).',
  'cin-cpp-at-31-march':
    'The files hold the two counts (children on a plan at 31 March, episodes of need at 31 March) but no published percentage; their ratio would be the workbook’s own arithmetic, and one counts episodes, not children.',
  'cin-assessments-45-days': NOT_BUNDLED,
  'cin-icpc-15-days': NOT_BUNDLED,
  'cin-cpp-reviews-on-time': NOT_BUNDLED,
  'cin-plans-over-12-months':
    'DfE publishes the length of episodes of need, which run from referral to closure, not of child in need plans; and not in the bundled files.',
};

/** Why the assessment-factor indicators (`cin-factor-…`, each council’s own top ten) have none. */
export const CIN_FACTORS_NOT_MAPPED =
  'DfE publishes factors identified at assessment per council in its children in need release, not in the bundled files; and each council’s top ten differ.';
