/**
 * DfE 903 rules 351–367: ages, episode dates, and how long short legal
 * statuses and respite may last. Each rule's text is in catalogue.ts; a
 * comment gives the reading where the text leaves a choice. Legal status
 * codes are the DfE SSDA903 guidance's
 * (https://www.gov.uk/guidance/children-looked-after-return); the limits are
 * the Children Act 1989's (https://www.legislation.gov.uk/ukpga/1989/41).
 */
import { dayNumber } from '../dates';
import type { DfeInput, DfeFlag, DfeRule } from './rule';
import { yearDays } from './helpers';
import { addYears, birthDays, dfeDay, endsOrYearEnd } from './helpers-3xx';
import { view } from './view';

/** No episode may start before the Children Act 1989 came into force, 14 October 1991. */
const ACT_IN_FORCE = dayNumber(1991, 10, 14);

/** Legal statuses under which a child is remanded or detained (J1–J3). */
const YOUTH_JUSTICE = new Set(['J1', 'J2', 'J3']);

/**
 * A legal status that may only last `limit` days: the child's episodes
 * under `status` that follow on from each other (each starting no later
 * than the one before ended) make one spell; an open episode runs to the
 * year's end. A spell longer than `limit` days flags each of its episodes.
 */
function spellLimit(status: string, limit: number) {
  return ({ tables, year }: DfeInput, flag: DfeFlag): void => {
    const { end: yearEnd } = yearDays(year);
    const episodes = view(tables.Episodes);
    const decoms = episodes.date('DECOM');
    const ends = endsOrYearEnd(episodes, yearEnd);
    const statuses = episodes.code('LS');
    for (const positions of episodes.inOrderOf('DECOM').values()) {
      let spell: number[] = [];
      let start = 0;
      let last = Number.NEGATIVE_INFINITY;
      const close = (): void => {
        if (spell.length > 0 && last - start > limit) {
          for (const at of spell) {
            episodes.flag(
              flag,
              at,
              ['LS', 'DECOM', 'DEC'],
              `${last - start} days from ${dfeDay(start)}`,
            );
          }
        }
        spell = [];
      };
      for (const at of positions) {
        const decom = decoms[at];
        const ended = ends[at];
        if (statuses[at] !== status || decom === undefined || ended === undefined) continue;
        if (spell.length === 0 || decom > last) {
          close();
          start = decom;
          last = ended;
        } else {
          last = Math.max(last, ended);
        }
        spell.push(at);
      }
      close();
    }
  };
}

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
  // Police protection (L1): 72 hours, section 46(6).
  { code: '361', check: spellLimit('L1', 3) },
  // Emergency protection order (L2): the rule allows 21 days.
  { code: '362', check: spellLimit('L2', 21) },
  // Child assessment order (L3): 7 days (section 43(5)).
  { code: '363', check: spellLimit('L3', 7) },
  // Detained under PACE (J2): the text gives no figure; the DfE's check allows 21 days.
  { code: '364', check: spellLimit('J2', 21) },
  {
    // A respite episode (V3) lasting more than 17 days; open ones run to the year's end.
    code: '365',
    check: ({ tables, year }, flag) => {
      const { end } = yearDays(year);
      const episodes = view(tables.Episodes);
      const decoms = episodes.date('DECOM');
      const ends = endsOrYearEnd(episodes, end);
      episodes.code('LS').forEach((status, at) => {
        const decom = decoms[at];
        const ended = ends[at];
        if (status !== 'V3' || decom === undefined || ended === undefined) return;
        if (ended - decom > 17) episodes.flag(flag, at, ['LS', 'DEC'], `${ended - decom} days`);
      });
    },
  },
  {
    // A respite episode (V3) is one break: it must start a period of care (RNE S).
    code: '366',
    check: ({ tables }, flag) => {
      const episodes = view(tables.Episodes);
      const reasons = episodes.code('RNE');
      episodes.code('LS').forEach((status, at) => {
        if (status === 'V3' && reasons[at] !== 'S') episodes.flag(flag, at, 'RNE');
      });
    },
  },
  {
    // "Any 12-month period" is read as the collection year: the days of
    // respite (V3) within the year, open episodes to its end, add up to
    // more than 75. Every respite episode counted is flagged.
    code: '367',
    check: ({ tables, year }, flag) => {
      const { start, end } = yearDays(year);
      const episodes = view(tables.Episodes);
      const decoms = episodes.date('DECOM');
      const ends = endsOrYearEnd(episodes, end);
      const statuses = episodes.code('LS');
      for (const positions of episodes.inOrderOf('DECOM').values()) {
        const counted: number[] = [];
        let total = 0;
        for (const at of positions) {
          const decom = decoms[at];
          const ended = ends[at];
          if (statuses[at] !== 'V3' || decom === undefined || ended === undefined) continue;
          const days = Math.min(ended, end) - Math.max(decom, start);
          if (days > 0) {
            counted.push(at);
            total += days;
          }
        }
        if (total <= 75) continue;
        for (const at of counted) {
          episodes.flag(flag, at, ['LS', 'DECOM', 'DEC'], `${total} days of respite in the year`);
        }
      }
    },
  },
];
