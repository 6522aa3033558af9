import type { AreaId } from '../domain/areas';
import { CIN_MEASURES } from './mapping-cin';

/**
 * Which of the workbook's indicators match a published DfE measure, and how
 * the definitions differ where they do. `sameDefinition` is true where the
 * workbook computes the DfE measure itself from the same return, so its
 * figure for a year should agree with the one DfE published for that year
 * (a data-quality check); false where the cohort or the period differs.
 * `areas` are the judgement areas a data-quality note is evidence for, in
 * order of preference (the 2018 framework judges children in care and care
 * leavers together).
 */
export type IndicatorMapping = {
  readonly indicator: string;
  readonly measure: string;
  readonly sameDefinition: boolean;
  readonly differs: string;
  readonly areas: readonly AreaId[];
  /** What one of the denominator is (a child, a referral, a plan): the data-quality note's "one …". */
  readonly counting: 'child' | 'referral' | 'plan';
  /**
   * Why a computed figure below the published one is expected, where it is:
   * then only a figure above it beyond the tolerance makes a data-quality note.
   */
  readonly lowerExpected?: string;
};

const IN_CARE: readonly AreaId[] = ['children-in-care', 'children-in-care-and-care-leavers'];
const LEAVERS: readonly AreaId[] = ['care-leavers', 'children-in-care-and-care-leavers'];
const ROUNDED =
  'DfE publishes the figure rounded to a whole per cent, from the return as it validated it.';
const ANNEX_A_LEAVERS =
  'Annex A lists every care leaver the council supports on the day the list is drawn (up to age 25); DfE counts those aged 19 to 21 in the year ending 31 March.';

/** Every indicator with a published comparator. */
export const INDICATOR_MEASURES: readonly IndicatorMapping[] = [
  {
    indicator: 'placement-stability-3-plus',
    measure: 'placements-3-plus',
    sameDefinition: true,
    differs: `The same measure (former NI 62) for the same year. ${ROUNDED}`,
    areas: IN_CARE,
    counting: 'child',
  },
  {
    indicator: 'list8-placements-3-plus',
    measure: 'placements-3-plus',
    sameDefinition: false,
    differs:
      'Annex A counts placements in the 12 months before the list is drawn, for children in care that day; DfE counts placements in the year ending 31 March, for children in care on 31 March.',
    areas: IN_CARE,
    counting: 'child',
  },
  {
    indicator: 'placement-stability-long-term',
    measure: 'placement-long-term',
    sameDefinition: true,
    differs: `The same cohort (under 16, looked after for at least 2.5 years) for the same year; DfE words it "living with the same carer", the workbook counts the same placement, as the former NI 63 did. ${ROUNDED}`,
    areas: IN_CARE,
    counting: 'child',
  },
  {
    indicator: 'care-leavers-eet',
    measure: 'care-leavers-19-21-eet',
    sameDefinition: true,
    differs: `The same cohort (aged 19 to 21) for the same year; activity not known counts as not in education, employment or training in both. ${ROUNDED}`,
    areas: LEAVERS,
    counting: 'child',
  },
  {
    indicator: 'list9-eet',
    measure: 'care-leavers-19-21-eet',
    sameDefinition: false,
    differs: ANNEX_A_LEAVERS,
    areas: LEAVERS,
    counting: 'child',
  },
  {
    indicator: 'care-leavers-suitable-accommodation',
    measure: 'care-leavers-19-21-suitable',
    sameDefinition: true,
    differs: `The same cohort (aged 19 to 21) for the same year; no information counts as not suitable in both. ${ROUNDED}`,
    areas: LEAVERS,
    counting: 'child',
  },
  {
    indicator: 'list9-suitable-accommodation',
    measure: 'care-leavers-19-21-suitable',
    sameDefinition: false,
    differs: ANNEX_A_LEAVERS,
    areas: LEAVERS,
    counting: 'child',
  },
  {
    indicator: 'social-worker-changed-2-plus',
    measure: 'social-workers-3-plus',
    sameDefinition: false,
    differs:
      'DfE counts children with 3 or more social workers in the year (published for 2024 only); the workbook counts 2 or more changes of worker, which includes a child who went back to an earlier worker, so its figure can be higher.',
    areas: IN_CARE,
    counting: 'child',
  },
  ...CIN_MEASURES,
];

/** The mapping of an indicator, if it has a published comparator. */
export function mappingFor(indicator: string): IndicatorMapping | undefined {
  return INDICATOR_MEASURES.find((m) => m.indicator === indicator);
}
