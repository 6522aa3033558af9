/**
 * The indicators computed from SSDA903 tables: what each counts and whose
 * definition it follows. "The year" is the collection year, 1 April to 31
 * March; "at 31 March" means in care at the end of that day. Short breaks
 * (legal status V3/V4) are left out throughout, as DfE leaves them out.
 */
import type { IndicatorData, IndicatorUnit } from './types';

/** An indicator's fixed description. */
export type IndicatorDefinition = {
  readonly id: string;
  readonly label: string;
  readonly data: IndicatorData;
  /** The DfE/Ofsted publication or guidance whose definition is followed. */
  readonly source: string;
  readonly definition: string;
  /** How to read the value: a percentage unless said (a count of referrals, say). */
  readonly unit?: IndicatorUnit;
};

const CLA_METHODOLOGY =
  'DfE, "Children looked after in England including adoption" (SSDA903), methodology';

const PROVIDERS: readonly (readonly [string, string])[] = [
  ['PR0', 'a parent or other person with parental responsibility'],
  ['PR1', 'the council itself'],
  ['PR2', 'another council'],
  ['PR3', 'another public body'],
  ['PR4', 'a private provider'],
  ['PR5', 'a voluntary or third-sector provider'],
];

/** SSDA903 indicators, in report order. */
export const SSDA903_INDICATORS: readonly IndicatorDefinition[] = [
  {
    id: 'placement-stability-3-plus',
    label: 'Children with 3 or more placements in the year',
    data: 'ssda903',
    // Former national indicator NI 62; still published by DfE.
    source: `${CLA_METHODOLOGY}: placement stability (former NI 62)`,
    definition:
      'Children looked after at 31 March who had 3 or more placements during the year, of all children looked after at 31 March. Temporary placements (T0–T4) and a return to the same placement after one are not counted; nor is being placed for adoption with the existing foster carer.',
  },
  {
    id: 'placement-stability-long-term',
    label: 'Long-term placement stability',
    data: 'ssda903',
    // Former national indicator NI 63, as DfE publishes it.
    source: `${CLA_METHODOLOGY}: long-term stability (former NI 63)`,
    definition:
      'Of children under 16 at 31 March who had been looked after continuously for at least 2.5 years, those who had been in the same placement for at least 2 years, or who were placed for adoption and whose adoptive placement together with the one before it had lasted at least 2 years. Children whose history begins before the earliest episode on record, so that neither can be told, are left out (see the caveat).',
  },
  {
    id: 'reviews-on-time',
    label: 'Children whose reviews were all on time',
    data: 'ssda903',
    // SSDA903 Reviews table; timescales from the Care Planning Regulations.
    source:
      'SSDA903 guidance (Reviews); Care Planning, Placement and Case Review (England) Regulations 2010, reg. 33 (former NI 66)',
    definition:
      'Of children with a statutory review due during the year while looked after, those with every such review held on time: the first within 20 working days of coming into care (weekdays; bank holidays are not known offline), the second within 3 months, then at most 6 months apart. Where a period began before the year and no earlier review is on record, the first review of the year is due by 30 September.',
  },
  // Source: DfE CLA methodology, "missing incidents" (SSDA903 Missing table, code M).
  {
    id: 'missing-children',
    label: 'Children who went missing',
    data: 'ssda903',
    source: `${CLA_METHODOLOGY}: children missing from care (Missing table, MISSING = M)`,
    definition:
      'Children looked after at any time during the year who had at least one missing episode starting in the year, of all children looked after during the year.',
  },
  // Source: DfE CLA methodology, "away from placement without authorisation" (Missing, code A).
  {
    id: 'absent-children',
    label: 'Children who were away from placement without authorisation',
    data: 'ssda903',
    source: `${CLA_METHODOLOGY}: children away from placement without authorisation (Missing table, MISSING = A)`,
    definition:
      'Children looked after at any time during the year who had at least one absence (away without authorisation) starting in the year, of all children looked after during the year.',
  },
  // Source: DfE CLA methodology, children looked after at 31 March by placement provider (PR0–PR5).
  ...PROVIDERS.map(([code, who]): IndicatorDefinition => ({
    id: `placement-provider-${code.toLowerCase()}`,
    label: `Children placed by ${code}: ${who}`,
    data: 'ssda903',
    source: `${CLA_METHODOLOGY}: children looked after at 31 March by placement provider (PLACE_PROVIDER)`,
    definition: `Children looked after at 31 March whose placement provider was ${code} (${who}), of all children looked after at 31 March.`,
  })),
  // Source: DfE CLA methodology, care leavers aged 19–21 (OC3 IN_TOUCH).
  {
    id: 'care-leavers-in-touch',
    label: 'Care leavers in touch',
    data: 'ssda903',
    source: `${CLA_METHODOLOGY}: care leavers aged 19 to 21 (OC3)`,
    definition:
      'Care leavers in the OC3 cohort (aged 19, 20 or 21 in the year) with whom the council was in touch (IN_TOUCH = YES), of all in the cohort except those who died.',
  },
  // Source: DfE CLA methodology, care leavers in suitable accommodation (OC3 ACCOM; former NI 147).
  {
    id: 'care-leavers-suitable-accommodation',
    label: 'Care leavers in suitable accommodation',
    data: 'ssda903',
    source: `${CLA_METHODOLOGY}: care leavers aged 19 to 21 (OC3; former NI 147)`,
    definition:
      'Care leavers in the OC3 cohort whose accommodation was recorded as suitable (ACCOM ending in 1), of all in the cohort except those who died. Not known counts as not suitable.',
  },
  // Source: DfE CLA methodology, care leavers in education, employment or training (OC3 ACTIV; former NI 148).
  {
    id: 'care-leavers-eet',
    label: 'Care leavers in education, employment or training',
    data: 'ssda903',
    source: `${CLA_METHODOLOGY}: care leavers aged 19 to 21 (OC3; former NI 148)`,
    definition:
      'Care leavers in the OC3 cohort in education, employment or training (ACTIV F1–F5 or P1–P5: full- or part-time), of all in the cohort except those who died. Not known counts as not in EET.',
  },
  // Source: DfE CLA methodology, outcomes for children looked after 12+ months (OC2 HEALTH_ASSESSMENT).
  {
    id: 'health-assessment',
    label: 'Annual health assessment up to date',
    data: 'ssda903',
    source: `${CLA_METHODOLOGY}: outcomes for children looked after continuously for 12 months (OC2)`,
    definition:
      'Children looked after continuously for at least 12 months at 31 March whose annual health assessment was up to date (OC2 HEALTH_ASSESSMENT = 1), of all such children.',
  },
  // Source: DfE CLA methodology, outcomes for children looked after 12+ months (OC2 TEETH_CHECK).
  {
    id: 'dental-check',
    label: 'Teeth checked by a dentist',
    data: 'ssda903',
    source: `${CLA_METHODOLOGY}: outcomes for children looked after continuously for 12 months (OC2)`,
    definition:
      'Children looked after continuously for at least 12 months at 31 March whose teeth had been checked by a dentist (OC2 TEETH_CHECK = 1), of all such children.',
  },
  // Source: DfE CLA methodology, outcomes for children looked after 12+ months (OC2 IMMUNISATIONS).
  {
    id: 'immunisations',
    label: 'Immunisations up to date',
    data: 'ssda903',
    source: `${CLA_METHODOLOGY}: outcomes for children looked after continuously for 12 months (OC2)`,
    definition:
      'Children looked after continuously for at least 12 months at 31 March whose immunisations were up to date (OC2 IMMUNISATIONS = 1), of all such children.',
  },
  // Source: DfE CLA methodology, development assessments of under-5s (OC2 HEALTH_CHECK).
  {
    id: 'health-surveillance-under-5',
    label: 'Development checks up to date (under 5)',
    data: 'ssda903',
    source: `${CLA_METHODOLOGY}: outcomes for children looked after continuously for 12 months (OC2)`,
    definition:
      'Children under 5 at 31 March, looked after continuously for at least 12 months, whose health surveillance (development) checks were up to date (OC2 HEALTH_CHECK = 1), of all such children.',
  },
  {
    id: 'social-worker-changed',
    label: 'Children whose social worker changed',
    data: 'ssda903',
    // SW_Episodes is collected from 2023-24; "multiple changes" follows the
    // Children's Commissioner's Stability Index (social worker stability).
    source:
      "SSDA903 guidance 2023-24 on (SW_Episodes); Children's Commissioner, Stability Index (social worker changes)",
    definition:
      'Children looked after at 31 March who had at least one change of social worker during the year (a social worker episode starting in the year with a different worker from the one before it), of all children looked after at 31 March.',
  },
  // Source: SSDA903 SW_Episodes (2023-24 on); Children's Commissioner Stability Index.
  {
    id: 'social-worker-changed-2-plus',
    label: 'Children with 2 or more social worker changes',
    data: 'ssda903',
    source:
      "SSDA903 guidance 2023-24 on (SW_Episodes); Children's Commissioner, Stability Index (social worker changes)",
    definition:
      'Children looked after at 31 March who had 2 or more changes of social worker during the year, of all children looked after at 31 March.',
  },
];
