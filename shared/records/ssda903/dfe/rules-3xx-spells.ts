/**
 * DfE 903 rules 361–367: how long short legal statuses and respite may
 * last. Each rule's text is in catalogue.ts; a comment gives the reading
 * where the text leaves a choice. Legal status codes are the DfE SSDA903
 * guidance's (https://www.gov.uk/guidance/children-looked-after-return); the
 * limits are the Children Act 1989's
 * (https://www.legislation.gov.uk/ukpga/1989/41).
 */
import type { DfeInput, DfeFlag, DfeRule } from './rule';
import { yearDays } from './helpers';
import { dfeDay, endsOrYearEnd } from './helpers-3xx';
import { view } from './view';

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

export const RULES_3XX_SPELLS: readonly DfeRule[] = [
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
