/**
 * DfE 903 rules 385–399: why episodes ended and at what age, the care
 * leavers' ages, postcodes, and the fields a child on respite (V3/V4) does
 * not have. Each rule's text is in catalogue.ts; a comment gives the
 * reading where the text leaves a choice. Codes are the DfE SSDA903
 * guidance's (https://www.gov.uk/guidance/children-looked-after-return).
 */
import type { DfeRule } from './rule';
import { yearDays } from './helpers';
import { addYears, ageAtEnd, dfeDay } from './helpers-3xx';
import type { Ssda903Tables } from '../types';
import { view } from './view';

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
    const header = view(tables?.Header);
    header.code('UASC').forEach((flagged, at) => {
      if (flagged === '1') children.add(header.child[at] ?? '');
    });
    const uasc = view(tables?.UASC);
    uasc.code('DUC').forEach((ceased, at) => {
      if (ceased !== '') children.add(uasc.child[at] ?? '');
    });
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
      const episodes = view(tables.Episodes);
      episodes.date('DEC').forEach((dec, at) => {
        if (dec !== undefined && dec > end) episodes.flag(flag, at, 'DEC');
      });
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
      const episodes = view(tables.Episodes);
      const decs = episodes.date('DEC');
      const decoms = episodes.date('DECOM');
      const reasons = episodes.code('REC');
      for (const positions of episodes.inOrderOf('DECOM').values()) {
        positions.forEach((at, nth) => {
          const dec = decs[at];
          const rec = reasons[at] ?? '';
          if (dec === undefined || rec === '') return;
          const next = positions[nth + 1];
          if (next === undefined) {
            if (rec === 'X1') episodes.flag(flag, at, 'REC', 'no later episode');
            return;
          }
          const nextStart = decoms[next];
          if (nextStart === undefined) return;
          if (rec === 'X1' && nextStart !== dec) {
            episodes.flag(flag, at, 'REC', `next episode starts ${dfeDay(nextStart)}`);
          } else if (rec !== 'X1' && nextStart === dec) {
            episodes.flag(flag, at, 'REC', 'the next episode starts the same day');
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
      const episodes = view(tables.Episodes);
      const places = episodes.code('PLACE');
      episodes.code('REC').forEach((rec, at) => {
        if ((rec === 'E11' || rec === 'E12') && !PLACED_FOR_ADOPTION.has(places[at] ?? '')) {
          episodes.flag(flag, at, ['PLACE', 'REC']);
        }
      });
    },
  },
  {
    // Care leaver information (IN_TOUCH, ACTIV, ACCOM) for a young person
    // who was never 17 to 21 in the year: not 17 by 31 March, or already
    // 22 on 1 April.
    code: '391',
    check: ({ tables, year }, flag) => {
      const { start, end } = yearDays(year);
      const oc3 = view(tables.OC3);
      const items = ['IN_TOUCH', 'ACTIV', 'ACCOM'].map(
        (column) => [column, oc3.code(column)] as const,
      );
      oc3.date('DOB').forEach((dob, at) => {
        if (dob === undefined) return;
        const filled = items.filter(([, codes]) => codes[at] !== '').map(([column]) => column);
        if (filled.length === 0) return;
        if (addYears(dob, 17) > end || addYears(dob, 22) <= start)
          oc3.flag(flag, at, ['DOB', ...filled]);
      });
    },
  },
  {
    // Looked after (not on respite, V3/V4) and never an unaccompanied
    // asylum seeker (in this return or the previous one): both postcodes
    // are needed. The blank ones are flagged.
    code: '392b',
    check: ({ tables, previous }, flag) => {
      const uasc = formerlyUasc([tables, previous]);
      const episodes = view(tables.Episodes);
      const homes = episodes.code('HOME_POST');
      const places = episodes.code('PL_POST');
      episodes.code('LS').forEach((status, at) => {
        if (homes[at] !== '' && places[at] !== '') return;
        if (RESPITE.has(status) || uasc.has(episodes.child[at] ?? '')) return;
        const missing = [
          ...(homes[at] === '' ? ['HOME_POST'] : []),
          ...(places[at] === '' ? ['PL_POST'] : []),
        ];
        if (missing.length > 0) episodes.flag(flag, at, missing);
      });
    },
  },
  {
    // The same postcode, spaces and case aside, both given, with a
    // placement other than with parents (P1).
    code: '392d',
    check: ({ tables }, flag) => {
      const episodes = view(tables.Episodes);
      const placed = episodes.code('PL_POST');
      const places = episodes.code('PLACE');
      episodes.code('HOME_POST').forEach((home, at) => {
        const placement = placed[at] ?? '';
        // Codes are trimmed, so both end in the same character when their
        // keys are the same: most pairs are told apart without the keys.
        if (home === '' || places[at] === 'P1' || home.at(-1) !== placement.at(-1)) return;
        if (postcodeKey(home) !== postcodeKey(placement)) return;
        episodes.flag(flag, at, ['PL_POST', 'HOME_POST', 'PLACE']);
      });
    },
  },
  {
    // The mother field is asked of girls: a girl (the year's female sex
    // code) with any episode not on respite and MOTHER blank.
    code: '393',
    check: ({ tables, ruleYear }, flag) => {
      const female = femaleCode(ruleYear);
      const episodes = view(tables.Episodes);
      const statuses = episodes.code('LS');
      const lookedAfter = new Set(
        episodes.child.filter((_, at) => !RESPITE.has(statuses[at] ?? '')),
      );
      const header = view(tables.Header);
      const mothers = header.code('MOTHER');
      header.code('SEX').forEach((sex, at) => {
        if (sex === female && lookedAfter.has(header.child[at] ?? '') && mothers[at] === '') {
          header.flag(flag, at, 'MOTHER');
        }
      });
    },
  },
  {
    // Distance is worked out from the postcodes, so on respite (V3/V4)
    // neither postcode is given; the given ones are flagged.
    code: '398',
    check: ({ tables }, flag) => {
      const episodes = view(tables.Episodes);
      const homes = episodes.code('HOME_POST');
      const places = episodes.code('PL_POST');
      episodes.code('LS').forEach((status, at) => {
        if (!RESPITE.has(status)) return;
        const given = [
          ...(homes[at] === '' ? [] : ['HOME_POST']),
          ...(places[at] === '' ? [] : ['PL_POST']),
        ];
        if (given.length > 0) episodes.flag(flag, at, given, `LS ${status}`);
      });
    },
  },
  {
    // A child all of whose episodes are on respite (V3/V4) has no MOTHER
    // and no reviews: the Header and Reviews rows that fill them in are
    // flagged. One episode under another legal status lifts the rule.
    code: '399',
    check: ({ tables }, flag) => {
      const episodes = view(tables.Episodes);
      const statuses = episodes.code('LS');
      const respiteOnly = new Set(
        [...episodes.byChild()]
          .filter(([, positions]) => positions.every((at) => RESPITE.has(statuses[at] ?? '')))
          .map(([child]) => child),
      );
      const header = view(tables.Header);
      header.code('MOTHER').forEach((mother, at) => {
        if (respiteOnly.has(header.child[at] ?? '') && mother !== '')
          header.flag(flag, at, 'MOTHER');
      });
      const reviews = view(tables.Reviews);
      const dates = reviews.code('REVIEW');
      const codes = reviews.code('REVIEW_CODE');
      reviews.child.forEach((child, at) => {
        if (!respiteOnly.has(child)) return;
        const given = [
          ...(dates[at] === '' ? [] : ['REVIEW']),
          ...(codes[at] === '' ? [] : ['REVIEW_CODE']),
        ];
        if (given.length > 0) reviews.flag(flag, at, given);
      });
    },
  },
];
