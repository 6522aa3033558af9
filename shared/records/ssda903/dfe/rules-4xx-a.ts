/**
 * DfE 903 rules 407–437: how one episode follows another — the reason a
 * new episode began (RNE) against what changed, and the reason the last
 * one ended (REC). Each rule's text is in catalogue.ts; a comment gives the
 * reading where the text leaves a choice. Codes are the DfE SSDA903
 * guidance's (https://www.gov.uk/guidance/children-looked-after-return):
 * RNE L legal status changed only; P placement changed only (T the same,
 * keeping the carer); U and B both changed; S started to be looked after.
 */
import type { Ssda903Row } from '../types';
import type { DfeFlag, DfeInput, DfeRule } from './rule';
import { byChild, code, dateOf, rowsOf } from './helpers';
import { ageAtEnd, dfeDay, episodesInOrder, type SourcedRow } from './helpers-3xx';

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
 * is called for every episode that has a previous one.
 */
function withPrevious(
  { tables }: DfeInput,
  check: (episode: SourcedRow, previous: Ssda903Row) => void,
): void {
  for (const episodes of episodesInOrder(tables.Episodes).values()) {
    episodes.forEach((episode, at) => {
      const previous = episodes[at - 1];
      if (previous !== undefined) check(episode, previous[1]);
    });
  }
}

/** The placement fields that differ between two episodes. */
function placementChanges(row: Ssda903Row, previous: Ssda903Row): string[] {
  return PLACEMENT.filter((column) => code(row, column) !== code(previous, column));
}

/**
 * Episodes starting for reason `rnes` must show what that reason says:
 * the legal status changed (`legal`) or not, and the placement changed
 * (`placement`) or not. An episode that does not is flagged on RNE and
 * the fields that contradict it.
 */
function reasonMatches(rnes: readonly string[], legal: boolean, placement: boolean) {
  return (input: DfeInput, flag: DfeFlag): void => {
    withPrevious(input, ([source, row], previous) => {
      if (!rnes.includes(code(row, 'RNE'))) return;
      const legalChanged = code(row, 'LS') !== code(previous, 'LS');
      const moved = placementChanges(row, previous);
      const wrong = [
        ...(legalChanged === legal ? [] : ['LS']),
        ...(placement && moved.length === 0 ? PLACEMENT : []),
        ...(!placement ? moved : []),
      ];
      if (wrong.length > 0) flag(source, row, ['RNE', ...wrong]);
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
      for (const [source, row] of rowsOf(tables.Episodes)) {
        const place = code(row, 'PLACE');
        if ((place === 'A5' || place === 'A6') && code(row, 'LS') !== 'E1')
          flag(source, row, ['LS', 'PLACE']);
      }
    },
  },
  {
    // A child with both V3 and V4 episodes in the return: each is flagged.
    code: '426',
    check: ({ tables }, flag) => {
      for (const rows of byChild(tables.Episodes).values()) {
        const respite = rows.filter(([, row]) => ['V3', 'V4'].includes(code(row, 'LS')));
        const statuses = new Set(respite.map(([, row]) => code(row, 'LS')));
        if (statuses.size < 2) continue;
        for (const [source, row] of respite) flag(source, row, 'LS', 'V3 and V4 in the same year');
      }
    },
  },
  {
    // A new period of care (RNE S) must start after the previous episode
    // ended: starting the day it ended (the text's case), or before, is
    // a continuation, not a new start.
    code: '431',
    check: (input, flag) => {
      withPrevious(input, ([source, row], previous) => {
        const decom = dateOf(row, 'DECOM');
        const ended = dateOf(previous, 'DEC');
        if (code(row, 'RNE') !== 'S' || decom === undefined || ended === undefined) return;
        if (decom <= ended)
          flag(source, row, ['RNE', 'DECOM'], `previous episode ended ${dfeDay(ended)}`);
      });
    },
  },
  {
    // The previous episode ended the period of care (any REC but X1): the
    // next must start one (RNE S).
    code: '432',
    check: (input, flag) => {
      withPrevious(input, ([source, row], previous) => {
        const rec = code(previous, 'REC');
        if (CEASED.has(rec) && code(row, 'RNE') !== 'S')
          flag(source, row, 'RNE', `previous episode ended ${rec}`);
      });
    },
  },
  {
    // A continuation (RNE P, L, T, U, B) must start on the day the
    // previous episode ended; a missing date on either side is flagged too.
    code: '433',
    check: (input, flag) => {
      withPrevious(input, ([source, row], previous) => {
        if (!['P', 'L', 'T', 'U', 'B'].includes(code(row, 'RNE'))) return;
        const decom = dateOf(row, 'DECOM');
        const ended = dateOf(previous, 'DEC');
        if (decom === undefined || ended === undefined || decom !== ended) {
          flag(
            source,
            row,
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
    check: (input, flag) => {
      for (const episodes of episodesInOrder(input.tables.Episodes).values()) {
        episodes.forEach(([source, row], at) => {
          const rec = code(row, 'REC');
          const later = episodes[at + 1];
          if (
            (rec === 'E2' || rec === 'E15') &&
            later !== undefined &&
            dateOf(row, 'DECOM') !== undefined
          ) {
            flag(source, row, 'REC', `a later episode starts ${later[1].values.DECOM ?? ''}`);
          }
        });
      }
    },
  },
];
