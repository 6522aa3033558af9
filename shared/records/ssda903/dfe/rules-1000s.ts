/**
 * DfE 903 rules 1000–1007. Each rule's text is in catalogue.ts; a comment
 * gives the reading where the text leaves a choice. DfE guidance:
 * https://www.gov.uk/guidance/children-looked-after-return
 */
import {
  ageOn,
  blank,
  byChild,
  code,
  dateOf,
  yearDays,
  type SourcedRow,
  rowsByChild,
} from './helpers';
import { always, codeCellRule, dateCellRule } from './helpers-1xx-cells';
import { given, latestEpisode, SHORT_BREAKS, yearsAfter } from './helpers-1xx-care';
import type { DfeInput, DfeRule } from './rule';
import { view } from './view';

export const LEAVER_FIELDS = ['IN_TOUCH', 'ACTIV', 'ACCOM'] as const;

/** REC `E2`: the child died (DfE SSDA903 guidance, reason episode ceased). */
const DIED = 'E2';

/** REC `E11`, `E12`: adopted (DfE SSDA903 guidance, reason episode ceased). */
const ADOPTED: ReadonlySet<string> = new Set(['E11', 'E12']);

/**
 * The child's episodes over this year's and last year's returns, an episode
 * in both (same start) counted once, preferring the copy that has ended.
 */
function bothYears(input: DfeInput): Map<string, SourcedRow[]> {
  // Copies: byChild's groupings are shared by every rule.
  const merged = new Map(
    [...byChild(input.tables.Episodes)].map(([child, rows]) => [child, [...rows]]),
  );
  for (const [child, rows] of byChild(input.previous?.Episodes)) {
    const list = merged.get(child) ?? [];
    for (const entry of rows) {
      const start = dateOf(entry[1], 'DECOM');
      const twin = list.findIndex(([, row]) => dateOf(row, 'DECOM') === start);
      const kept = twin < 0 ? undefined : list[twin];
      if (kept === undefined) list.push(entry);
      else if (blank(kept[1], 'DEC') && !blank(entry[1], 'DEC')) list[twin] = entry;
    }
    merged.set(child, list);
  }
  return merged;
}

/**
 * Days in care on or after `from`: each episode counts from the later of its
 * start and `from` to its end (an open episode runs to `yearEnd`); short
 * breaks (V3, V4) do not count.
 */
function daysInCareFrom(episodes: readonly SourcedRow[], from: number, yearEnd: number): number {
  let total = 0;
  for (const [, row] of episodes) {
    if (SHORT_BREAKS.has(code(row, 'LS'))) continue;
    const start = dateOf(row, 'DECOM');
    if (start === undefined) continue;
    const end = dateOf(row, 'DEC') ?? yearEnd;
    total += Math.max(0, end - Math.max(start, from));
  }
  return total;
}

