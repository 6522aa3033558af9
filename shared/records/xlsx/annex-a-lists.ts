import {
  ACCOMMODATION,
  ACTIVITY,
  ELIGIBILITY,
  ETHNICITY,
  GENDER,
  IN_TOUCH,
  LEGAL_STATUS,
  NEED_CODE,
  PLACEMENT_LOCATION,
  PLACEMENT_PROVIDER,
  PLACEMENT_TYPE,
  REASON_CEASED,
  SUITABILITY,
} from './annex-a-codes';
import type { ListColumn } from './annex-a-columns';
import { age, code, count, date, id, newer, option, text, yesNo } from './annex-a-columns';

export type { ColumnKind, ListColumn } from './annex-a-columns';

/**
 * The eleven Annex A lists and their headers exactly as in the synthetic
 * Annex A workbook of liia-tools (`samples/Annex_A.xlsx`, MIT), copied from
 * ILACS Annex A, https://www.gov.uk/government/publications/inspecting-local-authority-childrens-services-from-2018, with what kind of answer each column holds.
 * List 9 has the current template's four further columns (UASC, personal
 * adviser, pathway plan review, latest contact), as the Annex A schema in
 * test/fixtures/annex-a/Annex_A_schema.yml lists them; a workbook on the
 * older template, without them, still reads.
 */

const child = [
  id('Child Unique ID'),
  option('Gender', GENDER),
  code('Ethnicity', ETHNICITY),
  date('Date of Birth'),
  age('Age'),
];
const disability = yesNo('Does the Child have a Disability');
const allocated = [text('Allocated Team'), text('Allocated Worker')];

