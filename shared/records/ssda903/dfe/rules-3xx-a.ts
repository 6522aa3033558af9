/**
 * DfE 903 rules 301–348: dates of birth and UASC status, adoption dates
 * (AD1) and care leavers (OC3). Each rule's text is in catalogue.ts; a
 * comment gives the reading where the text leaves a choice. Codes are those
 * of the DfE SSDA903 guidance (https://www.gov.uk/guidance/children-looked-after-return).
 */
import { blank, byChild, code, dateOf, rowsOf, yearDays, rowsByChild } from './helpers';
import { addYears, birthDays, childOf, dfeDay } from './helpers-3xx';
import type { DfeRule } from './rule';
import { view } from './view';

/** REC codes for "adopted" (E11 application unopposed, E12 consent dispensed with). */
const ADOPTED = new Set(['E11', 'E12']);

/** PLACE: placed for adoption with the current foster carer(s) (A3 consent, A5 placement order). */
const ADOPTION_WITH_FOSTER_CARER = new Set(['A3', 'A5']);
/** PLACE: placed for adoption not with the current foster carer(s) (A4 consent, A6 placement order). */
const ADOPTION_NOT_WITH_FOSTER_CARER = new Set(['A4', 'A6']);

/** PLACE codes that count as a foster (or adoptive) placement before placing for adoption. */
const FOSTER_OR_ADOPTION = new Set(['A3', 'A4', 'A5', 'A6', 'U1', 'U2', 'U3', 'U4', 'U5', 'U6']);

