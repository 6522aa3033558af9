/**
 * DfE 903 rules 501–504: episodes in sequence, and the first episode of the
 * year against the episode left open at the end of last year's return. Each
 * rule's text is in catalogue.ts; a comment gives the reading where the text
 * leaves a choice.
 */
import type { DfeRule, DfeInput } from './rule';
import type { DfeRuleYear } from './years';
import { byChild, code, dateOf, blank } from './helpers';
import { consecutivePositions, earliest, latest, STILL_LOOKED_AFTER } from './helpers-5xx';
import { view } from './view';

/**
 * Placement codes the DfE replaced between two years, by the year that
 * dropped them: a child still in the old placement at 31 March is recorded
 * under the new code from 1 April, which is not a change of placement type.
 * 2024/25 replaced H5 by K3 (spec-by-year 2025 diff; the DfE's 503D note
 * "except if previous year PL = H5 and current year PL = K3"); 2025/26's
 * rule 146 drops Z1 and adds Z11–Z14.
 */
const RENAMED_PLACES: Partial<Record<DfeRuleYear, ReadonlyMap<string, ReadonlySet<string>>>> = {
  '2024/25': new Map([['H5', new Set(['K3'])]]),
  '2025/26': new Map([['Z1', new Set(['Z11', 'Z12', 'Z13', 'Z14'])]]),
};

/**
 * The 503 family: where last year's latest episode (by DECOM) was still open
 * (no DEC), this year's first episode (earliest DECOM) must carry the same
 * `column` — it is the same episode carried over. The first episode is
 * flagged. `same` decides when two values agree (by default, equal text).
 */
function carriedOver(
  rule: string,
  column: string,
  same: (last: string, now: string, input: DfeInput) => boolean = (last, now) => last === now,
): DfeRule {
  return {
    code: rule,
    check: (input, flag) => {
      if (input.previous === undefined) return;
      const last = byChild(input.previous.Episodes);
      for (const [child, rows] of byChild(input.tables.Episodes)) {
        const first = earliest(rows, 'DECOM');
        const open = latest(last.get(child) ?? [], 'DECOM');
        if (first === undefined || open === undefined || !blank(open[1], 'DEC')) continue;
        if (!same(code(open[1], column), code(first[1], column), input)) {
          flag(first[0], first[1], column, `last year: ${code(open[1], column) || 'blank'}`);
        }
      }
    },
  };
}

export const RULES_5XX_A: readonly DfeRule[] = [
  {
    // In DECOM order, each of a child's episodes must start on or after the
    // previous one's DEC; the later episode is flagged. An open previous
    // episode has no end date to compare (other rules catch two open ones).
    code: '501',
    check: ({ tables }, flag) => {
      const episodes = view(tables.Episodes);
      const decoms = episodes.date('DECOM');
      const decs = episodes.date('DEC');
      consecutivePositions(episodes, (previous, next) => {
        const decom = decoms[next];
        const dec = decs[previous];
        if (decom !== undefined && dec !== undefined && decom < dec) {
          episodes.flag(
            flag,
            next,
            ['DECOM', 'DEC'],
            `previous episode ends ${episodes.rows[previous]?.values.DEC ?? ''}`,
          );
        }
      });
    },
  },
  {
    // Every episode left open (no DEC) in last year's return must start on
    // the same day as the child's first episode this year; that first
    // episode is flagged. Needs last year's return.
    code: '502',
    check: ({ tables, previous }, flag) => {
      if (previous === undefined) return;
      const last = byChild(previous.Episodes);
      for (const [child, rows] of byChild(tables.Episodes)) {
        const first = earliest(rows, 'DECOM');
        if (first === undefined) continue;
        const decom = dateOf(first[1], 'DECOM');
        const open = (last.get(child) ?? []).filter(([, row]) => blank(row, 'DEC'));
        const differs = open.find(([, row]) => {
          const started = dateOf(row, 'DECOM');
          return started !== undefined && started !== decom;
        });
        if (differs !== undefined) {
          flag(
            first[0],
            first[1],
            'DECOM',
            `open episode last year started ${differs[1].values.DECOM ?? ''}`,
          );
        }
      }
    },
  },
  carriedOver('503A', 'RNE'),
  carriedOver('503B', 'LS'),
  carriedOver('503C', 'CIN'),
  // The year a placement code was replaced, the old code carried over under
  // its successor is the same placement type (RENAMED_PLACES).
  carriedOver('503D', 'PLACE', (last, now, { ruleYear }) => {
    if (last === now) return true;
    return RENAMED_PLACES[ruleYear]?.get(last)?.has(now) ?? false;
  }),
  carriedOver('503E', 'PLACE_PROVIDER'),
  carriedOver('503F', 'URN'),
  {
    // Within a period of care (an episode ending X1 and the next starting
    // the same day), the category of need must not change: each episode
    // whose CIN differs from the episode it follows on from is flagged.
    code: '504',
    check: ({ tables }, flag) => {
      const episodes = view(tables.Episodes);
      const decoms = episodes.date('DECOM');
      const decs = episodes.date('DEC');
      const recs = episodes.code('REC');
      const needs = episodes.code('CIN');
      consecutivePositions(episodes, (previous, next) => {
        const dec = decs[previous];
        const linked =
          recs[previous] === STILL_LOOKED_AFTER && dec !== undefined && dec === decoms[next];
        if (linked && needs[previous] !== needs[next]) {
          episodes.flag(flag, next, 'CIN', `previous episode: ${needs[previous] ?? ''}`);
        }
      });
    },
  },
];
