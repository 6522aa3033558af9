/**
 * DfE 903 rules 213, 214, 222, 225 and 226: placement items that are or are
 * not required for a placement type, and reasons for placement change.
 * Each rule's text is in catalogue.ts; a comment gives the reading where the
 * text leaves a choice. DfE guidance:
 * https://www.gov.uk/guidance/children-looked-after-return
 */
import { view } from './view';
import { SHORT_BREAKS } from './helpers-1xx-care';
import type { DfeRule } from './rule';
import type { DfeRuleYear } from './years';

/** Temporary placements (T0–T4). */
const TEMPORARY: ReadonlySet<string> = new Set(['T0', 'T1', 'T2', 'T3', 'T4']);
/** Placement types added in 2025/26 (schema 2026 diff), replacing Z1 in the DfE's rules. */
const NEW_Z = ['Z11', 'Z12', 'Z13', 'Z14'] as const;

function from2025(year: DfeRuleYear): boolean {
  return year === '2025/26' || year === '2026/27';
}

/** Rule 213: placement types with no provider: T0–T4, and from 2025/26 also Z11–Z14. */
function noProvider(year: DfeRuleYear): ReadonlySet<string> {
  return from2025(year) ? new Set([...TEMPORARY, ...NEW_Z]) : TEMPORARY;
}

/**
 * Rule 222: placement types with no URN (DfE rule 222: P1, P3, R1, R2, R5,
 * T0–T4 and Z1). From 2025/26 Z1 is no longer a placement type and the new
 * Z11–Z14 take its place in the list, as in the DfE's rules 213 and 218.
 */
function noUrn(year: DfeRuleYear): ReadonlySet<string> {
  const base = ['P1', 'P3', 'R1', 'R2', 'R5', ...TEMPORARY];
  return new Set(from2025(year) ? [...base, ...NEW_Z] : [...base, 'Z1']);
}

export const RULES_2XX_B_PLACES: readonly DfeRule[] = [
  {
    code: '213',
    check: ({ tables, ruleYear }, flag) => {
      const none = noProvider(ruleYear);
      const episodes = view(tables.Episodes);
      const providers = episodes.code('PLACE_PROVIDER');
      episodes.code('PLACE').forEach((place, at) => {
        if (none.has(place) && providers[at] !== '') {
          episodes.flag(flag, at, ['PLACE_PROVIDER', 'PLACE']);
        }
      });
    },
  },
  {
    // A series of short breaks (legal status V3, V4) has no placement location.
    code: '214',
    check: ({ tables }, flag) => {
      const episodes = view(tables.Episodes);
      episodes.code('LS').forEach((status, at) => {
        if (!SHORT_BREAKS.has(status)) return;
        const filled = episodes.given(at, ['PL_POST', 'URN']);
        if (filled.length > 0) episodes.flag(flag, at, filled);
      });
    },
  },
  {
    // XXXXXXX is the DfE's placeholder for "no URN", so it may be given.
    code: '222',
    check: ({ tables, ruleYear }, flag) => {
      const none = noUrn(ruleYear);
      const episodes = view(tables.Episodes);
      const places = episodes.code('PLACE');
      episodes.code('URN').forEach((urn, at) => {
        if (none.has(places[at] ?? '') && urn !== '' && urn !== 'XXXXXXX') {
          episodes.flag(flag, at, ['URN', 'PLACE']);
        }
      });
    },
  },
  {
    // An episode that ended with a change of placement only (REC X1), not a
    // temporary one, followed (in start order) by an episode that is a
    // change of placement (RNE P, B, T or U) to a placement that is not
    // temporary, needs the reason for that change.
    code: '225',
    check: ({ tables }, flag) => {
      const episodes = view(tables.Episodes);
      const recs = episodes.code('REC');
      const reasons = episodes.code('REASON_PLACE_CHANGE');
      const places = episodes.code('PLACE');
      const starts = episodes.code('RNE');
      for (const ordered of episodes.inOrderOf('DECOM').values()) {
        ordered.forEach((at, nth) => {
          const next = ordered[nth + 1];
          if (next === undefined || recs[at] !== 'X1') return;
          if (reasons[at] !== '' || TEMPORARY.has(places[at] ?? '')) return;
          if (!['P', 'B', 'T', 'U'].includes(starts[next] ?? '')) return;
          if (!TEMPORARY.has(places[next] ?? '')) episodes.flag(flag, at, 'REASON_PLACE_CHANGE');
        });
      }
    },
  },
  {
    // A temporary placement (T0–T4) has no reason for placement change, nor
    // does the episode before it (the move into a temporary placement is not
    // a placement change either). The temporary episode is flagged.
    code: '226',
    check: ({ tables }, flag) => {
      const episodes = view(tables.Episodes);
      const reasons = episodes.code('REASON_PLACE_CHANGE');
      const places = episodes.code('PLACE');
      for (const ordered of episodes.inOrderOf('DECOM').values()) {
        ordered.forEach((at, nth) => {
          if (!TEMPORARY.has(places[at] ?? '')) return;
          const before = ordered[nth - 1];
          const reasoned = reasons[at] !== '' || (before !== undefined && reasons[before] !== '');
          if (reasoned) episodes.flag(flag, at, ['REASON_PLACE_CHANGE', 'PLACE']);
        });
      }
    },
  },
];
