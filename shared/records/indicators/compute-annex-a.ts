/**
 * The Annex A indicators of one scope (catalogue-annex-a.ts), and the date
 * the lists are measured at.
 */
import type { CareChild, LeaverChild } from './annex-a-rows';
import type { Tally } from './compute-903';
import { addMonths, ageOn } from './dates';

/** One scope's Annex A children, one record per child; a list is undefined when not imported. */
export type AnnexAScope = {
  readonly care: ReadonlyMap<string, CareChild> | undefined;
  readonly leavers: ReadonlyMap<string, LeaverChild> | undefined;
};

// Full-time (F) and part-time (P) activity codes are EET; G codes are not. The
// 2024 SSDA903 spec uses F1, F2, F4, F5, P1, P2, P4, P5 (F3/P3 in older returns).
const EET = new Set(['F1', 'F2', 'F3', 'F4', 'F5', 'P1', 'P2', 'P3', 'P4', 'P5']);

type Counter = { numerator: number; denominator: number };
const counter = (): Counter => ({ numerator: 0, denominator: 0 });

function count(into: Counter, hit: boolean): void {
  into.denominator += 1;
  if (hit) into.numerator += 1;
}

const within = (day: number | undefined, from: number, to: number): boolean =>
  day !== undefined && day >= from && day <= to;

/**
 * The date List 8 describes, when none is given: the latest of its children's
 * start, end, review, visit, health and dental dates, ignoring the latest 1%
 * of them (so that one mistyped year, such as 2030, does not move it).
 */
export function detectAsAt(children: Iterable<CareChild>): number | undefined {
  const days: number[] = [];
  for (const child of children) {
    for (const day of [
      child.started,
      child.ceased,
      child.latestReview,
      child.lastVisit,
      child.lastHealthAssessment,
      child.lastDentalCheck,
    ]) {
      if (day !== undefined) days.push(day);
    }
  }
  if (days.length === 0) return undefined;
  days.sort((a, b) => a - b);
  return days[Math.max(0, Math.ceil(days.length * 0.99) - 1)];
}

/** Counts the List 8 indicators that need the list date. */
function tallyDated(care: ReadonlyMap<string, CareChild>, asAt: number) {
  const c = { reviews: counter(), visits: counter(), health: counter(), dental: counter() };
  const sixMonths = addMonths(asAt, -6);
  const twelveMonths = addMonths(asAt, -12);
  const sixWeeks = asAt - 42;
  for (const child of care.values()) {
    const started = child.started;
    if (started === undefined || started > asAt) continue;
    if (child.ceased !== undefined && child.ceased <= asAt) continue;
    if (started <= sixMonths) count(c.reviews, within(child.latestReview, sixMonths, asAt));
    if (started <= sixWeeks) count(c.visits, within(child.lastVisit, sixWeeks, asAt));
    if (started <= twelveMonths) {
      const under5 = child.dob !== undefined && ageOn(child.dob, asAt) < 5;
      const since = under5 ? sixMonths : twelveMonths;
      count(c.health, within(child.lastHealthAssessment, since, asAt));
      count(c.dental, within(child.lastDentalCheck, twelveMonths, asAt));
    }
  }
  return c;
}

/** Counts every Annex A indicator of one scope; `asAt` is undefined when the lists hold no dates. */
export function tallyAnnexA(scope: AnnexAScope, asAt: number | undefined): Map<string, Tally> {
  const tallies = new Map<string, Tally>();
  const care = scope.care;
  if (care === undefined) {
    for (const id of LIST_8_IDS) {
      tallies.set(id, { reason: 'No Annex A List 8 was imported for this scope.' });
    }
    tallies.set('placed-out-of-area', {
      reason:
        'Not available without Annex A List 8: SSDA903 data holds placement postcodes, not council areas.',
    });
  } else {
    const c = {
      outOfArea: counter(),
      placements: counter(),
      missing: counter(),
      absent: counter(),
      offered: counter(),
      accepted: counter(),
    };
    for (const child of care.values()) {
      const inCare = child.ceased === undefined || (asAt !== undefined && child.ceased > asAt);
      if (inCare && child.location !== undefined) count(c.outOfArea, child.location === 'out');
      if (child.placements !== undefined) count(c.placements, child.placements >= 3);
      if (child.missing !== undefined) count(c.missing, child.missing >= 1);
      if (child.absent !== undefined) count(c.absent, child.absent >= 1);
      if (child.missing !== undefined && child.missing >= 1) {
        count(c.offered, child.returnOffered === true);
      }
      if (child.returnOffered === true) count(c.accepted, child.returnAccepted === true);
    }
    tallies.set('placed-out-of-area', c.outOfArea);
    tallies.set('list8-placements-3-plus', c.placements);
    tallies.set('list8-missing-children', c.missing);
    tallies.set('list8-absent-children', c.absent);
    tallies.set('list8-return-interview-offered', c.offered);
    tallies.set('list8-return-interview-accepted', c.accepted);
    const noDate = {
      reason: 'List 8 holds no dates to measure at. Set the list date (asAt) to compute this.',
    };
    const dated = asAt === undefined ? undefined : tallyDated(care, asAt);
    tallies.set('list8-reviews-on-time', dated?.reviews ?? noDate);
    tallies.set('list8-visits-on-time', dated?.visits ?? noDate);
    tallies.set('list8-health-assessment', dated?.health ?? noDate);
    tallies.set('list8-dental-check', dated?.dental ?? noDate);
  }

  const leavers = scope.leavers;
  if (leavers === undefined) {
    const noList9 = { reason: 'No Annex A List 9 was imported for this scope.' };
    for (const id of LIST_9_IDS) tallies.set(id, noList9);
    return tallies;
  }
  const l = {
    inTouch: counter(),
    suitable: counter(),
    eet: counter(),
    relevant: counter(),
    former: counter(),
    qualifying: counter(),
  };
  for (const leaver of leavers.values()) {
    count(l.relevant, leaver.eligibility === 'relevant');
    count(l.former, leaver.eligibility === 'former-relevant');
    count(l.qualifying, leaver.eligibility === 'qualifying');
    if (leaver.inTouch === 'died') continue;
    count(l.inTouch, leaver.inTouch === 'yes');
    count(l.suitable, leaver.suitable === true);
    count(l.eet, EET.has(leaver.activity));
  }
  tallies.set('list9-in-touch', l.inTouch);
  tallies.set('list9-suitable-accommodation', l.suitable);
  tallies.set('list9-eet', l.eet);
  tallies.set('list9-relevant', l.relevant);
  tallies.set('list9-former-relevant', l.former);
  tallies.set('list9-qualifying', l.qualifying);
  return tallies;
}

const LIST_8_IDS = [
  'placed-out-of-area',
  'list8-placements-3-plus',
  'list8-reviews-on-time',
  'list8-visits-on-time',
  'list8-health-assessment',
  'list8-dental-check',
  'list8-missing-children',
  'list8-absent-children',
  'list8-return-interview-offered',
  'list8-return-interview-accepted',
];

const LIST_9_IDS = [
  'list9-in-touch',
  'list9-suitable-accommodation',
  'list9-eet',
  'list9-relevant',
  'list9-former-relevant',
  'list9-qualifying',
];
