/**
 * The trust's Annex A workbook: all eleven sheets with the template's exact
 * headers (`ANNEX_A_LISTS`, ILACS Annex A, https://www.gov.uk/government/publications/inspecting-local-authority-childrens-services-from-2018), List 8 (children in care)
 * and List 9 (care leavers) filled from the same children as the trust's 903
 * return, as at the end of the collection year, and the other lists empty.
 * List 8 holds every child the trust looked after during the year (those
 * who left with their date and reason ceased); List 9 the trust's OC3 cohort
 * and the young people who left its care at 16 or over in the year. Dates are
 * real date cells, counts and ages numbers, coded answers in the template's
 * style (annex-a-labels.ts).
 */
import { ANNEX_A_LIST_NAMES, ANNEX_A_LISTS } from '../../records/xlsx/annex-a-lists';
import {
  accommodationAnswer,
  activityAnswer,
  ethnicityAnswer,
  genderAnswer,
  inTouchAnswer,
  legalAnswer,
  locationAnswer,
  needAnswer,
  placeAnswer,
  providerAnswer,
  suitabilityAnswer,
  yesNo,
} from './annex-a-labels';
import { ageOn, episodesOf, type Child, type Context, type Episode } from './model';
import { AREAS } from './places';
import { personalAdviser, teamOf, workerName } from './staff';
import type { Cell, Sheet } from './xlsx-writer';
import { isoFromDay } from '../../records/ssda903/dates';

/** The Annex A workbook's sheets, and where the planted dental date sits. */
export type AnnexASheets = {
  readonly sheets: readonly Sheet[];
  readonly rows: { readonly list8: number; readonly list9: number };
  readonly planted: { readonly row: number; readonly child: string };
};

const date = (day: number | undefined): Cell =>
  day === undefined ? null : { date: isoFromDay(day) };

const NEW_PLACEMENT = new Set(['S', 'P', 'B']);

/** Placements held during the year: the one held on 1 April (or on entering care) and each move after it. */
function placementsInYear(context: Context, episodes: readonly Episode[]): number {
  const inYear = episodes.filter(
    (episode) => episode.start <= context.end && (episode.end ?? context.end) >= context.start,
  );
  return inYear.filter((episode, index) => index === 0 || NEW_PLACEMENT.has(episode.rne)).length;
}

function list8Row(context: Context, child: Child): Record<string, Cell> {
  const episodes = episodesOf(child);
  const last = episodes.at(-1);
  const period = child.periods.at(-1);
  const dates = child.dates;
  if (last === undefined || period === undefined || dates === undefined) return {};
  let legalSince = last;
  for (const episode of episodes.toReversed()) {
    if (episode.ls !== last.ls) break;
    legalSince = episode;
  }
  const placedSince =
    episodes.findLast((episode) => NEW_PLACEMENT.has(episode.rne) || episode.rne === 'T') ?? last;
  const missing = child.away.filter((away) => away.kind === 'M').length;
  const worker = child.workers.at(-1)?.id;
  const asAt = period.end ?? context.end;
  return {
    'Child Unique ID': child.id,
    Gender: genderAnswer(child.sex),
    Ethnicity: ethnicityAnswer(child.ethnic),
    'Date of Birth': date(child.dob),
    Age: ageOn(child.dob, context.end),
    'Unaccompanied Asylum Seeking Child (UASC) within the Last 12 Months (Y/N))': yesNo(child.uasc),
    'Does the Child have a Disability': yesNo(child.disability),
    'Date Started to be Looked After': date(period.start),
    "Child's Category of Need": needAnswer(child.need),
    'Is this a second or subsequent period of being a Looked After Child within the last 12 months (Y/N)':
      yesNo(child.periods.length > 1),
    'Start date of current legal status': date(legalSince.start),
    "Child's Legal Status": legalAnswer(last.ls),
    'Date of Latest Statutory Review': date(child.reviews.filter((day) => day <= asAt).at(-1)),
    'Date of Last Social Work Visit': date(dates.visit),
    'What is the permanence plan for this child?': dates.plan,
    'Date of Last IRO Visit / Contact to the Child': date(dates.iro),
    'Date of Last Health Assessment': date(dates.healthAssessment),
    'Date of Last Dental Check': date(dates.dental),
    'Number of Placements in the Last 12 months': placementsInYear(context, episodes),
    'Date Ceased to be Looked After': date(period.end),
    'Reason Ceased to be Looked After': period.end === undefined ? null : period.rec,
    'Start Date of Most Recent Placement': date(placedSince.start),
    'Placement Type': placeAnswer(last.placement.place),
    'Placement Provider': providerAnswer(last.placement.provider),
    'Placement postcode': last.placement.plPost,
    'URN of Placement': last.placement.urn,
    'Placement Location': locationAnswer(AREAS[last.placement.area].home),
    'LA of Placement': AREAS[last.placement.area].la,
    'Number of Episodes the Child has been \u2018Missing\u2019 from their Placement in the last 12 months':
      missing,
    'Number of Episodes the Child has been \u2018Absent\u2019 from their Placement in the last 12 months':
      child.away.length - missing,
    'Was the child offered a Return Interview after their last missing episode (Y/N)?':
      missing > 0 ? yesNo(dates.returnOffered) : null,
    'Did the child accept a Return Interview after their last missing episode (Y/N)?':
      missing > 0 ? yesNo(dates.returnAccepted) : null,
    'Allocated Team': teamOf(child, asAt),
    'Allocated Worker': worker === undefined ? null : workerName(worker),
  };
}

