/**
 * DfE 903 rules 385–399: why episodes ended and at what age, the care
 * leavers' ages, postcodes, and the fields a child on respite (V3/V4) does
 * not have. Each rule's text is in catalogue.ts; a comment gives the
 * reading where the text leaves a choice. Codes are the DfE SSDA903
 * guidance's (https://www.gov.uk/guidance/children-looked-after-return).
 */
import type { DfeRule } from './rule';
import { blank, byChild, code, dateOf, rowsOf, yearDays } from './helpers';
import { addYears, ageAtEnd, childOf, dfeDay, episodesInOrder } from './helpers-3xx';
import type { Ssda903Tables } from '../types';

/** Respite legal statuses: V3 single short break, V4 series of short breaks. */
const RESPITE = new Set(['V3', 'V4']);

/** PLACE codes for a child placed for adoption (A3–A6). */
const PLACED_FOR_ADOPTION = new Set(['A3', 'A4', 'A5', 'A6']);

/**
 * The children who are, or were, unaccompanied asylum seekers, from this
 * return and the previous one: a Header UASC flag of 1 (XML returns) or a
 * UASC row with a date the status ceased.
 */
function formerlyUasc(returns: readonly (Ssda903Tables | undefined)[]): Set<string> {
  const children = new Set<string>();
  for (const tables of returns) {
    for (const [, row] of rowsOf(tables?.Header)) {
      if ((row.values.UASC ?? '').trim() === '1') children.add(childOf(row));
    }
    for (const [, row] of rowsOf(tables?.UASC)) if (!blank(row, 'DUC')) children.add(childOf(row));
  }
  return children;
}

/** A postcode to compare: upper-cased, spaces removed. */
function postcodeKey(text: string): string {
  return text.replace(/\s+/g, '');
}

/** The Header code for a girl: 2 until 2023/24, F since the 2024/25 sex codes (M, F, U). */
function femaleCode(ruleYear: string): string {
  return ruleYear >= '2024/25' ? 'F' : '2';
}

