/**
 * DfE 903 social worker rules on a child's run of episodes (SW_Episodes,
 * from 2023/24): one ends before the next begins, the run reaches 31 March,
 * and covers the year for a child looked after then. Each rule's text is in
 * catalogue.ts; a comment gives the reading where the text leaves a choice.
 * DfE guidance: https://www.gov.uk/guidance/children-looked-after-return
 */
import { blank, byChild, code, dateOf, rowsOf } from './helpers';
import { collectionDays, earliestDay, latestBy, lookedAfterOn, sortedBy } from './helpers-r4';
import type { DfeRule } from './rule';

/**
 * SW_REASON codes (spec-by-year SSDA903_schema_2024.diff.yml,
 * social_worker.SW_REASON, unchanged since; the YAML's `"PCCHAN "` is
 * trimmed).
 */
const SW_REASONS = new Set([
  'MANAGE',
  'FCONTA',
  'LEFTRL',
  'ORGRST',
  'TSPROC',
  'ABSENC',
  'CHCHAN',
  'PCCHAN',
  'SWDIED',
  'OTHERS',
]);

/** SW10STG2's tolerance: a new episode may begin up to a week before the previous one's end. */
const OVERLAP_DAYS = 7;

export const RULES_SW_B: readonly DfeRule[] = [
  {
    // An episode with no end date while a later episode of the child (a
    // later SW_DECOM) has begun.
    code: 'SW08STG2',
    check: ({ tables }, flag) => {
      for (const [, rows] of byChild(tables.SW_Episodes)) {
        const last = latestBy(rows, 'SW_DECOM');
        const lastStart = last === undefined ? undefined : dateOf(last[1], 'SW_DECOM');
        if (lastStart === undefined) continue;
        for (const [source, row] of rows) {
          const start = dateOf(row, 'SW_DECOM');
          if (start !== undefined && start < lastStart && blank(row, 'SW_DEC'))
            flag(source, row, 'SW_DEC', `next episode from ${last?.[1].values.SW_DECOM ?? ''}`);
        }
      }
    },
  },
  {
    // Less than 24 hours: the episode ends on the day it began.
    code: 'SW09STG2',
    check: ({ tables }, flag) => {
      for (const [source, row] of rowsOf(tables.SW_Episodes)) {
        const start = dateOf(row, 'SW_DECOM');
        if (start !== undefined && start === dateOf(row, 'SW_DEC'))
          flag(source, row, ['SW_DECOM', 'SW_DEC']);
      }
    },
  },
  {
    // Taking the child's episodes in order of start (then end), each must
    // begin no earlier than a week before the previous one's end (the 2024/25
    // rule's tolerance), unless its reason is FCONTA, which the rule exempts.
    // A previous episode with no end is SW08's.
    code: 'SW10STG2',
    check: ({ tables }, flag) => {
      for (const [, rows] of byChild(tables.SW_Episodes)) {
        const ordered = sortedBy(sortedBy(rows, 'SW_DEC'), 'SW_DECOM');
        ordered.forEach(([source, row], at) => {
          const before = ordered[at - 1];
          const start = dateOf(row, 'SW_DECOM');
          const previousEnd = before === undefined ? undefined : dateOf(before[1], 'SW_DEC');
          if (start === undefined || previousEnd === undefined) return;
          if (code(row, 'SW_REASON') === 'FCONTA') return;
          if (start < previousEnd - OVERLAP_DAYS)
            flag(
              source,
              row,
              'SW_DECOM',
              `previous episode ended ${before?.[1].values.SW_DEC ?? ''}`,
            );
        });
      }
    },
  },
  {
    // An episode ending before 31 March with no later episode of the child
    // (one starting after it began) to follow it.
    code: 'SW11bSTG2',
    check: (input, flag) => {
      const { end } = collectionDays(input);
      for (const [, rows] of byChild(input.tables.SW_Episodes)) {
        for (const [source, row] of rows) {
          const ended = dateOf(row, 'SW_DEC');
          if (ended === undefined || ended >= end) continue;
          const began = dateOf(row, 'SW_DECOM') ?? ended;
          const followed = rows.some(([, other]) => {
            const next = dateOf(other, 'SW_DECOM');
            return other !== row && next !== undefined && next > began;
          });
          if (!followed) flag(source, row, 'SW_DEC');
        }
      }
    },
  },
  {
    // A child looked after on 31 March needs social worker episodes for the
    // whole year, including any part of it before they were looked after.
    // Reading: the child's first social worker episode must begin on or
    // before 1 April, or, for a child first looked after in the year, on or
    // before that first DECOM (the return cannot show when a child not yet
    // looked after became known). The first episode is flagged; a child
    // with none is flagged on their open episode.
    code: 'SW12STG2',
    check: (input, flag) => {
      const { tables } = input;
      if (tables.SW_Episodes === undefined || tables.Episodes === undefined) return;
      const { start, end } = collectionDays(input);
      const workers = byChild(tables.SW_Episodes);
      for (const [child, episodes] of byChild(tables.Episodes)) {
        if (!lookedAfterOn(episodes, end)) continue;
        const firstCare = earliestDay(episodes, 'DECOM') ?? start;
        const from = Math.max(start, firstCare);
        const rows = workers.get(child) ?? [];
        const first = sortedBy(rows, 'SW_DECOM')[0];
        if (first === undefined) {
          const open = latestBy(episodes, 'DECOM');
          if (open !== undefined) flag(open[0], open[1], 'DECOM', 'no social worker episodes');
          continue;
        }
        const began = dateOf(first[1], 'SW_DECOM');
        if (began !== undefined && began > from) flag(first[0], first[1], 'SW_DECOM');
      }
    },
  },
  {
    // A reason given must be one of the codes. 2024/25 onward a blank
    // reason is not this rule's (SW01b asks for it); the 2023/24 rule's text
    // also flags a reason "not entered", read as: on every episode but the
    // child's first (by SW_DECOM), which follows no change of social worker.
    code: 'SW13STG1',
    covers: [{ table: 'SW_Episodes', column: 'SW_REASON', kind: 'code' }],
    check: ({ tables, ruleYear }, flag) => {
      const blankIsWrong = ruleYear === '2023/24';
      for (const [, rows] of byChild(tables.SW_Episodes)) {
        const first = sortedBy(rows, 'SW_DECOM')[0];
        for (const entry of rows) {
          const [source, row] = entry;
          if (blank(row, 'SW_REASON')) {
            if (blankIsWrong && entry !== first) flag(source, row, 'SW_REASON', 'not entered');
          } else if (!SW_REASONS.has(code(row, 'SW_REASON'))) flag(source, row, 'SW_REASON');
        }
      }
    },
  },
  {
    // None of the child's episodes is open at 31 March (each has an end date
    // on or before it): the latest episode is flagged.
    code: 'SW17STG2',
    check: (input, flag) => {
      const { end } = collectionDays(input);
      for (const [, rows] of byChild(input.tables.SW_Episodes)) {
        const open = rows.some(([, row]) => {
          const ended = dateOf(row, 'SW_DEC');
          return ended === undefined ? blank(row, 'SW_DEC') : ended > end;
        });
        const last = latestBy(rows, 'SW_DECOM');
        if (!open && last !== undefined) flag(last[0], last[1], ['SW_DEC', 'SW_DECOM']);
      }
    },
  },
];
