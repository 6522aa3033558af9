/**
 * What each SSDA903 column code means, in the words of the DfE's guide to
 * the children looked after return
 * (https://www.gov.uk/government/publications/children-looked-after-return-2024-to-2025-guide).
 * The 2024 spec data (ssda903/spec-2024.ts) gives each column's type and
 * allowed codes but no description, so the descriptions are kept here, once;
 * the allowed codes are still read from the spec data ({@link columnHint}).
 */
import { SPEC_SECTION, TABLE_NAMES, type TableName } from './ssda903/tables';
import { SSDA903_SPEC_2024 } from './ssda903/spec-2024';
import type { SpecSections } from './ssda903/spec-types';

/** Column code → what it records. Shared columns (CHILD, DOB) mean the same in every table. */
export const SSDA903_COLUMN_MEANINGS: Readonly<Record<string, string>> = {
  CHILD: 'Child’s looked-after identifier',
  SEX: 'Sex (1 male, 2 female)',
  DOB: 'Date of birth',
  ETHNIC: 'Ethnic origin',
  UPN: 'Unique pupil number',
  MOTHER: 'Whether the child is a mother',
  MC_DOB: 'Date of birth of the mother’s child',
  UASC: 'Unaccompanied asylum-seeking child',
  DECOM: 'Date the episode started',
  RNE: 'Reason for new episode',
  LS: 'Legal status',
  CIN: 'Category of need',
  PLACE: 'Placement type',
  PLACE_PROVIDER: 'Placement provider',
  DEC: 'Date the episode ceased',
  REC: 'Reason the episode ceased',
  REASON_PLACE_CHANGE: 'Reason for the change of placement',
  HOME_POST: 'Postcode of the child’s home',
  PL_POST: 'Postcode of the placement',
  URN: 'Ofsted unique reference number of the placement',
  REVIEW: 'Date of the review',
  REVIEW_CODE: 'How the child took part in the review',
  DUC: 'Date the child stopped being an unaccompanied asylum-seeking child',
  SDQ_SCORE: 'Strengths and difficulties questionnaire score',
  SDQ_REASON: 'Reason the questionnaire was not completed',
  CONVICTED: 'Convicted during the year',
  HEALTH_CHECK: 'Health surveillance checks up to date',
  IMMUNISATIONS: 'Immunisations up to date',
  TEETH_CHECK: 'Dental check in the year',
  HEALTH_ASSESSMENT: 'Annual health assessment up to date',
  SUBSTANCE_MISUSE: 'Identified as having a substance misuse problem',
  INTERVENTION_RECEIVED: 'Received an intervention for substance misuse',
  INTERVENTION_OFFERED: 'Offered an intervention for substance misuse and refused it',
  IN_TOUCH: 'Whether the council is in touch with the care leaver',
  ACTIV: 'Care leaver’s main activity',
  ACCOM: 'Care leaver’s accommodation',
  DATE_INT: 'Date of the decision that the child should be placed for adoption',
  DATE_MATCH: 'Date the child was matched with adopters',
  FOSTER_CARE: 'Adopted by their foster carers',
  NB_ADOPTR: 'Number of adopters',
  SEX_ADOPTR: 'Sex of the adopters',
  LS_ADOPTR: 'Legal status of the adopters',
  DATE_PLACED: 'Date of the decision that the child should be placed for adoption',
  DATE_PLACED_CEASED: 'Date that decision ceased',
  REASON_PLACED_CEASED: 'Reason that decision ceased',
  PREV_PERM: 'Previous permanence arrangement',
  LA_PERM: 'Council that made the previous permanence arrangement',
  DATE_PERM: 'Date of the previous permanence arrangement',
  MISSING: 'Missing (M) or away without authorisation (A)',
  MIS_START: 'Date the missing or away episode started',
  MIS_END: 'Date the missing or away episode ended',
  SW_ID: 'Social worker’s identifier',
  SW_DECOM: 'Date the social worker episode started',
  SW_DEC: 'Date the social worker episode ended',
  SW_REASON: 'Reason the social worker changed',
  DOLO_START: 'Date the deprivation of liberty order started',
  DOLO_END: 'Date the deprivation of liberty order ended',
};

function isTableName(name: string): name is TableName {
  return TABLE_NAMES.some((table) => table === name);
}

/** A column code's meaning and, for coded columns, the codes the 2024 spec allows. */
export type ColumnHint = {
  readonly meaning: string;
  /** e.g. `S, L, P, T, B, U`; empty for free text, dates and numbers. */
  readonly codes: readonly string[];
};

/**
 * The hint for a 903 column in a table, or `undefined` for a column that is
 * not a 903 code (Annex A and provider-list headers are already words).
 */
export function columnHint(table: string, column: string): ColumnHint | undefined {
  const meaning = SSDA903_COLUMN_MEANINGS[column];
  if (meaning === undefined) return undefined;
  const section = isTableName(table) ? SPEC_SECTION[table] : undefined;
  const sections: SpecSections = SSDA903_SPEC_2024;
  const entry = section === undefined ? undefined : sections[section]?.[column];
  return { meaning, codes: (entry?.category ?? []).map((item) => item.code.trim()) };
}
