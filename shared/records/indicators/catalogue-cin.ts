/**
 * The indicators computed from the CIN census, for the help-and-protection
 * judgement: what each counts and whose definition it follows. "The year"
 * is the census year (1 April to the 31 March reference date). Working days
 * leave out weekends and England's bank holidays.
 */
import type { IndicatorDefinition } from './catalogue-903';

const CIN_STATS =
  'DfE, "Children in need" statistics and CIN census guide (https://www.gov.uk/government/collections/statistics-children-in-need)';

export const CIN_INDICATORS: readonly IndicatorDefinition[] = [
  {
    id: 'cin-referrals',
    label: 'Referrals in the year',
    data: 'cin-census',
    unit: 'count',
    source: `${CIN_STATS}: referrals (including those with no further action)`,
    definition:
      'Referrals received in the year, each child and referral date once, NFA referrals included. A count, not a percentage.',
  },
  {
    id: 'cin-rereferrals-12-months',
    label: 'Referrals in the year that were re-referrals within 12 months',
    data: 'cin-census',
    source: `${CIN_STATS}: re-referrals within 12 months of a previous referral`,
    definition:
      'Referrals in the year (the denominator: every referral, NFA included) whose child had another referral in the 12 months before it.',
  },
  {
    id: 'cin-assessments-45-days',
    label: 'Assessments completed within 45 working days',
    data: 'cin-census',
    source: `${CIN_STATS}: assessments completed within 45 working days (Working Together to Safeguard Children)`,
    definition:
      'Assessments authorised in the year that took 45 working days or fewer from their start, of all assessments authorised in the year.',
  },
  {
    id: 'cin-icpc-15-days',
    label: 'Section 47 enquiries leading to an initial conference within 15 working days',
    data: 'cin-census',
    source: `${CIN_STATS}: initial child protection conferences within 15 working days of the start of the section 47 enquiry`,
    definition:
      'Section 47 enquiries whose initial child protection conference was held in the year within 15 working days of the enquiry starting, of all enquiries with a conference held in the year.',
  },
  {
    id: 'cin-cpp-at-31-march',
    label: 'Children in need subject to a child protection plan at 31 March',
    data: 'cin-census',
    source: `${CIN_STATS}: children who were the subject of a child protection plan at 31 March`,
    definition:
      'Children with a child protection plan open at the reference date, of all children in need at the reference date (an open episode that is not a referral with no further action).',
  },
  {
    id: 'cin-cpp-2-years-ceasing',
    label: 'Child protection plans lasting 2 years or more, of plans ceasing',
    data: 'cin-census',
    source: `${CIN_STATS}: child protection plans ceasing during the year, by length of plan`,
    definition:
      'Plans that ended in the year after 2 years or more, of all plans that ended in the year.',
  },
  {
    id: 'cin-cpp-second-subsequent',
    label: 'Child protection plans that were a second or subsequent plan',
    data: 'cin-census',
    source: `${CIN_STATS}: children becoming the subject of a plan for a second or subsequent time`,
    definition:
      'Plans starting in the year whose child had been the subject of a plan before (NumberOfPreviousCPP above 0, or an earlier plan in the census), of all plans starting in the year.',
  },
  {
    id: 'cin-cpp-reviews-on-time',
    label: 'Child protection plans reviewed on time',
    data: 'cin-census',
    source: `${CIN_STATS}: child protection cases reviewed within the required timescales (first review within 3 months, then every 6 months)`,
    definition:
      'Plans open at the reference date for 3 months or more whose first review was within 3 months of the start and each later review within 6 months of the one before, the last within 6 months of the reference date, of all such plans.',
  },
  {
    id: 'cin-plans-over-12-months',
    label: 'CIN plans ending in the year that lasted over 12 months',
    data: 'cin-census',
    source: `${CIN_STATS}: episodes of need by duration`,
    definition:
      'CIN plans that ended in the year more than 12 months after they started, of all CIN plans that ended in the year.',
  },
];

/** The factors indicators: one per factor among the ten most often identified, by code. */
export const CIN_FACTOR_SOURCE = `${CIN_STATS}: factors identified at the end of assessment`;
