/**
 * The demo council's children looked after during the year: who they are
 * (age, sex, ethnicity, UASC), when their periods of care began and ended,
 * and their episodes. Shares are from distributions.ts (DfE statistics as
 * cited there); the counts are set so the council looks after about 1,300
 * children during the year, some 950 at 31 March, a large borough by
 * DfE, Children looked after in England, https://explore-education-statistics.service.gov.uk/find-statistics/children-looked-after-in-england-including-adoptions table (Leeds 1,498, Bradford 1,366 at 31 March 2025).
 */
import { dayNumber, isoFromDay } from '../../records/ssda903/dates';
import {
  AGE_BANDS,
  CONTINUING_LEGAL,
  ENTRY_LEGAL,
  ETHNICITY,
  MOVES,
  NEED,
  REC_10_TO_17,
  REC_AT_18,
  REC_UNDER_10,
  SEX,
  UASC_ETHNICITY,
} from './distributions';
import { simulatePeriod, type PeriodPlan } from './episodes';
import { ageOn, birthday, type Child, type Context, type Period } from './model';
import { postcodeIn } from './places';
import { upnFor } from './upn';

/** Children looked after at some time in the year. */
export const CHILDREN_IN_CARE = 1300;

/** Share of children looked after during the year who entered care in it (DfE 2025: ~33,000 starts, ~110,000 looked after). */
const STARTER_SHARE = 0.3;
/** Share who leave care in the year, besides those turning 18 (DfE 2025: ~33,000 ceased). */
const CEASE = { starter: 0.33, continuing: 0.22 };
/** UASC: 8% of children looked after (DfE 2025: 7,000 of 81,770 at 31 March, 9%), aged 14 to 17 on arrival. */
const UASC_SHARE_OF_14_PLUS = 0.17;
/** Under-5s in care on 1 April on an adoption plan (DfE 2025: ~3,000 adoptions a year). */
const ADOPTION_SHARE = 0.2;
/** Children returned home who come back into care within the year (DfE: about a third within 5 years; assumption for one year). */
const REENTRY_SHARE = 0.12;

/** Moves into independent living (E5, E6), for a child of 16 or over only (DfE rule 387 sets 14). */
const INDEPENDENT = new Set(['E5', 'E6']);

function ceaseReason(context: Context, dob: number, day: number): string {
  const age = ageOn(dob, day);
  if (age < 10) return context.random.weighted(REC_UNDER_10);
  return context.random.weighted(
    age < 16 ? REC_10_TO_17.filter(([rec]) => !INDEPENDENT.has(rec)) : REC_10_TO_17,
  );
}

function entryStatus(context: Context, uasc: boolean, starter: boolean, age: number): string {
  if (uasc) return 'V2';
  const status = context.random.weighted(starter ? ENTRY_LEGAL : CONTINUING_LEGAL);
  // Remand (J1) is for children of criminal age, 10 or over (DfE rule 358).
  if (status === 'J1' && age < 10) return 'V2';
  // A full care order follows an interim one, so a child on C2 started on C1.
  return status === 'C2' ? 'C1' : status;
}

