/**
 * Code lists for the DfE 903 rules 101–196 and 1009, each with its source:
 * the liia-tools SSDA903 schema for the year (test/fixtures/ssda903/spec-by-year)
 * or, where the DfE rule differs, the DfE rule's own list. DfE guidance:
 * https://www.gov.uk/guidance/children-looked-after-return
 */
import { DFE_ETHNICITY_CODES } from '../../ethnicity';
import type { DfeRuleYear } from './years';

/** Ethnicity codes (schema 2017 header.ETHNIC; rule 103). */
export const ETHNIC: readonly string[] = DFE_ETHNICITY_CODES;

/** OC3 ACTIV from 2021/22 (schema 2022 diff: F3, P3 replaced by F4, P4, F5, P5). */
export const ACTIV = ['F1', 'P1', 'F2', 'P2', 'F4', 'P4', 'F5', 'P5', 'G4', 'G5', 'G6', '0'];

/**
 * OC3 ACCOM as DfE rule 133 accepts it: the schema's 33 codes without S1 and
 * X1, which the rule does not list (S1 and X1 are not accommodation codes in
 * the DfE's 903 guidance for care leavers; the rule is followed for its own code).
 */
export const ACCOM = [
  'B1',
  'B2',
  'C1',
  'C2',
  'D1',
  'D2',
  'E1',
  'E2',
  'G1',
  'G2',
  'H1',
  'H2',
  'K1',
  'K2',
  'R1',
  'R2',
  'S2',
  'T1',
  'T2',
  'U1',
  'U2',
  'V1',
  'V2',
  'W1',
  'W2',
  'X2',
  'Y1',
  'Y2',
  'Z1',
  'Z2',
  '0',
];

/** Placement types the schema lists to 2023/24 (schema 2017 episodes.PLACE). */
const PLACE_2017 = [
  'A3',
  'A4',
  'A5',
  'A6',
  'H5',
  'K1',
  'K2',
  'P1',
  'P2',
  'P3',
  'R1',
  'R2',
  'R3',
  'R5',
  'S1',
  'T0',
  'T1',
  'T2',
  'T3',
  'T4',
  'U1',
  'U2',
  'U3',
  'U4',
  'U5',
  'U6',
  'Z1',
];
/**
 * Rule 146's list by year. 2024/25: the DfE rule adds K3 (short breaks in a
 * children's home) and still accepts H5, P2 and Z1. 2025/26 on: the rule
 * drops H5, P2 and Z1 and adds Z11–Z14 (the schema's 2026 diff keeps Z1, but
 * the DfE rule is followed for its own code).
 */
export const PLACE_BY_YEAR: Readonly<Record<DfeRuleYear, ReadonlySet<string>>> = {
  '2022/23': new Set(PLACE_2017),
  '2023/24': new Set(PLACE_2017),
  '2024/25': new Set([...PLACE_2017, 'K3']),
  '2025/26': new Set([
    ...PLACE_2017.filter((place) => !['H5', 'P2', 'Z1'].includes(place)),
    'K3',
    'Z11',
    'Z12',
    'Z13',
    'Z14',
  ]),
  '2026/27': new Set([
    ...PLACE_2017.filter((place) => !['H5', 'P2', 'Z1'].includes(place)),
    'K3',
    'Z11',
    'Z12',
    'Z13',
    'Z14',
  ]),
};

/** Reason episode ceased from 2018/19 (schema 2019 diff: E43, E44 replaced by E45–E48). */
export const REC = [
  'X1',
  'E11',
  'E12',
  'E2',
  'E3',
  'E4A',
  'E4B',
  'E13',
  'E41',
  'E45',
  'E46',
  'E47',
  'E48',
  'E5',
  'E6',
  'E7',
  'E9',
  'E14',
  'E15',
  'E16',
  'E17',
  'E8',
];

export const REVIEW_CODES: ReadonlySet<string> = new Set([
  'PN0',
  'PN1',
  'PN2',
  'PN3',
  'PN4',
  'PN5',
  'PN6',
  'PN7',
]);

/** Reasons for placement change from 2018/19 (schema 2019 diff adds CUSTOD). */
export const REASON_PLACE_CHANGE = [
  'CARPL',
  'CLOSE',
  'ALLEG',
  'STAND',
  'APPRR',
  'CREQB',
  'CREQO',
  'CHILD',
  'LAREQ',
  'PLACE',
  'CUSTOD',
  'OTHER',
];

export const ADOPTION_ITEMS = [
  'DATE_INT',
  'DATE_MATCH',
  'FOSTER_CARE',
  'NB_ADOPTR',
  'SEX_ADOPTR',
  'LS_ADOPTR',
] as const;
export const LEAVER_ITEMS = ['IN_TOUCH', 'ACTIV', 'ACCOM'] as const;

/** Sex codes for male and female: 1/2 until 2023/24, M/F from 2024/25 (schema 2025 diff). */
export function sexCodes(year: DfeRuleYear): { readonly male: string; readonly female: string } {
  return year === '2022/23' || year === '2023/24'
    ? { male: '1', female: '2' }
    : { male: 'M', female: 'F' };
}

/**
 * Placement types with no placement provider (rule 178): temporary
 * placements and, to 2024/25, Z1; from 2025/26 the DfE rule lists T0–T3 and
 * the new Z11–Z14 (and no longer T4 or Z1).
 */
export function noProviderPlaces(year: DfeRuleYear): ReadonlySet<string> {
  return year === '2025/26' || year === '2026/27'
    ? new Set(['T0', 'T1', 'T2', 'T3', 'Z11', 'Z12', 'Z13', 'Z14'])
    : new Set(['T0', 'T1', 'T2', 'T3', 'T4', 'Z1']);
}

export const PROVIDERS: ReadonlySet<string> = new Set(['PR0', 'PR1', 'PR2', 'PR3', 'PR4', 'PR5']);

/**
 * A UPN (DfE, "Unique pupil numbers", https://www.gov.uk/government/publications/unique-pupil-numbers):
 * a check letter other than I, O or S, then 12 digits, or 11 digits and a
 * letter for a temporary UPN; or one of the codes UN1–UN5 when unknown.
 */
export const UPN = /^(?:[A-HJ-NP-RT-Z](?:\d{12}|\d{11}[A-Z])|UN[1-5])$/;

/** The OC2 items for children looked after 12 months (rules 181, 190). */
export const OC2_ITEMS = [
  'CONVICTED',
  'HEALTH_CHECK',
  'IMMUNISATIONS',
  'TEETH_CHECK',
  'HEALTH_ASSESSMENT',
  'SUBSTANCE_MISUSE',
  'INTERVENTION_RECEIVED',
  'INTERVENTION_OFFERED',
] as const;
/** The OC2 items every child in the cohort must have (rules 182, 191). */
export const OC2_REQUIRED = [
  'IMMUNISATIONS',
  'TEETH_CHECK',
  'HEALTH_ASSESSMENT',
  'SUBSTANCE_MISUSE',
] as const;