/** The columns of each list, in template order; the key is the list's sheet name. */
export const ANNEX_A_LISTS = {
  'List 1': [...child, date('Date of Contact'), text('Contact Source')],
  'List 2': [
    ...child,
    date('Assessment start date'),
    date('Assessment completion date'),
    text('Organisation completing assessment'),
  ],
  'List 3': [
    ...child,
    date('Date of Referral'),
    text('Referral Source'),
    yesNo('Referral NFA?'),
    count('Number of Referrals in Last 12 Months'),
    ...allocated,
  ],
  'List 4': [
    ...child,
    disability,
    date('Continuous Assessment Start Date'),
    yesNo('Child Seen During Continuous Assessment'),
    date('Continuous Assessment Date of Authorisation'),
    yesNo("Was the child assessed as requiring LA children's social care support?"),
    ...allocated,
  ],
  'List 5': [
    ...child,
    disability,
    date('Strategy discussion initiating Section 47 Enquiry Start Date'),
    yesNo('Was an Initial Child Protection Conference deemed unnecessary?'),
    date('Date of Initial Child Protection Conference'),
    yesNo('Did the Initial Child Protection Conference Result in a Child Protection Plan'),
    count('Number of Section 47 Enquiries in the last 12 months'),
    count('Number of ICPCs in the last 12 months'),
    ...allocated,
  ],
  'List 6': [
    ...child,
    disability,
    date('CIN Start Date'),
    code('Primary Need Code', NEED_CODE),
    date('Date Child Was Last Seen'),
    date('CIN Closure Date'),
    text('Reason for Closure'),
    text('Case Status'),
    ...allocated,
  ],
  'List 7': [
    ...child,
    disability,
    date('Child Protection Plan Start Date'),
    text('Initial Category of Abuse'),
    text('Latest Category of Abuse'),
    date('Date of the Last Statutory Visit'),
    yesNo('Was the Child Seen Alone?'),
    date('Date of latest review conference'),
    date('Child Protection Plan End Date'),
    yesNo(
      'Subject to Emergency Protection Order or Protected Under Police Powers in Last Six Months (Y/N)',
    ),
    count('Number of Previous Child Protection Plans'),
    ...allocated,
  ],
  'List 8': [
    ...child,
    yesNo('Unaccompanied Asylum Seeking Child (UASC) within the Last 12 Months (Y/N))'),
    disability,
    date('Date Started to be Looked After'),
    code("Child's Category of Need", NEED_CODE),
    yesNo(
      'Is this a second or subsequent period of being a Looked After Child within the last 12 months (Y/N)',
    ),
    date('Start date of current legal status'),
    code("Child's Legal Status", LEGAL_STATUS),
    date('Date of Latest Statutory Review'),
    date('Date of Last Social Work Visit'),
    option('What is the permanence plan for this child?', null),
    date('Date of Last IRO Visit / Contact to the Child'),
    date('Date of Last Health Assessment'),
    date('Date of Last Dental Check'),
    count('Number of Placements in the Last 12 months'),
    date('Date Ceased to be Looked After'),
    code('Reason Ceased to be Looked After', REASON_CEASED),
    date('Start Date of Most Recent Placement'),
    code('Placement Type', PLACEMENT_TYPE),
    code('Placement Provider', PLACEMENT_PROVIDER),
    text('Placement postcode'),
    { header: 'URN of Placement', kind: { type: 'urn' } },
    option('Placement Location', PLACEMENT_LOCATION),
    text('LA of Placement'),
    count(
      'Number of Episodes the Child has been \u2018Missing\u2019 from their Placement in the last 12 months',
    ),
    count(
      'Number of Episodes the Child has been \u2018Absent\u2019 from their Placement in the last 12 months',
    ),
    yesNo('Was the child offered a Return Interview after their last missing episode (Y/N)?'),
    yesNo('Did the child accept a Return Interview after their last missing episode (Y/N)?'),
    ...allocated,
  ],
  'List 9': [
    ...child,
    newer(yesNo('Unaccompanied Asylum Seeking Child (UASC), or formerly UASC if 18 or over (Y/N)')),
    disability,
    ...allocated,
    newer(text('Allocated Personal Advisor')),
    option('Eligibility Category', ELIGIBILITY, ['Eligibity Category']),
    newer(date('Latest Pathway Plan Review Date')),
    option('LA in Touch', IN_TOUCH),
    newer(date('Latest Date of Contact')),
    code('Type of Accommodation', ACCOMMODATION),
    option('Suitability of Accommodation', SUITABILITY, ['Suitability of Accomodation']),
    code('Activity Status', ACTIVITY),
  ],
  'List 10': [
    id('Child Unique ID'),
    id('Family identifier'),
    option('Gender', GENDER),
    code('Ethnicity', ETHNICITY),
    date('Date of Birth'),
    age('Age of Child (Years)'),
    disability,
    date('Date the Child Entered Care'),
    date('Date of Decision that Child Should be Placed for Adoption'),
    date('Date of Placement Order'),
    date('Date of Matching Child and Prospective Adopters'),
    date('Date Placed for Adoption'),
    date('Date of Adoption Order '),
    date('Date of Decision that Child Should No Longer be Placed for Adoption'),
    text('Reason Why Child No Longer Placed for Adoption'),
    date('Date the child was placed for fostering in FFA or concurrent planning placement'),
  ],
  'List 11': [
    id('Individual adopter identifier'),
    id('Family identifier'),
    option('Gender', GENDER),
    code('Ethnicity', ETHNICITY),
    yesNo('Disability'),
    yesNo('Is the (prospective) adopter fostering for adoption?'),
    date('Date enquiry received'),
    date('Date Stage 1 started'),
    date('Date Stage 1 ended'),
    date('Date Stage 2 started'),
    date('Date Stage 2 ended'),
    date('Date application submitted'),
    date('Date application approved'),
    date('Date adopter matched with child(ren)'),
    date('Date child/children placed with adopter(s)'),
    count('No. of children placed'),
    date('Date of Adoption Order'),
    date('Date of leaving adoption process'),
    text('Reason for leaving adoption process'),
  ],
} as const satisfies Record<string, readonly ListColumn[]>;

/** A list's sheet name: `List 1` … `List 11`. */
export type AnnexAListName = keyof typeof ANNEX_A_LISTS;

/** The list names in order. */
export const ANNEX_A_LIST_NAMES: readonly AnnexAListName[] = [
  'List 1',
  'List 2',
  'List 3',
  'List 4',
  'List 5',
  'List 6',
  'List 7',
  'List 8',
  'List 9',
  'List 10',
  'List 11',
];

/**
 * The list a sheet name stands for: `List 8`, `list8`, `LIST 8 ` and
 * `List 8 - Children in care` are all List 8.
 */
export function listNameOf(sheetName: string): AnnexAListName | undefined {
  const match = /^\s*list\s*(\d{1,2})(?!\d)/i.exec(sheetName);
  const name = match === null ? undefined : `List ${Number(match[1])}`;
  return ANNEX_A_LIST_NAMES.find((list) => list === name);
}

/** The key a column's values are stored under: its template header, trimmed. */
export function columnKey(column: ListColumn): string {
  return column.header.trim();
}
