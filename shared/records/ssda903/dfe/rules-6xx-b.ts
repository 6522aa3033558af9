/**
 * DfE 903 rules 630–635: previous permanence (PrevPerm). Each rule's text
 * is in catalogue.ts; a comment gives the reading where the text leaves a
 * choice. DfE guidance: https://www.gov.uk/guidance/children-looked-after-return
 */
import { dayNumber } from '../dates';
import { blank, byChild, code, rowsOf } from './helpers';
import { collectionDays, earliestDayAt, latestAt, partialDay } from './helpers-r4';
import { view } from './view';
import { LA_PERM_CODES } from './la-codes-r4';
import type { DfeRule } from './rule';

/**
 * PREV_PERM codes, the same in every year (spec-by-year SSDA903_schema_2017.yml
 * prev_perm.PREV_PERM, unchanged by later diffs): P1–P4 an order or
 * arrangement, Z1 none or not known.
 */
const PREV_PERM_CODES = new Set(['P1', 'P2', 'P3', 'P4', 'Z1']);

/** PREV_PERM `Z1`: no previous permanence option (or not known). */
const NO_PERMANENCE = 'Z1';

const PERM_FIELDS = ['PREV_PERM', 'LA_PERM', 'DATE_PERM'] as const;

export const RULES_6XX_B: readonly DfeRule[] = [
  {
    // A child who started to be looked after in the year (an episode with
    // RNE S and DECOM on or after 1 April) needs previous permanence
    // information: a PrevPerm row with PREV_PERM, and, unless PREV_PERM is
    // Z1, the LA and date of the order. The starting episode is flagged.
    code: '630',
    check: (input, flag) => {
      const { tables } = input;
      if (tables.PrevPerm === undefined) return;
      const { start } = collectionDays(input);
      const perm = byChild(tables.PrevPerm);
      const episodes = view(tables.Episodes);
      const decoms = episodes.date('DECOM');
      const reasons = episodes.code('RNE');
      for (let at = 0; at < episodes.length; at += 1) {
        const decom = decoms[at];
        if (reasons[at] !== 'S' || decom === undefined || decom < start) continue;
        const rows = perm.get(episodes.child[at] ?? '') ?? [];
        if (rows.length === 0) {
          episodes.flag(flag, at, 'RNE', 'no PrevPerm row');
          continue;
        }
        const incomplete = rows.some(
          ([, p]) =>
            blank(p, 'PREV_PERM') ||
            (code(p, 'PREV_PERM') !== NO_PERMANENCE &&
              (blank(p, 'LA_PERM') || blank(p, 'DATE_PERM'))),
        );
        if (incomplete) episodes.flag(flag, at, 'RNE', 'PrevPerm incomplete');
      }
    },
  },
  {
    code: '631',
    covers: [{ table: 'PrevPerm', column: 'PREV_PERM', kind: 'code' }],
    check: ({ tables }, flag) => {
      for (const [source, row] of rowsOf(tables.PrevPerm)) {
        if (!blank(row, 'PREV_PERM') && !PREV_PERM_CODES.has(code(row, 'PREV_PERM')))
          flag(source, row, 'PREV_PERM');
      }
    },
  },
  {
    // DATE_PERM, when given, must be a date (a part not known may be ZZ,
    // DfE guidance) and before the child's first DECOM in the return: the
    // order came before this care. Unknown parts are read as late as they
    // can be, so only a date surely on or after DECOM is flagged.
    code: '632',
    covers: [{ table: 'PrevPerm', column: 'DATE_PERM', kind: 'date' }],
    check: ({ tables }, flag) => {
      const episodes = view(tables.Episodes);
      const children = episodes.byChild();
      const decoms = episodes.date('DECOM');
      for (const [source, row] of rowsOf(tables.PrevPerm)) {
        if (blank(row, 'DATE_PERM')) continue;
        const when = partialDay(row.values.DATE_PERM ?? '');
        if (when === undefined) {
          flag(source, row, 'DATE_PERM', 'not a date');
          continue;
        }
        const first = earliestDayAt(children.get((row.values.CHILD ?? '').trim()) ?? [], decoms);
        if (when.known && first !== undefined && when.latest >= first)
          flag(source, row, ['DATE_PERM'], 'on or after the first DECOM');
      }
    },
  },
  {
    code: '633',
    check: ({ tables }, flag) => {
      for (const [source, row] of rowsOf(tables.PrevPerm)) {
        if (!blank(row, 'LA_PERM') && !LA_PERM_CODES.has(code(row, 'LA_PERM')))
          flag(source, row, 'LA_PERM');
      }
    },
  },
  {
    // Previous permanence details are given, but none of the child's
    // episodes started on or after 1 April 2016 (the date the rule names).
    // A child with no dated episode is left to other rules.
    code: '634',
    check: ({ tables }, flag) => {
      const since = dayNumber(2016, 4, 1);
      const episodes = view(tables.Episodes);
      const children = episodes.byChild();
      const decoms = episodes.date('DECOM');
      for (const [source, row] of rowsOf(tables.PrevPerm)) {
        const given = PERM_FIELDS.filter((field) => !blank(row, field));
        if (given.length === 0) continue;
        const last = latestAt(children.get((row.values.CHILD ?? '').trim()) ?? [], decoms);
        const lastDay = last === undefined ? undefined : decoms[last];
        if (lastDay !== undefined && lastDay < since) flag(source, row, given);
      }
    },
  },
  {
    // LA_PERM or DATE_PERM given while PREV_PERM says there was no previous
    // permanence option: Z1, as the text says, or blank (no option recorded
    // at all, which the DfE's check flags too).
    code: '635',
    check: ({ tables }, flag) => {
      for (const [source, row] of rowsOf(tables.PrevPerm)) {
        const perm = code(row, 'PREV_PERM');
        if (perm !== NO_PERMANENCE && perm !== '') continue;
        if (!blank(row, 'LA_PERM') || !blank(row, 'DATE_PERM'))
          flag(source, row, ['PREV_PERM', 'LA_PERM', 'DATE_PERM']);
      }
    },
  },
];
