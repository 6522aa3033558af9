/**
 * The published measures the workbook shows beside a council: which file,
 * which rows (breakdown values) and which column each is, and how to read it.
 * Labels follow the DfE publications' own wording.
 */

/** How a measure's figure reads. */
export type MeasureUnit = 'percent' | 'rate-per-10000' | 'cases';

/** One published measure. */
export type MeasureDefinition = {
  readonly id: string;
  readonly label: string;
  readonly unit: MeasureUnit;
  /** The id of the file it is read from (files.ts). */
  readonly file: string;
  /** The breakdown columns and the value each row must have. */
  readonly filters: Readonly<Record<string, string>>;
  /** The column holding the figure. */
  readonly column: string;
  readonly betterWhen?: 'higher' | 'lower';
  /**
   * The decimal places DfE publishes the figure to: whole numbers in the
   * looked-after and care-leaver files, one place in the children in need
   * and workforce files (see test/fixtures/comparators/README.md).
   */
  readonly decimals: 0 | 1;
};

const CLA_31_MARCH = { cla_group: 'CLA on 31 March' } as const;
const LONG_TERM_GROUP =
  'Children looked after continuously for at least 2.5 years on 31 March aged under 16 years';

/** Every measure, in the order the command and the screen list them. */
export const MEASURES: readonly MeasureDefinition[] = [
  {
    id: 'cla-rate',
    label: 'Children looked after at 31 March, rate per 10,000 children',
    unit: 'rate-per-10000',
    file: 'cla-rates',
    filters: { population_type: 'Children looked after on 31 March each year' },
    column: 'rate_per_10000',
    decimals: 0,
  },
  {
    id: 'cla-starting-rate',
    label: 'Children starting to be looked after in the year, rate per 10,000 children',
    unit: 'rate-per-10000',
    file: 'cla-rates',
    filters: { population_type: 'Children starting to be looked after each year' },
    column: 'rate_per_10000',
    decimals: 0,
  },
  {
    id: 'placements-3-plus',
    label: 'Children looked after at 31 March with 3 or more placements during the year',
    unit: 'percent',
    file: 'placement-stability',
    filters: { ...CLA_31_MARCH, placement_stability: 'With 3 or more placements during the year' },
    column: 'children_percent',
    decimals: 0,
    betterWhen: 'lower',
  },
  {
    id: 'placement-long-term',
    label:
      'Children under 16 looked after for at least 2.5 years, living with the same carer for at least 2 years',
    unit: 'percent',
    file: 'placement-stability',
    filters: {
      cla_group: LONG_TERM_GROUP,
      placement_stability: 'Living with the same carer for at least 2 years',
    },
    column: 'children_percent',
    decimals: 0,
    betterWhen: 'higher',
  },
  {
    id: 'new-placements-far-outside',
    label: 'New placements outside the council’s boundary and more than 20 miles from home',
    unit: 'percent',
    file: 'new-placements',
    filters: {
      characteristic: 'Location of new placements during the year',
      breakdown: 'Placed outside LA boundary more than 20 miles from home',
    },
    column: 'children_percent',
    decimals: 0,
    betterWhen: 'lower',
  },
  {
    id: 'social-workers-3-plus',
    label: 'Children looked after at 31 March who had 3 or more social workers during the year',
    unit: 'percent',
    file: 'social-workers',
    filters: { ...CLA_31_MARCH, sw_stability: '3 or more social workers during the year' },
    column: 'percentage',
    decimals: 0,
    betterWhen: 'lower',
  },
  ...(['19 to 21', '17 to 18'] as const).flatMap((age): MeasureDefinition[] => {
    const key = age.replaceAll(' to ', '-');
    const cohort = { care_leaver_age: `${age} years` };
    return [
      {
        id: `care-leavers-${key}-eet`,
        label: `Care leavers aged ${age} in education, employment or training`,
        unit: 'percent',
        file: 'care-leavers-activity',
        filters: { ...cohort, breakdown: 'Total in education, employment or training' },
        column: 'care_leaver_percent',
        decimals: 0,
        betterWhen: 'higher',
      },
      {
        id: `care-leavers-${key}-suitable`,
        label: `Care leavers aged ${age} in suitable accommodation`,
        unit: 'percent',
        file: 'care-leavers-accommodation',
        filters: { ...cohort, breakdown: 'Accommodation considered suitable' },
        column: 'care_leaver_percent',
        decimals: 0,
        betterWhen: 'higher',
      },
      {
        id: `care-leavers-${key}-not-known`,
        label: `Care leavers aged ${age} whose activity the council does not know`,
        unit: 'percent',
        file: 'care-leavers-activity',
        filters: { ...cohort, breakdown: 'Total information not known' },
        column: 'care_leaver_percent',
        decimals: 0,
        betterWhen: 'lower',
      },
    ];
  }),
  {
    id: 're-referrals',
    label: 'Referrals within 12 months of a previous referral',
    unit: 'percent',
    file: 'referrals',
    filters: {},
    column: 'rereferral_percent',
    decimals: 1,
    betterWhen: 'lower',
  },
  {
    id: 'referrals-no-further-action',
    label: 'Referrals resulting in no further action',
    unit: 'percent',
    file: 'referrals',
    filters: {},
    column: 'no_further_action_percent',
    decimals: 1,
  },
  {
    id: 'cpp-second-or-later',
    label: 'Child protection plans starting in the year that were a second or later plan',
    unit: 'percent',
    file: 'cpp-subsequent',
    filters: {},
    column: 'CPP_subsequent_percent',
    decimals: 1,
    betterWhen: 'lower',
  },
  {
    id: 'cpp-2-years-or-more',
    label: 'Child protection plans open at 31 March for 2 years or more',
    unit: 'percent',
    file: 'cpp-duration',
    filters: {},
    column: '2_years_or_more_percent',
    decimals: 1,
    betterWhen: 'lower',
  },
  {
    id: 'sw-turnover',
    label: 'Children’s social worker turnover rate (FTE)',
    unit: 'percent',
    file: 'workforce',
    filters: {},
    column: 'turnover_rate_fte',
    decimals: 1,
    betterWhen: 'lower',
  },
  {
    id: 'sw-agency',
    label: 'Agency children’s social workers (FTE rate)',
    unit: 'percent',
    file: 'workforce',
    filters: {},
    column: 'agency_rate_fte',
    decimals: 1,
    betterWhen: 'lower',
  },
  {
    id: 'sw-vacancy',
    label: 'Children’s social worker vacancy rate (FTE)',
    unit: 'percent',
    file: 'workforce',
    filters: {},
    column: 'vacancy_rate_fte',
    decimals: 1,
    betterWhen: 'lower',
  },
  {
    id: 'sw-caseload',
    label: 'Average caseload per case-holding children’s social worker (FTE)',
    unit: 'cases',
    file: 'workforce',
    filters: {},
    column: 'caseload_fte',
    decimals: 1,
  },
  {
    id: 'sw-absence',
    label: 'Children’s social worker sickness absence rate (FTE)',
    unit: 'percent',
    file: 'workforce',
    filters: {},
    column: 'absence_rate_fte',
    decimals: 1,
    betterWhen: 'lower',
  },
];

/** A measure by id. */
export function measureById(id: string): MeasureDefinition | undefined {
  return MEASURES.find((measure) => measure.id === id);
}