export const RULES_1000S: readonly DfeRule[] = [
  {
    // A child one of whose episodes ended because they died has any of the
    // OC3 care leaver fields filled in: the OC3 row is flagged.
    code: '1000',
    check: ({ tables }, flag) => {
      const episodes = view(tables.Episodes);
      const children = episodes.byChild();
      const recs = episodes.code('REC');
      for (const [child, rows] of byChild(tables.OC3)) {
        const died = (children.get(child) ?? []).some((at) => recs[at] === DIED);
        if (!died) continue;
        for (const [source, row] of rows) {
          const filled = LEAVER_FIELDS.filter((field) => !blank(row, field));
          if (filled.length > 0) flag(source, row, filled);
        }
      }
    },
  },
  {
    // A relevant or former relevant child (Children (Leaving Care) Act 2000,
    // https://www.legislation.gov.uk/ukpga/2000/35) was looked after for at
    // least 13 weeks (91 days) from age 14 and for some time after turning
    // 16, and was not adopted. Reading: over this and last year's episodes
    // (the rule needs last year's return; without it nothing is flagged),
    // short breaks not counted, an open episode running to 31 March; an OC3
    // child whose final episode ended in adoption, or who falls short of
    // either count, is flagged. Children whose date of birth is unknown, or
    // who are 20 or over at 31 March (their time in care at 14–16 predates
    // the two returns), are not judged.
    code: '1001',
    check: (input, flag) => {
      const current = input.tables.Episodes;
      if (current === undefined || input.previous?.Episodes === undefined) return;
      const { end } = yearDays(input.year);
      const episodes = bothYears(input);
      const births = new Map<string, number>();
      for (const [child, rows] of byChild(input.tables.Header)) {
        const dob = rows.map(([, row]) => dateOf(row, 'DOB')).find((day) => day !== undefined);
        if (dob !== undefined) births.set(child, dob);
      }
      for (const [child, rows] of byChild(input.tables.OC3)) {
        const dob = births.get(child);
        if (dob === undefined || ageOn(dob, end) >= 20) continue;
        const own = episodes.get(child) ?? [];
        const last = latestEpisode(own);
        const adopted = last !== undefined && ADOPTED.has(code(last[1], 'REC'));
        const from14 = daysInCareFrom(own, yearsAfter(dob, 14), end);
        const from16 = daysInCareFrom(own, yearsAfter(dob, 16), end);
        if (!adopted && from14 >= 91 && from16 >= 1) continue;
        for (const [source, row] of rows) flag(source, row, [...LEAVER_FIELDS]);
      }
    },
  },
  {
    // Needs last year's return: an OC3 child with no episode in this year's
    // return nor last year's is flagged.
    code: '1002',
    check: ({ tables, previous }, flag) => {
      if (tables.Episodes === undefined || previous?.Episodes === undefined) return;
      const current = byChild(tables.Episodes);
      const last = byChild(previous.Episodes);
      for (const [child, rows] of byChild(tables.OC3)) {
        if (current.has(child) || last.has(child)) continue;
        for (const [source, row] of rows) flag(source, row, [...LEAVER_FIELDS]);
      }
    },
  },
  {
    // The child started to be looked after on the DECOM of their earliest
    // episode whose reason for new episode is S (started to be looked
    // after); a decision to place for adoption before it is flagged on the
    // PlacedAdoption row, and the episode is flagged too.
    code: '1003',
    check: ({ tables }, flag) => {
      const episodes = rowsByChild(tables.Episodes);
      for (const [child, rows] of byChild(tables.PlacedAdoption)) {
        const starts = (episodes.get(child) ?? []).filter(([, row]) => code(row, 'RNE') === 'S');
        let first: SourcedRow | undefined;
        for (const entry of starts) {
          const day = dateOf(entry[1], 'DECOM');
          const best = first === undefined ? undefined : dateOf(first[1], 'DECOM');
          if (day !== undefined && (best === undefined || day < best)) first = entry;
        }
        const began = first === undefined ? undefined : dateOf(first[1], 'DECOM');
        if (first === undefined || began === undefined) continue;
        for (const [source, row] of rows) {
          const placed = dateOf(row, 'DATE_PLACED');
          if (placed === undefined || placed >= began) continue;
          flag(source, row, ['DATE_PLACED']);
          flag(first[0], first[1], ['DECOM', 'RNE']);
        }
      }
    },
  },
  // A missing episode must have a start date; the end date may be blank (still missing).
  dateCellRule({ code: '1004', table: 'Missing', column: 'MIS_START', blankFails: true }),
  dateCellRule({ code: '1005', table: 'Missing', column: 'MIS_END', blankFails: false }),
  // M: missing; A: away from placement without authorisation (schema missing.MISSING).
  codeCellRule({
    code: '1006',
    table: 'Missing',
    column: 'MISSING',
    blankFails: false,
    codes: always(['M', 'A']),
  }),
  {
    // An OC3 child aged 17 or 18 at 31 March who was looked after on their
    // latest birthday (an episode begun on or before it and ended after it,
    // or still open) has care leaver information filled in. Their age and
    // birthday come from the OC3 row's DOB.
    code: '1007',
    check: ({ tables, year }, flag) => {
      const { end } = yearDays(year);
      const episodes = view(tables.Episodes);
      const children = episodes.byChild();
      const decoms = episodes.date('DECOM');
      const decs = episodes.date('DEC');
      const decTexts = episodes.code('DEC');
      for (const [child, rows] of byChild(tables.OC3)) {
        for (const [source, row] of rows) {
          const dob = dateOf(row, 'DOB');
          const filled = given(row, LEAVER_FIELDS);
          if (dob === undefined || filled.length === 0) continue;
          const age = ageOn(dob, end);
          if (age < 17 || age > 18) continue;
          const birthday = yearsAfter(dob, age);
          const inCare = (children.get(child) ?? []).some((at) => {
            const start = decoms[at];
            const stop = decs[at];
            const open = decTexts[at] === '';
            return start !== undefined && start <= birthday && (open || (stop ?? 0) > birthday);
          });
          if (inCare) flag(source, row, filled);
        }
      }
    },
  },
];
