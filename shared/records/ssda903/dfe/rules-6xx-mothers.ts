/**
 * DfE 903 rules 620–628: motherhood (Header MOTHER, MC_DOB) against the
 * child's age, last year's return and the episodes. Each rule's text is in
 * catalogue.ts; a comment gives the reading where the text leaves a choice.
 * DfE guidance: https://www.gov.uk/guidance/children-looked-after-return
 */
import { ageOn, blank, byChild, code, dateOf } from './helpers';
import { collectionDays, latestAt } from './helpers-r4';
import type { DfeRule } from './rule';
import { view } from './view';

export const RULES_6XX_MOTHERS: readonly DfeRule[] = [
  {
    // MOTHER is 1 but the child is under 11 at the start of the collection year.
    code: '620',
    check: (input, flag) => {
      const { start } = collectionDays(input);
      const header = view(input.tables.Header);
      const dobs = header.date('DOB');
      header.code('MOTHER').forEach((mother, at) => {
        const dob = dobs[at];
        if (mother === '1' && dob !== undefined && ageOn(dob, start) < 11)
          header.flag(flag, at, ['DOB', 'MOTHER']);
      });
    },
  },
  {
    // The first child was born on or before the mother's own birthday: a
    // mother cannot be younger than, or the same age as, her child.
    code: '621',
    check: ({ tables }, flag) => {
      const header = view(tables.Header);
      const births = header.date('MC_DOB');
      header.date('DOB').forEach((dob, at) => {
        const child = births[at];
        if (dob !== undefined && child !== undefined && child <= dob)
          header.flag(flag, at, ['MC_DOB', 'DOB']);
      });
    },
  },
  {
    // Last year's return gave a first child's date of birth and this year's
    // differs (or is blank). Dates are compared as days when both are dates,
    // else as written.
    code: '624',
    check: ({ tables, previous }, flag) => {
      if (previous === undefined) return;
      const before = byChild(previous.Header);
      for (const [child, rows] of byChild(tables.Header)) {
        const earlier = (before.get(child) ?? []).find(([, row]) => !blank(row, 'MC_DOB'));
        if (earlier === undefined) continue;
        const was = earlier[1];
        for (const [source, row] of rows) {
          const day = dateOf(row, 'MC_DOB');
          const wasDay = dateOf(was, 'MC_DOB');
          const same =
            day !== undefined && wasDay !== undefined
              ? day === wasDay
              : (row.values.MC_DOB ?? '').trim() === (was.values.MC_DOB ?? '').trim();
          if (!same) flag(source, row, 'MC_DOB', `last year: ${was.values.MC_DOB ?? ''}`);
        }
      }
    },
  },
  {
    // The first child's date of birth is after the collection year's end, or
    // after the date the child ceased to be looked after. Reading: the child
    // ceased when their last episode (latest DECOM) has a DEC; a child whose
    // last episode is still open has not ceased.
    code: '625',
    check: (input, flag) => {
      const { end } = collectionDays(input);
      const episodes = view(input.tables.Episodes);
      const decoms = episodes.date('DECOM');
      const decs = episodes.date('DEC');
      const children = episodes.byChild();
      const header = view(input.tables.Header);
      const births = header.date('MC_DOB');
      for (const [child, positions] of header.byChild()) {
        // Only a row with a first child's date of birth is checked.
        if (!positions.some((at) => births[at] !== undefined)) continue;
        const last = latestAt(children.get(child) ?? [], decoms);
        const ceased = last === undefined ? undefined : decs[last];
        for (const at of positions) {
          const born = births[at];
          if (born === undefined) continue;
          if (born > end) header.flag(flag, at, 'MC_DOB', 'after the collection year');
          else if (ceased !== undefined && last !== undefined && born > ceased)
            header.flag(
              flag,
              at,
              'MC_DOB',
              `after ceasing care on ${episodes.rows[last]?.values.DEC ?? ''}`,
            );
        }
      }
    },
  },
  {
    // MOTHER is 1 this year and was 0 last year, yet the first child was born
    // before this collection year (so last year should already have said so).
    code: '626',
    check: (input, flag) => {
      const { previous, tables } = input;
      if (previous === undefined) return;
      const { start } = collectionDays(input);
      const before = byChild(previous.Header);
      for (const [child, rows] of byChild(tables.Header)) {
        const wasNot = (before.get(child) ?? []).some(([, row]) => code(row, 'MOTHER') === '0');
        if (!wasNot) continue;
        for (const [source, row] of rows) {
          const born = dateOf(row, 'MC_DOB');
          if (code(row, 'MOTHER') === '1' && born !== undefined && born < start)
            flag(source, row, ['MOTHER', 'MC_DOB']);
        }
      }
    },
  },
  {
    // A care leaver in OC3 (any of IN_TOUCH, ACTIV, ACCOM given) who has no
    // episode in the return (not looked after in the year) has MOTHER filled.
    code: '628',
    check: ({ tables }, flag) => {
      if (tables.Episodes === undefined || tables.OC3 === undefined) return;
      const episodes = view(tables.Episodes).byChild();
      const leavers = new Set(
        [...byChild(tables.OC3)]
          .filter(([, rows]) =>
            rows.some(([, row]) => ['IN_TOUCH', 'ACTIV', 'ACCOM'].some((f) => !blank(row, f))),
          )
          .map(([child]) => child),
      );
      const header = view(tables.Header);
      const mothers = header.code('MOTHER');
      for (const [child, positions] of header.byChild()) {
        if (episodes.has(child) || !leavers.has(child)) continue;
        for (const at of positions) if (mothers[at] !== '') header.flag(flag, at, 'MOTHER');
      }
    },
  },
];
