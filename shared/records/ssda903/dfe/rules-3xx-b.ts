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
import { code, dateOf, rowsOf, yearDays } from './helpers';
import {
  addYears,
  birthDays,
  childOf,
  dfeDay,
  endOrYearEnd,
  episodesInOrder,
  type SourcedRow,
} from './helpers-3xx';

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
    for (const episodes of episodesInOrder(tables.Episodes).values()) {
      let spell: SourcedRow[] = [];
      let start = 0;
      let last = Number.NEGATIVE_INFINITY;
      const close = (): void => {
        if (spell.length > 0 && last - start > limit) {
          for (const [source, row] of spell) {
            flag(source, row, ['LS', 'DECOM', 'DEC'], `${last - start} days from ${dfeDay(start)}`);
          }
        }
        spell = [];
      };
      for (const episode of episodes) {
        const decom = dateOf(episode[1], 'DECOM');
        const ends = endOrYearEnd(episode[1], yearEnd);
        if (code(episode[1], 'LS') !== status || decom === undefined || ends === undefined)
          continue;
        if (spell.length === 0 || decom > last) {
          close();
          start = decom;
          last = ends;
        } else {
          last = Math.max(last, ends);
        }
        spell.push(episode);
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
      for (const [source, row] of rowsOf(tables.Header)) {
        const dob = dateOf(row, 'DOB');
        if (dob !== undefined && addYears(dob, 25) < start) flag(source, row, 'DOB');
      }
    },
  },
  {
    // An episode that starts a period of care (RNE S) on or after the 18th birthday.
    code: '352',
    check: ({ tables }, flag) => {
      const births = birthDays(tables.Header);
      for (const [source, row] of rowsOf(tables.Episodes)) {
        const dob = births.get(childOf(row));
        const decom = dateOf(row, 'DECOM');
        if (dob === undefined || decom === undefined || code(row, 'RNE') !== 'S') continue;
        if (decom >= addYears(dob, 18)) flag(source, row, ['DECOM', 'RNE'], `born ${dfeDay(dob)}`);
      }
    },
  },
  {
    code: '353',
    check: ({ tables }, flag) => {
      for (const [source, row] of rowsOf(tables.Episodes)) {
        const decom = dateOf(row, 'DECOM');
        if (decom !== undefined && decom < ACT_IN_FORCE) flag(source, row, 'DECOM');
      }
    },
  },
  {
    // The text speaks of the date the episode ceased, but the rule's field
    // is DECOM (385 checks DEC): an episode may not start after the year.
    code: '354',
    check: ({ tables, year }, flag) => {
      const { end } = yearDays(year);
      for (const [source, row] of rowsOf(tables.Episodes)) {
        const decom = dateOf(row, 'DECOM');
        if (decom !== undefined && decom > end) flag(source, row, 'DECOM');
      }
    },
  },
  {
    // Less than 24 hours: the episode ceased on the day it started.
    code: '355',
    check: ({ tables }, flag) => {
      for (const [source, row] of rowsOf(tables.Episodes)) {
        const decom = dateOf(row, 'DECOM');
        if (decom !== undefined && decom === dateOf(row, 'DEC'))
          flag(source, row, ['DEC', 'DECOM']);
      }
    },
  },
  {
    code: '356',
    check: ({ tables }, flag) => {
      for (const [source, row] of rowsOf(tables.Episodes)) {
        const decom = dateOf(row, 'DECOM');
        const dec = dateOf(row, 'DEC');
        if (decom !== undefined && dec !== undefined && dec < decom) {
          flag(source, row, ['DECOM', 'DEC']);
        }
      }
    },
  },
  {
    // The child's first episode in the return starts within the year: the
    // child was not looked after on 1 April (every episode open during the
    // year is in the return), so it is the start of a period of care.
    code: '357',
    check: ({ tables, year }, flag) => {
      const { start } = yearDays(year);
      for (const episodes of episodesInOrder(tables.Episodes).values()) {
        const first = episodes[0];
        const decom = first === undefined ? undefined : dateOf(first[1], 'DECOM');
        if (first === undefined || decom === undefined || decom < start) continue;
        if (code(first[1], 'RNE') !== 'S') flag(first[0], first[1], 'RNE');
      }
    },
  },
  {
    // A youth justice legal status (J1–J3) starting before the 10th birthday.
    code: '358',
    check: ({ tables }, flag) => {
      const births = birthDays(tables.Header);
      for (const [source, row] of rowsOf(tables.Episodes)) {
        const dob = births.get(childOf(row));
        const decom = dateOf(row, 'DECOM');
        if (dob === undefined || decom === undefined || !YOUTH_JUSTICE.has(code(row, 'LS')))
          continue;
        if (decom < addYears(dob, 10)) flag(source, row, ['LS', 'DECOM'], `born ${dfeDay(dob)}`);
      }
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
      for (const [source, row] of rowsOf(tables.Episodes)) {
        const dob = births.get(childOf(row));
        if (dob === undefined || (row.values.DEC ?? '').trim() !== '') continue;
        if (addYears(dob, 18) >= end) continue;
        if (code(row, 'LS') !== 'V2' || code(row, 'PLACE') !== 'K2') {
          flag(source, row, ['LS', 'PLACE'], `born ${dfeDay(dob)}`);
        }
      }
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
      for (const [source, row] of rowsOf(tables.Episodes)) {
        const decom = dateOf(row, 'DECOM');
        const ends = endOrYearEnd(row, end);
        if (code(row, 'LS') !== 'V3' || decom === undefined || ends === undefined) continue;
        if (ends - decom > 17) flag(source, row, ['LS', 'DEC'], `${ends - decom} days`);
      }
    },
  },
  {
    // A respite episode (V3) is one break: it must start a period of care (RNE S).
    code: '366',
    check: ({ tables }, flag) => {
      for (const [source, row] of rowsOf(tables.Episodes)) {
        if (code(row, 'LS') === 'V3' && code(row, 'RNE') !== 'S') flag(source, row, 'RNE');
      }
    },
  },
  {
    // "Any 12-month period" is read as the collection year: the days of
    // respite (V3) within the year, open episodes to its end, add up to
    // more than 75. Every respite episode counted is flagged.
    code: '367',
    check: ({ tables, year }, flag) => {
      const { start, end } = yearDays(year);
      for (const episodes of episodesInOrder(tables.Episodes).values()) {
        const counted: { readonly episode: SourcedRow; readonly days: number }[] = [];
        for (const episode of episodes) {
          const decom = dateOf(episode[1], 'DECOM');
          const ends = endOrYearEnd(episode[1], end);
          if (code(episode[1], 'LS') !== 'V3' || decom === undefined || ends === undefined)
            continue;
          const days = Math.min(ends, end) - Math.max(decom, start);
          if (days > 0) counted.push({ episode, days });
        }
        const total = counted.reduce((sum, { days }) => sum + days, 0);
        if (total <= 75) continue;
        for (const { episode } of counted) {
          flag(
            episode[0],
            episode[1],
            ['LS', 'DECOM', 'DEC'],
            `${total} days of respite in the year`,
          );
        }
      }
    },
  },
];