export const RULES_3XX_D: readonly DfeRule[] = [
  {
    code: '385',
    check: ({ tables, year }, flag) => {
      const { end } = yearDays(year);
      for (const [source, row] of rowsOf(tables.Episodes)) {
        const dec = dateOf(row, 'DEC');
        if (dec !== undefined && dec > end) flag(source, row, 'DEC');
      }
    },
  },
  // Adopted (E11, E12) on or after the 18th birthday.
  { code: '386', check: ageAtEnd(['E11', 'E12'], 18, false) },
  // Moved to independent living (E5, E6) before the 14th birthday.
  { code: '387', check: ageAtEnd(['E5', 'E6'], 14, true) },
  {
    // X1 (a new episode begins) needs an episode starting the day this one
    // ended; the DfE's rule also holds the reverse, that an episode
    // followed by one starting the day it ended must end X1. Episodes are
    // taken in DECOM order per child; a blank DEC or REC is not checked.
    code: '388',
    check: ({ tables }, flag) => {
      for (const episodes of episodesInOrder(tables.Episodes).values()) {
        episodes.forEach(([source, row], at) => {
          const dec = dateOf(row, 'DEC');
          const rec = code(row, 'REC');
          if (dec === undefined || rec === '') return;
          const next = episodes[at + 1];
          if (next === undefined) {
            if (rec === 'X1') flag(source, row, 'REC', 'no later episode');
            return;
          }
          const nextStart = dateOf(next[1], 'DECOM');
          if (nextStart === undefined) return;
          if (rec === 'X1' && nextStart !== dec) {
            flag(source, row, 'REC', `next episode starts ${dfeDay(nextStart)}`);
          } else if (rec !== 'X1' && nextStart === dec) {
            flag(source, row, 'REC', 'the next episode starts the same day');
          }
        });
      }
    },
  },
  // Transferred to adult social care (E7) before the 16th birthday.
  { code: '389', check: ageAtEnd(['E7'], 16, true) },
  {
    // Adopted (REC E11, E12) from a placement that is not an adoption placement (A3–A6).
    code: '390',
    check: ({ tables }, flag) => {
      for (const [source, row] of rowsOf(tables.Episodes)) {
        const rec = code(row, 'REC');
        if ((rec === 'E11' || rec === 'E12') && !PLACED_FOR_ADOPTION.has(code(row, 'PLACE'))) {
          flag(source, row, ['PLACE', 'REC']);
        }
      }
    },
  },
  {
    // Care leaver information (IN_TOUCH, ACTIV, ACCOM) for a young person
    // who was never 17 to 21 in the year: not 17 by 31 March, or already
    // 22 on 1 April.
    code: '391',
    check: ({ tables, year }, flag) => {
      const { start, end } = yearDays(year);
      for (const [source, row] of rowsOf(tables.OC3)) {
        const dob = dateOf(row, 'DOB');
        const filled = ['IN_TOUCH', 'ACTIV', 'ACCOM'].filter((column) => !blank(row, column));
        if (dob === undefined || filled.length === 0) continue;
        if (addYears(dob, 17) > end || addYears(dob, 22) <= start)
          flag(source, row, ['DOB', ...filled]);
      }
    },
  },
  {
    // Looked after (not on respite, V3/V4) and never an unaccompanied
    // asylum seeker (in this return or the previous one): both postcodes
    // are needed. The blank ones are flagged.
    code: '392b',
    check: ({ tables, previous }, flag) => {
      const uasc = formerlyUasc([tables, previous]);
      for (const [source, row] of rowsOf(tables.Episodes)) {
        if (RESPITE.has(code(row, 'LS')) || uasc.has(childOf(row))) continue;
        const missing = ['HOME_POST', 'PL_POST'].filter((column) => blank(row, column));
        if (missing.length > 0) flag(source, row, missing);
      }
    },
  },
  {
    // The same postcode, spaces and case aside, both given, with a
    // placement other than with parents (P1).
    code: '392d',
    check: ({ tables }, flag) => {
      for (const [source, row] of rowsOf(tables.Episodes)) {
        const home = postcodeKey(code(row, 'HOME_POST'));
        if (
          home === '' ||
          home !== postcodeKey(code(row, 'PL_POST')) ||
          code(row, 'PLACE') === 'P1'
        )
          continue;
        flag(source, row, ['PL_POST', 'HOME_POST', 'PLACE']);
      }
    },
  },
  {
    // The mother field is asked of girls: a girl (the year's female sex
    // code) with any episode not on respite and MOTHER blank.
    code: '393',
    check: ({ tables, ruleYear }, flag) => {
      const female = femaleCode(ruleYear);
      const lookedAfter = new Set(
        [...rowsOf(tables.Episodes)]
          .filter(([, row]) => !RESPITE.has(code(row, 'LS')))
          .map(([, row]) => childOf(row)),
      );
      for (const [source, row] of rowsOf(tables.Header)) {
        if (code(row, 'SEX') === female && lookedAfter.has(childOf(row)) && blank(row, 'MOTHER')) {
          flag(source, row, 'MOTHER');
        }
      }
    },
  },
  {
    // Distance is worked out from the postcodes, so on respite (V3/V4)
    // neither postcode is given; the given ones are flagged.
    code: '398',
    check: ({ tables }, flag) => {
      for (const [source, row] of rowsOf(tables.Episodes)) {
        if (!RESPITE.has(code(row, 'LS'))) continue;
        const given = ['HOME_POST', 'PL_POST'].filter((column) => !blank(row, column));
        if (given.length > 0) flag(source, row, given, `LS ${code(row, 'LS')}`);
      }
    },
  },
  {
    // A child all of whose episodes are on respite (V3/V4) has no MOTHER
    // and no reviews: the Header and Reviews rows that fill them in are
    // flagged. One episode under another legal status lifts the rule.
    code: '399',
    check: ({ tables }, flag) => {
      const respiteOnly = new Set(
        [...byChild(tables.Episodes)]
          .filter(([, rows]) => rows.every(([, row]) => RESPITE.has(code(row, 'LS'))))
          .map(([child]) => child),
      );
      for (const [source, row] of rowsOf(tables.Header)) {
        if (respiteOnly.has(childOf(row)) && !blank(row, 'MOTHER')) flag(source, row, 'MOTHER');
      }
      for (const [source, row] of rowsOf(tables.Reviews)) {
        const given = ['REVIEW', 'REVIEW_CODE'].filter((column) => !blank(row, column));
        if (respiteOnly.has(childOf(row)) && given.length > 0) flag(source, row, given);
      }
    },
  },
];
