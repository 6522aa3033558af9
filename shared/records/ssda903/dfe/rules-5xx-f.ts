/**
 * DfE 903 rules 564–586 on periods missing or away from placement without
 * authorisation (the Missing table) alone (575–581, against the episodes,
 * are in rules-5xx-missing-care.ts). Each
 * rule's text is in catalogue.ts; a comment gives the reading where the text
 * leaves a choice. MISSING codes (DfE SSDA903 guidance,
 * https://www.gov.uk/guidance/children-looked-after-return): M missing, A
 * away from placement without authorisation.
 */
import type { DfeRule } from './rule';
import { blank, byChild, dateOf, rowsOf, yearDays } from './helpers';
import { byDate } from './helpers-5xx';

export const RULES_5XX_F: readonly DfeRule[] = [
  {
    code: '564',
    check: ({ tables }, flag) => {
      for (const [source, row] of rowsOf(tables.Missing)) {
        if (!blank(row, 'MISSING') && blank(row, 'MIS_START'))
          flag(source, row, ['MIS_START', 'MISSING']);
      }
    },
  },
  {
    code: '565',
    check: ({ tables }, flag) => {
      for (const [source, row] of rowsOf(tables.Missing)) {
        if (!blank(row, 'MIS_START') && blank(row, 'MISSING'))
          flag(source, row, ['MISSING', 'MIS_START']);
      }
    },
  },
  {
    code: '566',
    check: ({ tables }, flag) => {
      for (const [source, row] of rowsOf(tables.Missing)) {
        if (!blank(row, 'MIS_END') && blank(row, 'MISSING'))
          flag(source, row, ['MISSING', 'MIS_END']);
      }
    },
  },
  {
    code: '567',
    check: ({ tables }, flag) => {
      for (const [source, row] of rowsOf(tables.Missing)) {
        const start = dateOf(row, 'MIS_START');
        const end = dateOf(row, 'MIS_END');
        if (start !== undefined && end !== undefined && end < start) {
          flag(source, row, ['MIS_END', 'MIS_START']);
        }
      }
    },
  },
  {
    code: '570',
    check: ({ tables, year }, flag) => {
      const { end } = yearDays(year);
      for (const [source, row] of rowsOf(tables.Missing)) {
        const start = dateOf(row, 'MIS_START');
        if (start !== undefined && start > end) flag(source, row, 'MIS_START');
      }
    },
  },
  {
    code: '571',
    check: ({ tables, year }, flag) => {
      const days = yearDays(year);
      for (const [source, row] of rowsOf(tables.Missing)) {
        const end = dateOf(row, 'MIS_END');
        if (end !== undefined && (end < days.start || end > days.end)) flag(source, row, 'MIS_END');
      }
    },
  },
  {
    // In MIS_START order, each period must start after the previous one
    // ended: the previous has a MIS_END and the new MIS_START is not before
    // that end (the same day is allowed). The later period is flagged.
    // Periods without a MIS_START are left to 564.
    code: '574',
    check: ({ tables }, flag) => {
      for (const [, rows] of byChild(tables.Missing)) {
        const dated = byDate(
          rows.filter(([, row]) => dateOf(row, 'MIS_START') !== undefined),
          'MIS_START',
        );
        for (let at = 1; at < dated.length; at += 1) {
          const previous = dated[at - 1];
          const next = dated[at];
          if (previous === undefined || next === undefined) continue;
          const ended = dateOf(previous[1], 'MIS_END');
          const started = dateOf(next[1], 'MIS_START') ?? 0;
          if (blank(previous[1], 'MIS_END') || (ended !== undefined && started < ended)) {
            flag(
              next[0],
              next[1],
              ['MIS_START', 'MIS_END'],
              `previous period from ${previous[1].values.MIS_START ?? ''}`,
            );
          }
        }
      }
    },
  },
  {
    // Against the DOB the Missing row itself gives.
    code: '586',
    check: ({ tables }, flag) => {
      for (const [source, row] of rowsOf(tables.Missing)) {
        const start = dateOf(row, 'MIS_START');
        const dob = dateOf(row, 'DOB');
        if (start !== undefined && dob !== undefined && start < dob)
          flag(source, row, ['MIS_START', 'DOB']);
      }
    },
  },
];
