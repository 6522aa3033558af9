/**
 * Code and option lists for Annex A's coded answers. Sources: liia-tools
 * `spec/annex_a/data-map.yml` as summarised in ILACS Annex A, https://www.gov.uk/government/publications/inspecting-local-authority-childrens-services-from-2018; the 903
 * code lists of DfE SSDA903 guidance, https://www.gov.uk/guidance/children-looked-after-return and DfE SSDA903 guidance, https://www.gov.uk/guidance/children-looked-after-return where Annex A reuses
 * them (placement type, provider, legal status, category of need, care
 * leavers' accommodation and activity).
 */
import { DFE_ETHNICITY_CODES } from '../ethnicity';

/** A list of codes: the answer is `[x) ]CODE[: or - label]` and the code is kept. */
export type CodeList = {
  readonly codes: readonly string[];
  /**
   * False where the sources name only some codes (DfE SSDA903 guidance, https://www.gov.uk/guidance/children-looked-after-return gives the
   * count, not every code): an unknown code is then a warning, not an error.
   */
  readonly complete: boolean;
};

/** A list of options: the answer is `[x) ]Label` and the label is kept as the list writes it. */
export type OptionList = {
  readonly options: readonly string[];
  /** Other spellings accepted for an option, lower case → option. */
  readonly synonyms?: Readonly<Record<string, string>>;
};

/** The 20 DfE ethnicity codes (`a) WBRI` … `s) NOBT`). */
export const ETHNICITY: CodeList = {
  codes: DFE_ETHNICITY_CODES,
  complete: true,
};

/** Placement type: the 27 codes of 903 PLACE (`a) U1: …` to `zz) T4: …`). */
export const PLACEMENT_TYPE: CodeList = {
  codes: [
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
  ].concat(['S1', 'T0', 'T1', 'T2', 'T3', 'T4', 'U1', 'U2', 'U3', 'U4', 'U5', 'U6', 'Z1']),
  complete: true,
};

/** Placement provider: PR0–PR5 (`e) PR4 - Private provision`). */
export const PLACEMENT_PROVIDER: CodeList = {
  codes: ['PR0', 'PR1', 'PR2', 'PR3', 'PR4', 'PR5'],
  complete: true,
};

/** Legal status: the 13 codes of 903 LS (`C2: FCO`). */
export const LEGAL_STATUS: CodeList = {
  codes: ['C1', 'C2', 'D1', 'E1', 'V2', 'V3', 'V4', 'L1', 'L2', 'L3', 'J1', 'J2', 'J3'],
  complete: true,
};

/**
 * Reason ceased to be looked after: 903 REC's E-codes. ILACS Annex A, https://www.gov.uk/government/publications/inspecting-local-authority-childrens-services-from-2018
 * counts 22 in Annex A; 21 are known here, so the list is not complete.
 */
export const REASON_CEASED: CodeList = {
  codes: ['E11', 'E12', 'E2', 'E3', 'E4A', 'E4B', 'E13', 'E41', 'E45', 'E46', 'E47', 'E48'].concat([
    'E5',
    'E6',
    'E7',
    'E9',
    'E14',
    'E15',
    'E16',
    'E17',
    'E8',
  ]),
  complete: false,
};

/** Category of need / primary need: N1 (abuse or neglect) to N8 (absent parenting). */
export const NEED_CODE: CodeList = {
  codes: ['N1', 'N2', 'N3', 'N4', 'N5', 'N6', 'N7', 'N8'],
  complete: true,
};

/**
 * Care leavers' type of accommodation: 16 letters (`B: Parents/relatives` …
 * `Z: With former foster carers`), the letters of 903 OC3 ACCOM. Taken from
 * the 903 list rather than the Annex A template, so not marked complete.
 */
export const ACCOMMODATION: CodeList = {
  codes: ['B', 'C', 'D', 'E', 'G', 'H', 'K', 'R', 'S', 'T', 'U', 'V', 'W', 'X', 'Y', 'Z'],
  complete: false,
};

/**
 * Care leavers' activity: F1–F5, P1–P5 (full and part time), G4–G6 (not in
 * education, employment or training). F4/P4 (apprenticeships) and F5/P5
 * (training or employment other than an apprenticeship) replaced F3/P3 in
 * 903 OC3 ACTIV from 2021/22 (DfE SSDA903 guidance,
 * https://www.gov.uk/guidance/children-looked-after-return), and the current
 * Annex A template lists them; F3/P3 stay for workbooks on the older lists.
 */
export const ACTIVITY: CodeList = {
  codes: ['F1', 'F2', 'F3', 'F4', 'F5', 'P1', 'P2', 'P3', 'P4', 'P5', 'G4', 'G5', 'G6'],
  complete: true,
};

/** Gender: `a) Male`, `b) Female`, `c) Not stated/recorded`, `d) Neither`. */
export const GENDER: OptionList = {
  options: ['Male', 'Female', 'Not stated/recorded', 'Neither'],
};

/** Yes/No questions: `a) Yes`, `b) No`, `c) Unknown`; `Y`/`N` answer the `(Y/N)` headers. */
export const YES_NO: OptionList = {
  options: ['Yes', 'No', 'Unknown'],
  synonyms: { y: 'Yes', n: 'No' },
};

/** Placement location: `a) In`, `b) Out` (of the LA's area). */
export const PLACEMENT_LOCATION: OptionList = { options: ['In', 'Out'] };

/** Care leavers' eligibility category. */
export const ELIGIBILITY: OptionList = {
  options: ['Relevant child', 'Former relevant child', 'Qualifying care leaver'],
};

/** Whether the LA is in touch with a care leaver. */
export const IN_TOUCH: OptionList = {
  options: ['Yes', 'No', 'Died', 'Refu', 'NREQ', 'Rhom'],
};

/** Suitability of a care leaver's accommodation. */
export const SUITABILITY: OptionList = { options: ['Suitable', 'Unsuitable'] };
