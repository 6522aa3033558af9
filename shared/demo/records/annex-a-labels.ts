/**
 * How the Annex A template writes coded answers: a letter prefix and a label
 * where ILACS Annex A, https://www.gov.uk/government/publications/inspecting-local-authority-childrens-services-from-2018 shows them (`a) Male`, `a) WBRI`, `e) PR4 -
 * Private provision`, `f) U6: Foster placement…`, `C2: FCO`, `N1 - Abuse or
 * Neglect`), `CODE: label` elsewhere. The readers strip the prefix and keep
 * the code (shared/records/xlsx/annex-a-values.ts). Labels follow the 903
 * code meanings of DfE SSDA903 guidance, https://www.gov.uk/guidance/children-looked-after-return.
 */
import { ETHNICITY } from '../../records/xlsx/annex-a-codes';

const LETTERS = 'abcdefghijklmnopqrstuvwxyz';

/** `a) Male` / `b) Female`. */
export function genderAnswer(sex: string): string {
  return sex === '1' ? 'a) Male' : 'b) Female';
}

/** `a) Yes` / `b) No`. */
export function yesNo(value: boolean): string {
  return value ? 'a) Yes' : 'b) No';
}

/** `a) WBRI` … `r) OOTH`, and `s)` for both REFU and NOBT, as the template writes them. */
export function ethnicityAnswer(code: string): string {
  const index = ETHNICITY.codes.indexOf(code);
  return `${index >= 18 || index < 0 ? 's' : LETTERS[index]}) ${code}`;
}

const NEED: Readonly<Record<string, string>> = {
  N1: 'Abuse or Neglect',
  N2: "Child's disability",
  N3: 'Parental illness or disability',
  N4: 'Family in acute stress',
  N5: 'Family dysfunction',
  N6: 'Socially unacceptable behaviour',
  N7: 'Low income',
  N8: 'Absent parenting',
};

/** `N1 - Abuse or Neglect`. */
export function needAnswer(code: string): string {
  return `${code} - ${NEED[code] ?? ''}`;
}

const LEGAL: Readonly<Record<string, string>> = {
  C1: 'ICO',
  C2: 'FCO',
  E1: 'Placement order',
  V2: 'Section 20',
  L1: 'Police protection',
  L2: 'EPO',
  J2: 'Remanded to LA accommodation',
};

/** `C2: FCO`. */
export function legalAnswer(code: string): string {
  return `${code}: ${LEGAL[code] ?? code}`;
}

const PLACE: Readonly<Record<string, string>> = {
  U1: 'Foster placement with relative or friend - long term fostering',
  U2: 'Foster placement with relative or friend - FFA',
  U3: 'Foster placement with relative or friend - not long term or FFA',
  U4: 'Foster placement with other foster carer - long term fostering',
  U5: 'Foster placement with other foster carer - FFA',
  U6: 'Foster placement - not FFA',
  A5: 'Placed for adoption with placement order with current foster carer',
  A6: 'Placed for adoption with placement order not with current foster carer',
  H5: 'Semi-independent living accommodation',
  K1: "Secure children's home",
  K2: "Children's home",
  P1: 'Placed with own parents',
  P2: 'Independent living',
  R1: 'Residential care home',
  S1: 'Residential school',
  Z1: 'Other placement',
};

/** `f) U6: Foster placement - not FFA` (U1–U6 are the template's a–f); `K2: Children's home` otherwise. */
export function placeAnswer(code: string): string {
  const foster = /^U([1-6])$/.exec(code);
  const prefix = foster === null ? '' : `${LETTERS[Number(foster[1]) - 1]}) `;
  return `${prefix}${code}: ${PLACE[code] ?? code}`;
}

const PROVIDER = [
  'Parent(s) or other person(s) with parental responsibility',
  'Own provision (by the LA)',
  'Other LA provision',
  'Other public provision',
  'Private provision',
  'Voluntary/third sector provision',
];

/** `e) PR4 - Private provision`. */
export function providerAnswer(code: string): string {
  const index = Number(code.slice(2));
  return `${LETTERS[index]}) ${code} - ${PROVIDER[index] ?? ''}`;
}

/** Placement location: `a) In` the council's area or `b) Out`. */
export function locationAnswer(inArea: boolean): string {
  return inArea ? 'a) In' : 'b) Out';
}

const IN_TOUCH: Readonly<Record<string, string>> = {
  YES: 'a) Yes',
  NO: 'b) No',
  DIED: 'c) Died',
  REFU: 'd) Refu',
  NREQ: 'e) NREQ',
  RHOM: 'f) Rhom',
};

/** The template's `LA in Touch` answer for a 903 IN_TOUCH code. */
export function inTouchAnswer(code: string): string {
  return IN_TOUCH[code] ?? 'b) No';
}

const ACCOMMODATION: Readonly<Record<string, string>> = {
  B: 'Parents/relatives',
  C: 'Community home',
  D: 'Semi-independent, transitional accommodation',
  E: 'Supported lodgings',
  K: 'Ordinary lodgings',
  S: 'No fixed abode/homeless',
  T: 'Foyers',
  U: 'Independent living',
  V: 'Emergency accommodation',
  W: 'Bed and breakfast',
  X: 'In custody',
  Y: 'Other accommodation',
  Z: 'With former foster carers',
};

/** `U: Independent living` for an OC3 ACCOM such as `U1`; null for `0` (not provided). */
export function accommodationAnswer(accom: string): string | null {
  const letter = accom.slice(0, 1);
  return ACCOMMODATION[letter] === undefined ? null : `${letter}: ${ACCOMMODATION[letter]}`;
}

/** `a) Suitable` / `b) Unsuitable` from an OC3 ACCOM's digit; null for `0`. */
export function suitabilityAnswer(accom: string): string | null {
  if (accom.endsWith('1')) return 'a) Suitable';
  return accom.endsWith('2') ? 'b) Unsuitable' : null;
}

const ACTIVITY: Readonly<Record<string, string>> = {
  F1: 'Full time in higher education',
  P1: 'Part time in higher education',
  F2: 'Full time in education other than higher education',
  P2: 'Part time in education other than higher education',
  F3: 'Full time in training or employment',
  P3: 'Part time in training or employment',
  G4: 'Not in education, training or employment owing to illness or disability',
  G5: 'Not in education, training or employment owing to other reasons',
  G6: 'Not in education, training or employment owing to pregnancy or parenting',
};

/**
 * The template's activity (F1–F3, P1–P3, G4–G6) for an OC3 ACTIV. The 2024
 * 903 spec splits training or employment into F4/F5 and P4/P5, which the
 * template's nine answers write as F3 and P3. Null for `0` (not provided).
 */
export function activityAnswer(activ: string): string | null {
  const code = activ.replace(/^([FP])[45]$/, '$13');
  return ACTIVITY[code] === undefined ? null : `${code}: ${ACTIVITY[code]}`;
}
