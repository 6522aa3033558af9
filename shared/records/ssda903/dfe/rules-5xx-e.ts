/**
 * DfE 903 rules 559–584 on decisions to place for adoption across the
 * year and against last year's return, with 562 (episodes carried over from
 * last year) and 582 (adoption and matching on one day). Each rule's text is
 * in catalogue.ts; a comment gives the reading where the text leaves a
 * choice. Rules comparing with last year do nothing without it.
 */
import type { Ssda903Row } from '../types';
import type { DfeRule } from './rule';
import { blank, byChild, dateOf, rowsOf, yearDays } from './helpers';
import { view } from './view';
import { ADOPTED, byDate, earliest, latest } from './helpers-5xx';

/** Whether a decision row records that it ceased (a date or a reason). */
function ceased(row: Ssda903Row): boolean {
  return !blank(row, 'DATE_PLACED_CEASED') || !blank(row, 'REASON_PLACED_CEASED');
}

export const RULES_5XX_E: readonly DfeRule[] = [
  {
    // A decision dated before this year began must already have been in
    // last year's return: the child must have a DATE_PLACED there.
    code: '559',
    check: ({ tables, previous, year }, flag) => {
      if (previous?.PlacedAdoption === undefined) return;
      const { start } = yearDays(year);
      const last = byChild(previous.PlacedAdoption);
      for (const [source, row] of rowsOf(tables.PlacedAdoption)) {
        const placed = dateOf(row, 'DATE_PLACED');
        if (placed === undefined || placed >= start) continue;
        const child = (row.values.CHILD ?? '').trim();
        const recorded = (last.get(child) ?? []).some(([, old]) => !blank(old, 'DATE_PLACED'));
        if (!recorded) flag(source, row, 'DATE_PLACED', 'no DATE_PLACED in last year’s return');
      }
    },
  },
  {
    // A decision still open at the end of last year (DATE_PLACED given, no
    // DATE_PLACED_CEASED) continues into this year with the same date. When
    // none of the child's rows this year has that date, each is flagged; a
    // new decision beside the continuing one is not a change.
    code: '560',
    check: ({ tables, previous }, flag) => {
      if (previous?.PlacedAdoption === undefined) return;
      const last = byChild(previous.PlacedAdoption);
      for (const [child, rows] of byChild(tables.PlacedAdoption)) {
        const days = new Set(rows.map(([, row]) => dateOf(row, 'DATE_PLACED')));
        for (const [, old] of last.get(child) ?? []) {
          const open = dateOf(old, 'DATE_PLACED');
          if (open === undefined || !blank(old, 'DATE_PLACED_CEASED') || days.has(open)) continue;
          for (const [source, row] of rows) {
            flag(
              source,
              row,
              'DATE_PLACED',
              `open decision last year: ${old.values.DATE_PLACED ?? ''}`,
            );
          }
        }
      }
    },
  },
  {
    // A decision that last year's return shows ceased (a date or reason)
    // cannot come back this year under the same DATE_PLACED.
    code: '561',
    check: ({ tables, previous }, flag) => {
      if (previous?.PlacedAdoption === undefined) return;
      const last = byChild(previous.PlacedAdoption);
      for (const [child, rows] of byChild(tables.PlacedAdoption)) {
        const ended = new Set(
          (last.get(child) ?? [])
            .filter(([, old]) => ceased(old))
            .map(([, old]) => dateOf(old, 'DATE_PLACED')),
        );
        for (const [source, row] of rows) {
          const placed = dateOf(row, 'DATE_PLACED');
          if (placed !== undefined && ended.has(placed)) {
            flag(source, row, 'DATE_PLACED', 'that decision ceased last year');
          }
        }
      }
    },
  },
  {
    // A child's first episode this year that began before 1 April must be
    // the episode last year's return ended with: the latest episode (by
    // DECOM) there must have the same DECOM. A child missing from last
    // year's return is flagged too.
    code: '562',
    check: ({ tables, previous, year }, flag) => {
      if (previous?.Episodes === undefined) return;
      const { start } = yearDays(year);
      const last = byChild(previous.Episodes);
      for (const [child, rows] of byChild(tables.Episodes)) {
        const before = rows.filter(([, row]) => (dateOf(row, 'DECOM') ?? start) < start);
        const first = earliest(before, 'DECOM');
        if (first === undefined) continue;
        const carried = latest(last.get(child) ?? [], 'DECOM');
        if (carried === undefined || dateOf(carried[1], 'DECOM') !== dateOf(first[1], 'DECOM')) {
          flag(first[0], first[1], 'DECOM', 'no matching episode at the end of last year');
        }
      }
    },
  },
  {
    code: '563',
    check: ({ tables }, flag) => {
      for (const [source, row] of rowsOf(tables.PlacedAdoption)) {
        if (blank(row, 'DATE_PLACED') && ceased(row)) flag(source, row, 'DATE_PLACED');
      }
    },
  },
  {
    // In DATE_PLACED order, each decision must start after the previous one
    // ceased: the previous has a DATE_PLACED_CEASED and the new DATE_PLACED
    // is not before it. The later decision is flagged. Decisions without a
    // DATE_PLACED cannot be ordered and are left to 563.
    code: '579',
    check: ({ tables }, flag) => {
      for (const [, rows] of byChild(tables.PlacedAdoption)) {
        const dated = byDate(
          rows.filter(([, row]) => dateOf(row, 'DATE_PLACED') !== undefined),
          'DATE_PLACED',
        );
        for (let at = 1; at < dated.length; at += 1) {
          const previous = dated[at - 1];
          const next = dated[at];
          if (previous === undefined || next === undefined) continue;
          const ended = dateOf(previous[1], 'DATE_PLACED_CEASED');
          const started = dateOf(next[1], 'DATE_PLACED') ?? 0;
          if (
            blank(previous[1], 'DATE_PLACED_CEASED') ||
            (ended !== undefined && started < ended)
          ) {
            flag(
              next[0],
              next[1],
              'DATE_PLACED',
              `previous decision ${previous[1].values.DATE_PLACED ?? ''}`,
            );
          }
        }
      }
    },
  },
  {
    // An episode ending in adoption (E11/E12) on the day AD1 gives as
    // DATE_MATCH is flagged (a warning in the DfE's text: matching usually
    // comes first).
    code: '582',
    check: ({ tables }, flag) => {
      const ad1 = byChild(tables.AD1);
      const episodes = view(tables.Episodes);
      const decs = episodes.date('DEC');
      const recs = episodes.code('REC');
      for (const [child, positions] of episodes.byChild()) {
        const matched = new Set((ad1.get(child) ?? []).map(([, row]) => dateOf(row, 'DATE_MATCH')));
        for (const at of positions) {
          const dec = decs[at];
          if (ADOPTED.has(recs[at] ?? '') && dec !== undefined && matched.has(dec)) {
            episodes.flag(flag, at, 'DEC', 'same day as DATE_MATCH');
          }
        }
      }
    },
  },
  {
    // Of a child's decisions, all but the latest (by DATE_PLACED) must have
    // ceased (a DATE_PLACED_CEASED); each earlier open one is flagged.
    code: '583',
    check: ({ tables }, flag) => {
      for (const [, rows] of byChild(tables.PlacedAdoption)) {
        if (rows.length < 2) continue;
        const newest = latest(rows, 'DATE_PLACED');
        for (const entry of rows) {
          if (entry !== newest && blank(entry[1], 'DATE_PLACED_CEASED')) {
            flag(entry[0], entry[1], ['DATE_PLACED_CEASED', 'DATE_PLACED']);
          }
        }
      }
    },
  },
  {
    // When last year's return shows the child's decision ceased (a date or
    // reason, with a DATE_PLACED), any decision this year must be a new one,
    // dated after it; each row this year dated on or before it is flagged.
    // A blank DATE_PLACED is left to 563 and the reader's checks.
    code: '584',
    check: ({ tables, previous }, flag) => {
      if (previous?.PlacedAdoption === undefined) return;
      const last = byChild(previous.PlacedAdoption);
      for (const [child, rows] of byChild(tables.PlacedAdoption)) {
        const ended = latest(
          (last.get(child) ?? []).filter(([, old]) => ceased(old)),
          'DATE_PLACED',
        );
        const endedOn = ended === undefined ? undefined : dateOf(ended[1], 'DATE_PLACED');
        if (endedOn === undefined) continue;
        for (const [source, row] of rows) {
          const placed = dateOf(row, 'DATE_PLACED');
          if (placed !== undefined && placed <= endedOn) {
            flag(
              source,
              row,
              'DATE_PLACED',
              `decision of ${ended?.[1].values.DATE_PLACED ?? ''} ceased last year`,
            );
          }
        }
      }
    },
  },
];