export const RULES_3XX_A: readonly DfeRule[] = [
  {
    // Date of birth falls after the year ended: DOB after 31 March.
    code: '301',
    check: ({ tables, year }, flag) => {
      const { end } = yearDays(year);
      const header = view(tables.Header);
      header.date('DOB').forEach((dob, at) => {
        if (dob !== undefined && dob > end) header.flag(flag, at, 'DOB');
      });
    },
  },
  {
    // The child's first episode in the return (earliest DECOM) starts
    // before the Header date of birth: the episode is flagged.
    code: '302',
    check: ({ tables }, flag) => {
      const births = birthDays(tables.Header);
      const episodes = view(tables.Episodes);
      const decoms = episodes.date('DECOM');
      for (const [child, [first]] of episodes.inOrderOf('DECOM')) {
        const dob = births.get(child);
        if (first === undefined || dob === undefined) continue;
        const decom = decoms[first];
        if (decom !== undefined && decom < dob) {
          episodes.flag(flag, first, 'DECOM', `born ${dfeDay(dob)}`);
        }
      }
    },
  },
  {
    // A UASC row with a date UASC status ceased, for a child whose Header
    // UASC flag is not 1. Only XML returns carry the Header UASC flag
    // (tables.ts, xmlColumns); without it the rule cannot be checked.
    code: '303',
    check: ({ tables }, flag) => {
      const flags = new Map<string, string>();
      const header = view(tables.Header);
      const present = header.has('UASC');
      header.child.forEach((child, at) => {
        // Only an XML return's Header rows have the column at all.
        if (present[at] !== true || flags.has(child)) return;
        flags.set(child, (header.rows[at]?.values.UASC ?? '').trim());
      });
      for (const [source, row] of rowsOf(tables.UASC)) {
        const uasc = flags.get(childOf(row));
        if (uasc === undefined || blank(row, 'DUC')) continue;
        if (Number(uasc) !== 1) flag(source, row, 'DUC', `Header UASC is '${uasc}'`);
      }
    },
  },
  {
    // DUC after the 18th birthday (the UASC row's own DOB).
    code: '304',
    check: ({ tables }, flag) => {
      for (const [source, row] of rowsOf(tables.UASC)) {
        const dob = dateOf(row, 'DOB');
        const duc = dateOf(row, 'DUC');
        if (dob === undefined || duc === undefined) continue;
        const eighteen = addYears(dob, 18);
        if (duc > eighteen) flag(source, row, 'DUC', `18th birthday ${dfeDay(eighteen)}`);
      }
    },
  },
  {
    // The date of placement for adoption is the start (DECOM) of the
    // episode that ended in adoption (REC E11/E12); DATE_MATCH after it is
    // flagged on the AD1 row.
    code: '331',
    check: ({ tables }, flag) => {
      const episodes = rowsByChild(tables.Episodes);
      for (const [child, rows] of byChild(tables.AD1)) {
        const placed = (episodes.get(child) ?? [])
          .filter(([, episode]) => ADOPTED.has(code(episode, 'REC')))
          .map(([, episode]) => dateOf(episode, 'DECOM'))
          .filter((day): day is number => day !== undefined);
        for (const [source, row] of rows) {
          const match = dateOf(row, 'DATE_MATCH');
          const before = placed.find((day) => match !== undefined && match > day);
          if (before !== undefined) flag(source, row, 'DATE_MATCH', `placed ${dfeDay(before)}`);
        }
      }
    },
  },
  {
    // With a DATE_MATCH, DATE_INT must be given and on or before it.
    code: '333',
    check: ({ tables }, flag) => {
      for (const [source, row] of rowsOf(tables.AD1)) {
        const match = dateOf(row, 'DATE_MATCH');
        if (match === undefined) continue;
        const decided = dateOf(row, 'DATE_INT');
        if (decided === undefined || decided > match) flag(source, row, 'DATE_INT');
      }
    },
  },
  {
    // The latest period of care starts at the child's latest episode with
    // RNE S; DATE_INT before that DECOM is flagged on the AD1 row.
    code: '334',
    check: ({ tables }, flag) => {
      const starts = new Map<string, number>();
      const episodes = view(tables.Episodes);
      const decoms = episodes.date('DECOM');
      const reasons = episodes.code('RNE');
      for (const [child, positions] of episodes.inOrderOf('DECOM')) {
        for (const at of positions) {
          const decom = decoms[at];
          if (reasons[at] === 'S' && decom !== undefined) starts.set(child, decom);
        }
      }
      for (const [source, row] of rowsOf(tables.AD1)) {
        const start = starts.get(childOf(row));
        const decided = dateOf(row, 'DATE_INT');
        if (start !== undefined && decided !== undefined && decided < start) {
          flag(source, row, 'DATE_INT', `period of care started ${dfeDay(start)}`);
        }
      }
    },
  },
  {
    // The placement of the episode that ended in adoption (REC E11/E12)
    // against FOSTER_CARE: 0 (not adopted by the foster carer) with a
    // placement with the current foster carer (A3, A5), or 1 with one not
    // with the foster carer (A4, A6). The text also names A1 and A2, which
    // are no longer PLACE codes; they are kept so old returns read the same.
    code: '335',
    check: ({ tables }, flag) => {
      const episodes = rowsByChild(tables.Episodes);
      for (const [child, rows] of byChild(tables.AD1)) {
        const places = (episodes.get(child) ?? [])
          .filter(([, episode]) => ADOPTED.has(code(episode, 'REC')))
          .map(([, episode]) => code(episode, 'PLACE'));
        for (const [source, row] of rows) {
          const foster = code(row, 'FOSTER_CARE');
          const clash = places.find(
            (place) =>
              (foster === '0' && (place === 'A2' || ADOPTION_WITH_FOSTER_CARER.has(place))) ||
              (foster === '1' && (place === 'A1' || ADOPTION_NOT_WITH_FOSTER_CARER.has(place))),
          );
          if (clash !== undefined) flag(source, row, 'FOSTER_CARE', `placement ${clash}`);
        }
      }
    },
  },
  {
    // Placed for adoption with the current foster carer (A3, A5): the
    // episode before it (by DECOM) must be a foster or adoption placement
    // (A3–A6, U1–U6). A child's first episode in the return has no
    // "before" here and is not checked.
    code: '336',
    check: ({ tables }, flag) => {
      const episodes = view(tables.Episodes);
      const places = episodes.code('PLACE');
      for (const positions of episodes.inOrderOf('DECOM').values()) {
        positions.forEach((at, nth) => {
          const previous = positions[nth - 1];
          if (previous === undefined || !ADOPTION_WITH_FOSTER_CARER.has(places[at] ?? '')) return;
          const before = places[previous] ?? '';
          if (!FOSTER_OR_ADOPTION.has(before))
            episodes.flag(flag, at, 'PLACE', `previous placement '${before}'`);
        });
      }
    },
  },
  {
    // IN_TOUCH DIED or RHOM with ACTIV or ACCOM completed: a value other
    // than the "not applicable" 0. A blank ACTIV/ACCOM is not "completed";
    // whether it may be blank is another rule's question.
    code: '344',
    check: ({ tables }, flag) => {
      for (const [source, row] of rowsOf(tables.OC3)) {
        const touch = code(row, 'IN_TOUCH');
        if (touch !== 'DIED' && touch !== 'RHOM') continue;
        const filled = ['ACTIV', 'ACCOM'].filter(
          (column) => !['', '0'].includes(code(row, column)),
        );
        if (filled.length > 0) flag(source, row, filled, `IN_TOUCH ${touch}`);
      }
    },
  },
  {
    // IN_TOUCH YES with ACTIV or ACCOM coded 0.
    code: '345',
    check: ({ tables }, flag) => {
      for (const [source, row] of rowsOf(tables.OC3)) {
        if (code(row, 'IN_TOUCH') !== 'YES') continue;
        const zero = ['ACTIV', 'ACCOM'].filter((column) => code(row, column) === '0');
        if (zero.length > 0) flag(source, row, zero);
      }
    },
  },
  {
    // A Foyer is ACCOM T1 or T2 (T, suitable or not). "Aged under 18" is
    // read at the start of the collection year, as the DfE's validator
    // does: a care leaver not yet 18 on 1 April may not be in a Foyer.
    code: '347',
    check: ({ tables, year }, flag) => {
      const { start } = yearDays(year);
      for (const [source, row] of rowsOf(tables.OC3)) {
        const dob = dateOf(row, 'DOB');
        if (dob === undefined || !code(row, 'ACCOM').startsWith('T')) continue;
        if (addYears(dob, 18) > start) flag(source, row, 'ACCOM', `born ${dfeDay(dob)}`);
      }
    },
  },
  {
    // The previous year's OC3 says the young person died (IN_TOUCH DIED);
    // this year's OC3 row says anything else. Needs the previous return.
    code: '348',
    check: ({ tables, previous }, flag) => {
      const died = new Set(
        [...rowsOf(previous?.OC3)]
          .filter(([, row]) => code(row, 'IN_TOUCH') === 'DIED')
          .map(([, row]) => childOf(row)),
      );
      for (const [source, row] of rowsOf(tables.OC3)) {
        if (died.has(childOf(row)) && code(row, 'IN_TOUCH') !== 'DIED') {
          flag(source, row, 'IN_TOUCH', 'reported as died last year');
        }
      }
    },
  },
];