function list9Row(context: Context, child: Child): Record<string, Cell> {
  const leaver = child.leaver;
  if (leaver === undefined) return {};
  return {
    'Child Unique ID': child.id,
    Gender: genderAnswer(child.sex),
    Ethnicity: ethnicityAnswer(child.ethnic),
    'Date of Birth': date(child.dob),
    Age: ageOn(child.dob, context.end),
    'Does the Child have a Disability': yesNo(child.disability),
    'Allocated Team': 'Leaving Care Team',
    'Allocated Worker': personalAdviser(child),
    'Eligibility Category':
      leaver.eligibility === 'Relevant child' ? 'a) Relevant child' : 'b) Former relevant child',
    'LA in Touch': inTouchAnswer(leaver.inTouch),
    'Type of Accommodation': accommodationAnswer(leaver.accommodation),
    'Suitability of Accommodation': suitabilityAnswer(leaver.accommodation),
    'Activity Status': activityAnswer(leaver.activity),
  };
}

function sheet(
  name: (typeof ANNEX_A_LIST_NAMES)[number],
  rows: readonly Record<string, Cell>[],
): Sheet {
  const headers = ANNEX_A_LISTS[name].map((column) => column.header);
  return {
    name,
    rows: [headers, ...rows.map((row) => headers.map((header) => row[header.trim()] ?? null))],
  };
}

/**
 * The trust's Annex A sheets. Plants problem 9 of planted.ts: one child's
 * dental check date written `TBC`.
 */
export function buildAnnexA(context: Context, children: readonly Child[]): AnnexASheets {
  const trust = children.filter((child) => child.scope === 'trust');
  const inCare = trust.filter((child) => child.periods.length > 0);
  const list8 = inCare.map((child) => list8Row(context, child));
  const list9 = trust
    .filter((child) => child.leaver !== undefined && child.leaver.inTouch !== 'DIED')
    .map((child) => list9Row(context, child));
  const withDental = list8.flatMap((row, index) =>
    row['Date of Last Dental Check'] === null ? [] : [index],
  );
  const index = context.random.pick(withDental);
  const target = list8[index];
  if (target !== undefined) target['Date of Last Dental Check'] = 'TBC';
  const sheets = ANNEX_A_LIST_NAMES.map((name) =>
    sheet(name, name === 'List 8' ? list8 : name === 'List 9' ? list9 : []),
  );
  return {
    sheets,
    rows: { list8: list8.length, list9: list9.length },
    planted: { row: index + 2, child: inCare[index]?.id ?? '' },
  };
}
