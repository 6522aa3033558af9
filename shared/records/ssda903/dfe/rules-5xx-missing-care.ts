/**
 * DfE 903 rules 575–581: periods missing or away from placement without
 * authorisation (the Missing table) against the child's episodes. Each
 * rule's text is in catalogue.ts; a comment gives the reading where the text
 * leaves a choice. DfE guidance:
 * https://www.gov.uk/guidance/children-looked-after-return
 */
import type { DfeRule } from './rule';
import { blank, byChild, dateOf } from './helpers';
import { earliest, periodsByChild, STILL_LOOKED_AFTER, withinEpisodeAt } from './helpers-5xx';
import { view } from './view';

/** REC `E8`: the period of being looked after ceased for any other reason. */
const OTHER_REASON = 'E8';

export const RULES_5XX_MISSING_CARE: readonly DfeRule[] = [
  {
    // The placement the child went missing from is the episode that holds
    // MIS_START (the latest-starting one, when a change of placement falls
    // that day). When that episode has ended, an open missing period (no
    // MIS_END) is flagged.
    code: '575',
    check: ({ tables }, flag) => {
      const episodes = view(tables.Episodes);
      const decs = episodes.date('DEC');
      const ordered = episodes.inOrderOf('DECOM');
      for (const [child, rows] of byChild(tables.Missing)) {
        for (const [source, row] of rows) {
          const start = dateOf(row, 'MIS_START');
          if (start === undefined || !blank(row, 'MIS_END')) continue;
          const from = (ordered.get(child) ?? [])
            .filter((at) => withinEpisodeAt(episodes, at, start))
            .at(-1);
          const ended = from === undefined ? undefined : decs[from];
          if (from !== undefined && ended !== undefined) {
            flag(
              source,
              row,
              'MIS_END',
              `placement ended ${episodes.rows[from]?.values.DEC ?? ''}`,
            );
          }
        }
      }
    },
  },
  {
    // A period open at the end of last year's return (no MIS_END) carries
    // over: the child's earliest period this year must start the same day.
    // A child with no period this year has no row to flag.
    code: '576',
    check: ({ tables, previous }, flag) => {
      if (previous?.Missing === undefined) return;
      const last = byChild(previous.Missing);
      for (const [child, rows] of byChild(tables.Missing)) {
        const first = earliest(rows, 'MIS_START') ?? rows[0];
        if (first === undefined) continue;
        const started = dateOf(first[1], 'MIS_START');
        for (const [, old] of last.get(child) ?? []) {
          const open = dateOf(old, 'MIS_START');
          if (!blank(old, 'MIS_END') || open === undefined || open === started) continue;
          flag(
            first[0],
            first[1],
            ['MIS_START', 'CHILD'],
            `open period last year from ${old.values.MIS_START ?? ''}`,
          );
        }
      }
    },
  },
  {
    // An open missing period (MIS_START, no MIS_END) within a period of care
    // that has ended: the child left care while still recorded missing.
    code: '577',
    check: ({ tables }, flag) => {
      const periodsOf = periodsByChild(view(tables.Episodes));
      for (const [child, rows] of byChild(tables.Missing)) {
        const periods = periodsOf.get(child) ?? [];
        for (const [source, row] of rows) {
          const start = dateOf(row, 'MIS_START');
          if (start === undefined || !blank(row, 'MIS_END')) continue;
          const holding = periods.find(
            (period) =>
              period.start !== undefined &&
              period.start <= start &&
              (period.end === undefined || start <= period.end),
          );
          if (holding?.end !== undefined) flag(source, row, 'MIS_END', 'the child has left care');
        }
      }
    },
  },
  {
    // A missing period starting after the child's last period of care
    // ended (all their episodes closed) is flagged.
    code: '578',
    check: ({ tables }, flag) => {
      const episodes = view(tables.Episodes);
      const periodsOf = periodsByChild(episodes);
      for (const [child, rows] of byChild(tables.Missing)) {
        const last = periodsOf.get(child)?.at(-1);
        if (last?.end === undefined) continue;
        const lastAt = last.positions.at(-1);
        for (const [source, row] of rows) {
          const start = dateOf(row, 'MIS_START');
          if (start !== undefined && start > last.end)
            flag(
              source,
              row,
              'MIS_START',
              `left care ${lastAt === undefined ? '' : (episodes.rows[lastAt]?.values.DEC ?? '')}`,
            );
        }
      }
    },
  },
  {
    // The child was missing when they ceased to be looked after when a
    // missing period ends on the day an episode ends with the child leaving
    // care (REC given, not X1); that episode's REC must then be E8.
    code: '580',
    check: ({ tables }, flag) => {
      const missing = view(tables.Missing);
      const missingEnds = missing.date('MIS_END');
      const byMissingChild = missing.byChild();
      const episodes = view(tables.Episodes);
      const decs = episodes.date('DEC');
      const recs = episodes.code('REC');
      for (const [child, positions] of episodes.byChild()) {
        const periods = byMissingChild.get(child);
        if (periods === undefined) continue;
        const ends = new Set(periods.map((at) => missingEnds[at]));
        for (const at of positions) {
          const rec = recs[at] ?? '';
          const dec = decs[at];
          if (dec === undefined || rec === '' || rec === STILL_LOOKED_AFTER || rec === OTHER_REASON)
            continue;
          if (ends.has(dec)) episodes.flag(flag, at, 'REC', 'missing until the day care ended');
        }
      }
    },
  },
  {
    // A missing period must start within one of the child's episodes (on or
    // after DECOM, on or before DEC or with the episode open). Children with
    // no episodes are left to the checks linking the tables.
    code: '581',
    check: ({ tables }, flag) => {
      const episodes = view(tables.Episodes);
      const children = episodes.byChild();
      for (const [child, rows] of byChild(tables.Missing)) {
        const own = children.get(child) ?? [];
        if (own.length === 0) continue;
        for (const [source, row] of rows) {
          const start = dateOf(row, 'MIS_START');
          if (start === undefined) continue;
          if (!own.some((at) => withinEpisodeAt(episodes, at, start)))
            flag(source, row, 'MIS_START');
        }
      }
    },
  },
];
