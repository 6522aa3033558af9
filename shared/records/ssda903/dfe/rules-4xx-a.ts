/**
 * DfE 903 rules 407–437: how one episode follows another — the reason a
 * new episode began (RNE) against what changed, and the reason the last
 * one ended (REC). Each rule's text is in catalogue.ts; a comment gives the
 * reading where the text leaves a choice. Codes are the DfE SSDA903
 * guidance's (https://www.gov.uk/guidance/children-looked-after-return):
 * RNE L legal status changed only; P placement changed only (T the same,
 * keeping the carer); U and B both changed; S started to be looked after.
 */
import type { DfeFlag, DfeInput, DfeRule } from './rule';
import { ageAtEnd, dfeDay } from './helpers-3xx';
import { view, type TableView } from './view';

/** Every REC code but X1 (a new episode begins): the child ceased to be looked after. */
const CEASED = new Set([
  'E2',
  'E3',
  'E4A',
  'E4B',
  'E5',
  'E6',
  'E7',
  'E8',
  'E9',
  'E11',
  'E12',
  'E13',
  'E14',
  'E15',
  'E16',
  'E17',
  'E41',
  'E45',
  'E46',
  'E47',
  'E48',
]);

/** The fields that say where the child is placed: a change of placement changes one of them. */
const PLACEMENT = ['PLACE', 'PL_POST', 'URN', 'PLACE_PROVIDER'] as const;

/**
 * Each episode of each child with the one before it (by DECOM): `check`
 * is called with the positions of every episode that has a previous one.
 */
function withPrevious(episodes: TableView, check: (at: number, previous: number) => void): void {
  for (const positions of episodes.inOrderOf('DECOM').values()) {
    positions.forEach((at, nth) => {
      const previous = positions[nth - 1];
      if (previous !== undefined) check(at, previous);
    });
  }
}

/**
 * Episodes starting for reason `rnes` must show what that reason says:
 * the legal status changed (`legal`) or not, and the placement changed
 * (`placement`) or not. An episode that does not is flagged on RNE and
 * the fields that contradict it.
 */
function reasonMatches(rnes: readonly string[], legal: boolean, placement: boolean) {
  return ({ tables }: DfeInput, flag: DfeFlag): void => {
    const episodes = view(tables.Episodes);
    const reasons = episodes.code('RNE');
    const statuses = episodes.code('LS');
    const fields = PLACEMENT.map((column) => [column, episodes.code(column)] as const);
    withPrevious(episodes, (at, previous) => {
      if (!rnes.includes(reasons[at] ?? '')) return;
      const legalChanged = statuses[at] !== statuses[previous];
      // The placement fields that differ between the two episodes.
      const moved = fields
        .filter(([, codes]) => codes[at] !== codes[previous])
        .map(([column]) => column);
      const wrong = [
        ...(legalChanged === legal ? [] : ['LS']),
        ...(placement && moved.length === 0 ? PLACEMENT : []),
        ...(!placement ? moved : []),
      ];
      if (wrong.length > 0) episodes.flag(flag, at, ['RNE', ...wrong]);
    });
  };
}

export const RULES_4XX_A: readonly DfeRule[] = [
  // A special guardianship order (E45–E48) on or after the 18th birthday: the child had reached 18.
  { code: '407', check: ageAtEnd(['E45', 'E46', 'E47', 'E48'], 18, false) },
  {
    // Placed for adoption under a placement order (A5, A6) needs the placement order legal status (E1).
    code: '408',
    check: ({ tables }, flag) => {
      const episodes = view(tables.Episodes);
      const statuses = episodes.code('LS');
      episodes.code('PLACE').forEach((place, at) => {
        if ((place === 'A5' || place === 'A6') && statuses[at] !== 'E1')
          episodes.flag(flag, at, ['LS', 'PLACE']);
      });
    },
  },
  {
    // A child with both V3 and V4 episodes in the return: each is flagged.
    code: '426',
    check: ({ tables }, flag) => {
      const episodes = view(tables.Episodes);
      const legal = episodes.code('LS');
      for (const positions of episodes.byChild().values()) {
        const respite = positions.filter((at) => ['V3', 'V4'].includes(legal[at] ?? ''));
        const statuses = new Set(respite.map((at) => legal[at]));
        if (statuses.size < 2) continue;
        for (const at of respite) episodes.flag(flag, at, 'LS', 'V3 and V4 in the same year');
      }
    },
  },
  {
    // A new period of care (RNE S) must start after the previous episode
    // ended: starting the day it ended (the text's case), or before, is
    // a continuation, not a new start.
    code: '431',
    check: ({ tables }, flag) => {
      const episodes = view(tables.Episodes);
      const decoms = episodes.date('DECOM');
      const decs = episodes.date('DEC');
      const reasons = episodes.code('RNE');
      withPrevious(episodes, (at, previous) => {
        const decom = decoms[at];
        const ended = decs[previous];
        if (reasons[at] !== 'S' || decom === undefined || ended === undefined) return;
        if (decom <= ended)
          episodes.flag(flag, at, ['RNE', 'DECOM'], `previous episode ended ${dfeDay(ended)}`);
      });
    },
  },
  {
    // The previous episode ended the period of care (any REC but X1): the
    // next must start one (RNE S).
    code: '432',
    check: ({ tables }, flag) => {
      const episodes = view(tables.Episodes);
      const reasons = episodes.code('RNE');
      const recs = episodes.code('REC');
      withPrevious(episodes, (at, previous) => {
        const rec = recs[previous] ?? '';
        if (CEASED.has(rec) && reasons[at] !== 'S')
          episodes.flag(flag, at, 'RNE', `previous episode ended ${rec}`);
      });
    },
  },
  {
    // A continuation (RNE P, L, T, U, B) must start on the day the
    // previous episode ended; a missing date on either side is flagged too.
    code: '433',
    check: ({ tables }, flag) => {
      const episodes = view(tables.Episodes);
      const decoms = episodes.date('DECOM');
      const decs = episodes.date('DEC');
      const reasons = episodes.code('RNE');
      withPrevious(episodes, (at, previous) => {
        if (!['P', 'L', 'T', 'U', 'B'].includes(reasons[at] ?? '')) return;
        const decom = decoms[at];
        const ended = decs[previous];
        if (decom === undefined || ended === undefined || decom !== ended) {
          episodes.flag(
            flag,
            at,
            ['RNE', 'DECOM'],
            ended === undefined
              ? 'previous episode has no end'
              : `previous episode ended ${dfeDay(ended)}`,
          );
        }
      });
    },
  },
  // RNE L: the legal status changed, the placement did not.
  { code: '434', check: reasonMatches(['L'], true, false) },
  // RNE P or T: the placement changed, the legal status did not.
  { code: '435', check: reasonMatches(['P', 'T'], false, true) },
  // RNE U or B: both changed.
  { code: '436', check: reasonMatches(['U', 'B'], true, true) },
  {
    // Died (E2) or found by age assessment to be 18 or over (E15), and a later episode follows.
    code: '437',
    check: ({ tables }, flag) => {
      const episodes = view(tables.Episodes);
      const decoms = episodes.date('DECOM');
      const recs = episodes.code('REC');
      for (const positions of episodes.inOrderOf('DECOM').values()) {
        positions.forEach((at, nth) => {
          const rec = recs[at];
          const later = positions[nth + 1];
          if ((rec === 'E2' || rec === 'E15') && later !== undefined && decoms[at] !== undefined) {
            episodes.flag(
              flag,
              at,
              'REC',
              `a later episode starts ${episodes.rows[later]?.values.DECOM ?? ''}`,
            );
          }
        });
      }
    },
  },
];