/** When the periods of care start and end, and how often the child moves. */
function planPeriods(
  context: Context,
  child: { dob: number; age: number; uasc: boolean; homePost: string },
): PeriodPlan[] {
  const { random, start: yearStart, end: yearEnd } = context;
  const { dob, age, uasc, homePost } = child;
  const bornInYear = dob >= yearStart;
  const starter = bornInYear || (age < 18 && random.chance(uasc ? 0.5 : STARTER_SHARE));
  let start: number;
  if (starter) {
    start = random.int(Math.max(dob, yearStart), yearEnd - 1);
  } else {
    const inCareFor = Math.max(1, Math.ceil(-Math.log(1 - random.next()) * (uasc ? 300 : 900)));
    start = Math.max(dob + random.int(0, 20), yearStart - inCareFor);
    if (start >= yearStart) start = yearStart - random.int(1, 60);
    // Not before birth (DfE rule 302): a baby born just before the year came into care at birth.
    start = Math.max(start, dob);
  }
  const unsettled = random.chance(age < 10 ? MOVES.unsettledUnder10 : MOVES.unsettled10);
  const movesPerYear = unsettled ? MOVES.unsettled : MOVES.settled;
  let cease: PeriodPlan['cease'];
  let adoption: PeriodPlan['adoption'];
  if (age === 18) {
    cease = { day: birthday(dob, 18), rec: random.weighted(REC_AT_18) };
  } else if (!starter && age <= 4 && !uasc && random.chance(ADOPTION_SHARE)) {
    const placed = Math.max(start + 90, random.int(yearStart - 200, yearEnd - 40));
    if (placed < yearEnd) {
      adoption = { placed, place: random.chance(0.3) ? 'A5' : 'A6' };
      // The adoption order, if made in the year, after at least six months' placement.
      const order = Math.max(placed + random.int(170, 360), yearStart + random.int(1, 60));
      if (order < yearEnd) cease = { day: order, rec: random.chance(0.8) ? 'E11' : 'E12' };
    }
  } else if (random.chance(starter ? CEASE.starter : CEASE.continuing)) {
    const from = Math.max(start + 4, yearStart + 7);
    if (from < yearEnd) {
      const day = random.int(from, yearEnd - 1);
      cease = { day, rec: ceaseReason(context, dob, day) };
    }
  }
  const first: PeriodPlan = {
    start,
    cease,
    entryLs: adoption === undefined ? entryStatus(context, uasc, starter, ageOn(dob, start)) : 'C1',
    movesPerYear,
    dob,
    homePost,
    ...(adoption === undefined ? {} : { adoption }),
  };
  const plans = [first];
  const back = cease === undefined ? undefined : cease.day + random.int(30, 150);
  if (
    cease !== undefined &&
    back !== undefined &&
    (cease.rec === 'E4A' || cease.rec === 'E4B') &&
    back < yearEnd - 20 &&
    // Back in care as a child: under 18 for the rest of the year (DfE rules 352, 359).
    ageOn(dob, yearEnd) < 18 &&
    random.chance(REENTRY_SHARE)
  ) {
    plans.push({
      start: back,
      cease: undefined,
      entryLs: entryStatus(context, false, true, ageOn(dob, back)),
      movesPerYear,
      dob,
      homePost,
    });
  }
  return plans;
}

/** Draws one child looked after during the year (its id is given later). */
export function drawChildInCare(context: Context): Child {
  const { random, end: yearEnd } = context;
  const [low, high] = random.weighted(AGE_BANDS);
  const age = random.int(low, high);
  const uasc = age >= 14 && random.chance(UASC_SHARE_OF_14_PLUS);
  const endYear = Number(isoFromDay(yearEnd).slice(0, 4));
  let dob = dayNumber(endYear - age, 3, 31) - random.int(0, 364);
  // Many UASC are given 1 January as their date of birth when it is not known.
  if (uasc && age < 17 && random.chance(0.4)) dob = dayNumber(endYear - age, 1, 1);
  // Not 17 on 1 April itself: the DfE's rules 189 (no SDQ for a child 17 on
  // 1 April) and 197B (an SDQ item for one turning 17 in the year) both
  // claim that child, so no return can satisfy both.
  if (birthday(dob, 17) === context.start) dob += 1;
  // Care ends before 31 March (here and below): whether a child who left on
  // 31 March was looked after all year (the OC2 cohort, DfE rules 187, 191)
  // or left in it (AD1, rule 601) the rules do not agree.
  if (birthday(dob, 18) === yearEnd) dob -= 1;
  const sex = uasc ? (random.chance(0.94) ? '1' : '2') : random.weighted(SEX);
  const homePost = postcodeIn(random, random.chance(0.94) ? 'northmoor' : 'eastvale');
  const periods: Period[] = planPeriods(context, { dob, age, uasc, homePost }).map((plan) =>
    simulatePeriod(context, plan),
  );
  const isMother = sex === '2' && age >= 14 && random.chance(0.03);
  return {
    id: '',
    scope: 'trust',
    sex,
    dob,
    ethnic: random.weighted(uasc ? UASC_ETHNICITY : ETHNICITY),
    upn: upnFor(random, age, uasc, endYear, context.upns),
    mother: sex === '2' ? (isMother ? '1' : '0') : '',
    // Her child was born while she was looked after, by the year's end (DfE rule 625).
    mcDob: isMother
      ? Math.min(periods.at(-1)?.end ?? yearEnd, yearEnd) - random.int(30, 600)
      : undefined,
    uasc,
    disability: random.chance(0.09),
    need: uasc ? 'N8' : random.weighted(NEED.filter(([code]) => code !== 'N8').concat([['N8', 2]])),
    homePost,
    periods,
    reviews: [],
    away: [],
    health: undefined,
    workers: [],
    prevPerm: undefined,
    adoption: undefined,
    leaver: undefined,
    oc3: false,
    dates: undefined,
  };
}
