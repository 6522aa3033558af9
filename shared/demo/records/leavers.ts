/**
 * Care leavers: the OC3 cohort (young people who were looked after at 16 or
 * later and turn 19, 20 or 21 in the year) and what is known about those who
 * left care in the year. DfE 2025 care leavers aged 19 to 21: the council in
 * touch with about 91%, 88% in suitable accommodation, about half in
 * education, employment or training (the demo's own evidence says 48%,
 * shared/demo/content.ts). Codes are the 2024 903 spec's: ACTIV F1,
 * P1, F2, P2, F4, P4, F5, P5 (in EET), G4–G6 (not); ACCOM a letter and 1
 * (suitable) or 2 (not).
 */
import { dayNumber, isoFromDay } from '../../records/ssda903/dates';
import { ETHNICITY, SEX, UASC_ETHNICITY } from './distributions';
import type { Child, Context, Leaver } from './model';
import { postcodeIn } from './places';
import type { Weighted } from './random';
import { upnFor } from './upn';

/** Care leavers in the OC3 cohort (DfE 2025: about 0.35 per child looked after during the year in a borough like this). */
export const OC3_LEAVERS = 260;

const IN_TOUCH: Weighted<string> = [
  ['YES', 91],
  ['NO', 3.5],
  ['REFU', 2],
  ['NREQ', 2.5],
  ['DIED', 0.4],
  ['RHOM', 0.6],
];

const ACTIVITY: Weighted<string> = [
  ['F1', 7],
  ['P1', 1],
  ['F2', 13],
  ['P2', 3],
  ['F4', 16],
  ['P4', 6],
  ['F5', 5],
  ['P5', 2],
  ['G4', 9],
  ['G5', 30],
  ['G6', 8],
];

/** Accommodation letters (B parents or relatives, U independent, Z former foster carers…). */
const ACCOMMODATION: Weighted<string> = [
  ['U', 33],
  ['B', 13],
  ['Z', 9],
  ['D', 9],
  ['E', 5],
  ['T', 3],
  ['K', 4],
  ['C', 1],
  ['X', 3],
  ['S', 2],
  ['V', 2],
  ['W', 1],
  ['Y', 6],
];

/** Where young people leaving care at 16 to 18 go, by reason ceased (assumption). */
const ACCOMMODATION_ON_LEAVING: Readonly<Record<string, Weighted<string>>> = {
  E17: [['Z', 1]],
  E5: [
    ['D', 60],
    ['E', 25],
    ['T', 15],
  ],
  E6: [
    ['U', 70],
    ['K', 30],
  ],
  E4A: [['B', 1]],
  E13: [['B', 1]],
  E7: [['C', 1]],
};

const UNSUITABLE = new Set(['S', 'V', 'W', 'X']);
/** Accommodation never judged suitable: custody (X) and no fixed abode (S), as DfE rule 133 lists no X1 or S1. */
const NEVER_SUITABLE = new Set(['S', 'X']);

function situation(
  context: Context,
  letters: Weighted<string>,
  inTouch: string,
): Omit<Leaver, 'eligibility'> {
  const { random } = context;
  if (inTouch === 'DIED' || inTouch === 'RHOM')
    return { inTouch, activity: '0', accommodation: '0' };
  const letter = random.weighted(letters);
  const suitable =
    !NEVER_SUITABLE.has(letter) &&
    (UNSUITABLE.has(letter) ? random.chance(0.2) : random.chance(0.96));
  // Not in touch: the last known activity and accommodation are reported.
  return {
    inTouch,
    activity: random.weighted(ACTIVITY),
    accommodation: `${letter}${suitable ? 1 : 2}`,
  };
}

/** A care leaver in the OC3 cohort (its id is given later). */
export function drawOc3Leaver(context: Context): Child {
  const { random, end } = context;
  const endYear = Number(isoFromDay(end).slice(0, 4));
  const age = random.pick([19, 20, 21]);
  const dob = dayNumber(endYear - age, 3, 31) - random.int(0, 364);
  const uasc = random.chance(0.2);
  const sex = uasc ? (random.chance(0.95) ? '1' : '2') : random.weighted(SEX);
  return {
    id: '',
    scope: 'trust',
    sex,
    dob,
    ethnic: random.weighted(uasc ? UASC_ETHNICITY : ETHNICITY),
    upn: upnFor(random, age, uasc, endYear, context.upns),
    mother: '',
    mcDob: undefined,
    uasc,
    disability: random.chance(0.1),
    need: uasc ? 'N8' : 'N1',
    homePost: postcodeIn(random, 'northmoor'),
    periods: [],
    reviews: [],
    away: [],
    health: undefined,
    workers: [],
    prevPerm: undefined,
    adoption: undefined,
    leaver: {
      ...situation(context, ACCOMMODATION, random.weighted(IN_TOUCH)),
      eligibility: 'Former relevant child',
    },
    oc3: true,
    dates: undefined,
  };
}

/** What is known of a child who left care in the year at 16 or over (Annex A List 9). */
export function drawLeaving(context: Context, child: Child, age: number): void {
  const last = child.periods.at(-1);
  if (last?.end === undefined || age < 16) return;
  const letters = ACCOMMODATION_ON_LEAVING[last.rec];
  if (letters === undefined) return;
  child.leaver = {
    ...situation(context, letters, context.random.chance(0.95) ? 'YES' : 'NO'),
    eligibility: age >= 18 ? 'Former relevant child' : 'Relevant child',
  };
}
