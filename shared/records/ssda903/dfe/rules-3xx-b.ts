/**
 * DfE 903 rules 351–359: ages and episode dates (361–367, how long short
 * legal statuses and respite may last, are in rules-3xx-spells.ts). Each
 * rule's text is in catalogue.ts; a comment gives the reading where the
 * text leaves a choice. Legal status codes are the DfE SSDA903 guidance's
 * (https://www.gov.uk/guidance/children-looked-after-return).
 */
import { dayNumber } from '../dates';
import type { DfeRule } from './rule';
import { yearDays } from './helpers';
import { addYears, birthDays, dfeDay } from './helpers-3xx';
import { view } from './view';

/** No episode may start before the Children Act 1989 came into force, 14 October 1991. */
const ACT_IN_FORCE = dayNumber(1991, 10, 14);

/** Legal statuses under which a child is remanded or detained (J1–J3). */
const YOUTH_JUSTICE = new Set(['J1', 'J2', 'J3']);

export const RULES_3XX_B: readonly DfeRule[] = [
  {
    // "Over 25 at the start of the year": the 25th birthday was before 1 April.
    code: '351',
    check: ({ tables, year }, flag) => {
      const { start } = yearDays(year);
      const header = view(tables.Header);
      header.date('DOB').forEach((dob, at) => {
        if (dob !== undefined && addYears(dob, 25) < start) header.flag(flag, at, 'DOB');
      });
    },
  },
  {
    // An episode that starts a period of care (RNE S) on or after the 18th birthday.
    code: '352',
    check: ({ tables }, flag) => {
      const births = birthDays(tables.Header);
      const episodes = view(tables.Episodes);
      const decoms = episodes.date('DECOM');
      const reasons = episodes.code('RNE');
      episodes.child.forEach((child, at) => {
        const decom = decoms[at];
        if (decom === undefined || reasons[at] !== 'S') return;
        const dob = births.get(child);
        if (dob === undefined) return;
        if (decom >= addYears(dob, 18))
          episodes.flag(flag, at, ['DECOM', 'RNE'], `born ${dfeDay(dob)}`);
      });
    },
  },
  {
    code: '353',
    check: ({ tables }, flag) => {
      const episodes = view(tables.Episodes);
      episodes.date('DECOM').forEach((decom, at) => {
        if (decom !== undefined && decom < ACT_IN_FORCE) episodes.flag(flag, at, 'DECOM');
      });
    },
  },
  {
    // The text speaks of the date the episode ceased, but the rule's field
    // is DECOM (385 checks DEC): an episode may not start after the year.
    code: '354',
    check: ({ tables, year }, flag) => {
      const { end } = yearDays(year);
      const episodes = view(tables.Episodes);
      episodes.date('DECOM').forEach((decom, at) => {
        if (decom !== undefined && decom > end) episodes.flag(flag, at, 'DECOM');
      });
    },
  },
  {
    // Less than 24 hours: the episode ceased on the day it started.
    code: '355',
    check: ({ tables }, flag) => {
      const episodes = view(tables.Episodes);
      const decs = episodes.date('DEC');
      episodes.date('DECOM').forEach((decom, at) => {
        if (decom !== undefined && decom === decs[at]) episodes.flag(flag, at, ['DEC', 'DECOM']);
      });
    },
  },
  {
    code: '356',
    check: ({ tables }, flag) => {
      const episodes = view(tables.Episodes);
      const decs = episodes.date('DEC');
      episodes.date('DECOM').forEach((decom, at) => {
        const dec = decs[at];
        if (decom !== undefined && dec !== undefined && dec < decom)
          episodes.flag(flag, at, ['DECOM', 'DEC']);
      });
    },
  },
  {
    // The child's first episode in the return starts within the year: the
    // child was not looked after on 1 April (every episode open during the
    // year is in the return), so it is the start of a period of care.
    code: '357',
    check: ({ tables, year }, flag) => {
      const { start } = yearDays(year);
      const episodes = view(tables.Episodes);
      const decoms = episodes.date('DECOM');
      const reasons = episodes.code('RNE');
      for (const [first] of episodes.inOrderOf('DECOM').values()) {
        const decom = first === undefined ? undefined : decoms[first];
        if (first === undefined || decom === undefined || decom < start) continue;
        if (reasons[first] !== 'S') episodes.flag(flag, first, 'RNE');
      }
    },
  },
  {
    // A youth justice legal status (J1–J3) starting before the 10th birthday.
    code: '358',
    check: ({ tables }, flag) => {
      const births = birthDays(tables.Header);
      const episodes = view(tables.Episodes);
      const decoms = episodes.date('DECOM');
      const statuses = episodes.code('LS');
      episodes.child.forEach((child, at) => {
        const decom = decoms[at];
        if (decom === undefined || !YOUTH_JUSTICE.has(statuses[at] ?? '')) return;
        const dob = births.get(child);
        if (dob === undefined) return;
        if (decom < addYears(dob, 10))
          episodes.flag(flag, at, ['LS', 'DECOM'], `born ${dfeDay(dob)}`);
      });
    },
  },
  {
    // Read at the year's end: a child 18 or over by 31 March whose episode
    // is still open must be accommodated under section 20(5) (LS V2) in a
    // children's home (PLACE K2).
    code: '359',
    check: ({ tables, year }, flag) => {
      const { end } = yearDays(year);
      const births = birthDays(tables.Header);
      const episodes = view(tables.Episodes);
      const decs = episodes.code('DEC');
      const statuses = episodes.code('LS');
      const places = episodes.code('PLACE');
      episodes.child.forEach((child, at) => {
        if (decs[at] !== '') return;
        const dob = births.get(child);
        if (dob === undefined) return;
        if (addYears(dob, 18) >= end) return;
        if (statuses[at] !== 'V2' || places[at] !== 'K2') {
          episodes.flag(flag, at, ['LS', 'PLACE'], `born ${dfeDay(dob)}`);
        }
      });
    },
  },
];
