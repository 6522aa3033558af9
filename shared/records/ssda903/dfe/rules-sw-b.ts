/**
 * DfE 903 social worker rules on a child's run of episodes (SW_Episodes,
 * from 2023/24): one ends before the next begins, the run reaches 31 March,
 * and covers the year for a child looked after then. Each rule's text is in
 * catalogue.ts; a comment gives the reading where the text leaves a choice.
 * DfE guidance: https://www.gov.uk/guidance/children-looked-after-return
 */
import { collectionDays, earliestDayAt, latestAt, lookedAfterAt, sortedAt } from './helpers-r4';
import { view } from './view';
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
      const episodes = view(tables.SW_Episodes);
      const starts = episodes.date('SW_DECOM');
      const ends = episodes.code('SW_DEC');
      for (const positions of episodes.byChild().values()) {
        const last = latestAt(positions, starts);
        const lastStart = last === undefined ? undefined : starts[last];
        if (last === undefined || lastStart === undefined) continue;
        for (const at of positions) {
          const start = starts[at];
          if (start !== undefined && start < lastStart && ends[at] === '')
            episodes.flag(
              flag,
              at,
              'SW_DEC',
              `next episode from ${episodes.rows[last]?.values.SW_DECOM ?? ''}`,
            );
        }
      }
    },
  },
  {
    // Less than 24 hours: the episode ends on the day it began.
    code: 'SW09STG2',
    check: ({ tables }, flag) => {
      const episodes = view(tables.SW_Episodes);
      const ends = episodes.date('SW_DEC');
      episodes.date('SW_DECOM').forEach((start, at) => {
        if (start !== undefined && start === ends[at])
          episodes.flag(flag, at, ['SW_DECOM', 'SW_DEC']);
      });
    },
  },
  {
    // Taking the child's episodes in order of start (then end), each must
    // begin no earlier than a week before the previous one's end (the 2024/25
    // rule's tolerance), unless its reason is FCONTA, which the rule exempts.
    // A previous episode with no end is SW08's.
    code: 'SW10STG2',
    check: ({ tables }, flag) => {
      const episodes = view(tables.SW_Episodes);
      const starts = episodes.date('SW_DECOM');
      const ends = episodes.date('SW_DEC');
      const reasons = episodes.code('SW_REASON');
      for (const positions of episodes.byChild().values()) {
        const ordered = sortedAt(sortedAt(positions, ends), starts);
        ordered.forEach((at, nth) => {
          const before = ordered[nth - 1];
          const start = starts[at];
          const previousEnd = before === undefined ? undefined : ends[before];
          if (before === undefined || start === undefined || previousEnd === undefined) return;
          if (reasons[at] === 'FCONTA') return;
          if (start < previousEnd - OVERLAP_DAYS)
            episodes.flag(
              flag,
              at,
              'SW_DECOM',
              `previous episode ended ${episodes.rows[before]?.values.SW_DEC ?? ''}`,
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
      const episodes = view(input.tables.SW_Episodes);
      const starts = episodes.date('SW_DECOM');
      const ends = episodes.date('SW_DEC');
      for (const positions of episodes.byChild().values()) {
        for (const at of positions) {
          const ended = ends[at];
          if (ended === undefined || ended >= end) continue;
          const began = starts[at] ?? ended;
          const followed = positions.some((other) => {
            const next = starts[other];
            return other !== at && next !== undefined && next > began;
          });
          if (!followed) episodes.flag(flag, at, 'SW_DEC');
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
      const workers = view(tables.SW_Episodes);
      const workerStarts = workers.date('SW_DECOM');
      const byWorkerChild = workers.byChild();
      const episodes = view(tables.Episodes);
      const decoms = episodes.date('DECOM');
      for (const [child, positions] of episodes.byChild()) {
        if (!lookedAfterAt(episodes, positions, end)) continue;
        const firstCare = earliestDayAt(positions, decoms) ?? start;
        const from = Math.max(start, firstCare);
        const first = sortedAt(byWorkerChild.get(child) ?? [], workerStarts)[0];
        if (first === undefined) {
          const open = latestAt(positions, decoms);
          if (open !== undefined) episodes.flag(flag, open, 'DECOM', 'no social worker episodes');
          continue;
        }
        const began = workerStarts[first];
        if (began !== undefined && began > from) workers.flag(flag, first, 'SW_DECOM');
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
      const episodes = view(tables.SW_Episodes);
      const starts = episodes.date('SW_DECOM');
      const reasons = episodes.code('SW_REASON');
      for (const positions of episodes.byChild().values()) {
        const first = sortedAt(positions, starts)[0];
        for (const at of positions) {
          const reason = reasons[at] ?? '';
          if (reason === '') {
            if (blankIsWrong && at !== first) episodes.flag(flag, at, 'SW_REASON', 'not entered');
          } else if (!SW_REASONS.has(reason)) episodes.flag(flag, at, 'SW_REASON');
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
      const episodes = view(input.tables.SW_Episodes);
      const starts = episodes.date('SW_DECOM');
      const ends = episodes.date('SW_DEC');
      const endTexts = episodes.code('SW_DEC');
      for (const positions of episodes.byChild().values()) {
        const open = positions.some((at) => {
          const ended = ends[at];
          return ended === undefined ? endTexts[at] === '' : ended > end;
        });
        const last = latestAt(positions, starts);
        if (!open && last !== undefined) episodes.flag(flag, last, ['SW_DEC', 'SW_DECOM']);
      }
    },
  },
];
