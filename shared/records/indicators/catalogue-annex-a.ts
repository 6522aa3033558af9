/**
 * The indicators computed from Ofsted's Annex A lists (List 8, children in
 * care; List 9, care leavers). Annex A is a snapshot: "at the list date"
 * means the report's `asAt` date (by default the latest date the lists hold,
 * standing in for the date they were extracted). "In care" means listed on
 * List 8 with no date ceased on or before that date.
 */
import type { IndicatorDefinition } from './catalogue-903';

const ANNEX_A = 'Ofsted, ILACS Annex A child-level data (guidance and template)';
const LIST_8 = `${ANNEX_A}, List 8 (children in care)`;
const LIST_9 = `${ANNEX_A}, List 9 (care leavers)`;
const CARE_PLANNING = 'Care Planning, Placement and Case Review (England) Regulations 2010';

/** Annex A indicators, in report order. */
export const ANNEX_A_INDICATORS: readonly IndicatorDefinition[] = [
  {
    id: 'placed-out-of-area',
    label: 'Children placed outside the council area',
    data: 'annex-a',
    // 903 data holds only postcodes; the area needs Annex A's own column.
    source: `${LIST_8}: Placement Location, LA of Placement`,
    definition:
      'Children in care at the list date placed out of the council’s area (Placement Location "Out", or LA of Placement WAL, SCO, NIR or NUK), of children in care whose placement location is recorded. Not available from 903 data alone, which holds postcodes but not areas.',
  },
  // Source: Ofsted Annex A List 8, placements in the last 12 months (the Annex A counterpart of NI 62).
  {
    id: 'list8-placements-3-plus',
    label: 'Children with 3 or more placements in the last 12 months (Annex A)',
    data: 'annex-a',
    source: `${LIST_8}: Number of Placements in the Last 12 months`,
    definition:
      'Children on List 8 with 3 or more placements in the last 12 months, of children on List 8 whose number of placements is recorded.',
  },
  // Source: Annex A List 8 latest review; Care Planning Regulations 2010, reg. 33 (6-monthly reviews).
  {
    id: 'list8-reviews-on-time',
    label: 'Statutory review within the last 6 months (Annex A)',
    data: 'annex-a',
    source: `${LIST_8}: Date of Latest Statutory Review; ${CARE_PLANNING}, reg. 33`,
    definition:
      'Children in care at the list date, looked after for at least 6 months, whose latest statutory review was within 6 months before the list date, of all such children.',
  },
  // Source: Annex A List 8 last visit; Care Planning Regulations 2010, reg. 28 (visits at least every 6 weeks).
  {
    id: 'list8-visits-on-time',
    label: 'Social work visit within the last 6 weeks (Annex A)',
    data: 'annex-a',
    source: `${LIST_8}: Date of Last Social Work Visit; ${CARE_PLANNING}, reg. 28`,
    definition:
      'Children in care at the list date, looked after for at least 6 weeks, whose last social work visit was within 6 weeks (42 days) before the list date, of all such children. Six weeks is the regulations’ usual interval; children in long-term placements may be visited every 3 months, so this is a strict reading.',
  },
  // Source: Annex A List 8 last health assessment; Care Planning Regulations 2010, reg. 7 (annual, 6-monthly under 5).
  {
    id: 'list8-health-assessment',
    label: 'Health assessment in date (Annex A)',
    data: 'annex-a',
    source: `${LIST_8}: Date of Last Health Assessment; ${CARE_PLANNING}, reg. 7 and Sch. 1`,
    definition:
      'Children in care at the list date, looked after for at least 12 months, whose last health assessment was within 12 months (6 months if under 5) before the list date, of all such children.',
  },
  // Source: Annex A List 8 last dental check; DfE OC2 dental-check measure (within the year).
  {
    id: 'list8-dental-check',
    label: 'Dental check within the last 12 months (Annex A)',
    data: 'annex-a',
    source: `${LIST_8}: Date of Last Dental Check`,
    definition:
      'Children in care at the list date, looked after for at least 12 months, whose last dental check was within 12 months before the list date, of all such children.',
  },
  // Source: Annex A List 8, missing episodes in the last 12 months.
  {
    id: 'list8-missing-children',
    label: 'Children missing in the last 12 months (Annex A)',
    data: 'annex-a',
    source: `${LIST_8}: Number of Episodes the Child has been ‘Missing’`,
    definition:
      'Children on List 8 with at least one missing episode in the last 12 months, of children on List 8 whose number of missing episodes is recorded.',
  },
  // Source: Annex A List 8, absences in the last 12 months.
  {
    id: 'list8-absent-children',
    label: 'Children absent in the last 12 months (Annex A)',
    data: 'annex-a',
    source: `${LIST_8}: Number of Episodes the Child has been ‘Absent’`,
    definition:
      'Children on List 8 with at least one absence in the last 12 months, of children on List 8 whose number of absences is recorded.',
  },
  {
    id: 'list8-return-interview-offered',
    label: 'Return interview offered after going missing (Annex A)',
    data: 'annex-a',
    // Statutory guidance on children who run away or go missing from home or care (DfE 2014).
    source: `${LIST_8}: return interview columns; DfE statutory guidance on children who run away or go missing from home or care`,
    definition:
      'Children on List 8 who went missing in the last 12 months and were offered a return interview after their last missing episode, of all on List 8 who went missing. A blank answer counts as not offered.',
  },
  // Source: Annex A List 8, return interview accepted.
  {
    id: 'list8-return-interview-accepted',
    label: 'Return interview accepted, of those offered (Annex A)',
    data: 'annex-a',
    source: `${LIST_8}: return interview columns`,
    definition:
      'Children on List 8 who accepted the return interview offered after their last missing episode, of those offered one.',
  },
  // Source: Annex A List 9, LA in touch (as 903 OC3 IN_TOUCH).
  {
    id: 'list9-in-touch',
    label: 'Care leavers in touch (Annex A)',
    data: 'annex-a',
    source: `${LIST_9}: LA in Touch`,
    definition:
      'Care leavers on List 9 the council is in touch with (Yes), of all on List 9 except those who died.',
  },
  // Source: Annex A List 9, suitability of accommodation (as 903 OC3 ACCOM).
  {
    id: 'list9-suitable-accommodation',
    label: 'Care leavers in suitable accommodation (Annex A)',
    data: 'annex-a',
    source: `${LIST_9}: Suitability of Accommodation`,
    definition:
      'Care leavers on List 9 whose accommodation is suitable, of all on List 9 except those who died. Not known counts as not suitable.',
  },
  // Source: Annex A List 9, activity status (as 903 OC3 ACTIV).
  {
    id: 'list9-eet',
    label: 'Care leavers in education, employment or training (Annex A)',
    data: 'annex-a',
    source: `${LIST_9}: Activity Status (903 OC3 activity codes)`,
    definition:
      'Care leavers on List 9 in education, employment or training (F1–F5, P1–P5: full- or part-time), of all on List 9 except those who died. Not known counts as not in EET.',
  },
  // Source: Annex A List 9, eligibility category (care-leaver status).
  {
    id: 'list9-relevant',
    label: 'Care leavers who are relevant children (Annex A)',
    data: 'annex-a',
    source: `${LIST_9}: Eligibility Category (Children Act 1989, ss. 23A and 23C)`,
    definition: 'Care leavers on List 9 whose category is relevant child, of all on List 9.',
  },
  // Source: Annex A List 9, eligibility category (care-leaver status).
  {
    id: 'list9-former-relevant',
    label: 'Care leavers who are former relevant children (Annex A)',
    data: 'annex-a',
    source: `${LIST_9}: Eligibility Category (Children Act 1989, ss. 23A and 23C)`,
    definition: 'Care leavers on List 9 whose category is former relevant child, of all on List 9.',
  },
  // Source: Annex A List 9, eligibility category (care-leaver status).
  {
    id: 'list9-qualifying',
    label: 'Care leavers who are qualifying care leavers (Annex A)',
    data: 'annex-a',
    source: `${LIST_9}: Eligibility Category (Children Act 1989, s. 24)`,
    definition:
      'Care leavers on List 9 whose category is qualifying care leaver, of all on List 9.',
  },
];
