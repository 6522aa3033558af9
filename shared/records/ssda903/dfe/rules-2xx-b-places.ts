/**
 * DfE 903 rules 213, 214, 222, 225 and 226: placement items that are or are
 * not required for a placement type, and reasons for placement change.
 * Each rule's text is in catalogue.ts; a comment gives the reading where the
 * text leaves a choice. DfE guidance:
 * https://www.gov.uk/guidance/children-looked-after-return
 */
import { blank, byChild, code, dateOf, rowsOf, type SourcedRow } from './helpers';
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

/** A child's episodes in start order (episodes without a valid start last, in file order). */
function inStartOrder(rows: readonly SourcedRow[]): SourcedRow[] {
  return [...rows].sort(
    (a, b) =>
      (dateOf(a[1], 'DECOM') ?? Number.MAX_SAFE_INTEGER) -
      (dateOf(b[1], 'DECOM') ?? Number.MAX_SAFE_INTEGER),
  );
}

export const RULES_2XX_B_PLACES: readonly DfeRule[] = [
  {
    code: '213',
    check: ({ tables, ruleYear }, flag) => {
      const none = noProvider(ruleYear);
      for (const [source, row] of rowsOf(tables.Episodes)) {
        if (none.has(code(row, 'PLACE')) && !blank(row, 'PLACE_PROVIDER')) {
          flag(source, row, ['PLACE_PROVIDER', 'PLACE']);
        }
      }
    },
  },
  {
    // A series of short breaks (legal status V3, V4) has no placement location.
    code: '214',
    check: ({ tables }, flag) => {
      for (const [source, row] of rowsOf(tables.Episodes)) {
        if (!SHORT_BREAKS.has(code(row, 'LS'))) continue;
        const filled = ['PL_POST', 'URN'].filter((column) => !blank(row, column));
        if (filled.length > 0) flag(source, row, filled);
      }
    },
  },
  {
    // XXXXXXX is the DfE's placeholder for "no URN", so it may be given.
    code: '222',
    check: ({ tables, ruleYear }, flag) => {
      const none = noUrn(ruleYear);
      for (const [source, row] of rowsOf(tables.Episodes)) {
        const urn = code(row, 'URN');
        if (none.has(code(row, 'PLACE')) && urn !== '' && urn !== 'XXXXXXX') {
          flag(source, row, ['URN', 'PLACE']);
        }
      }
    },
  },
  {
    // An episode that ended with a change of placement only (REC X1), not a
    // temporary one, followed (in start order) by an episode that is a
    // change of placement (RNE P, B, T or U) to a placement that is not
    // temporary, needs the reason for that change.
    code: '225',
    check: ({ tables }, flag) => {
      for (const rows of byChild(tables.Episodes).values()) {
        const ordered = inStartOrder(rows);
        ordered.forEach(([source, row], at) => {
          const next = ordered[at + 1]?.[1];
          if (next === undefined || code(row, 'REC') !== 'X1') return;
          if (!blank(row, 'REASON_PLACE_CHANGE') || TEMPORARY.has(code(row, 'PLACE'))) return;
          if (!['P', 'B', 'T', 'U'].includes(code(next, 'RNE'))) return;
          if (!TEMPORARY.has(code(next, 'PLACE'))) flag(source, row, 'REASON_PLACE_CHANGE');
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
      for (const rows of byChild(tables.Episodes).values()) {
        const ordered = inStartOrder(rows);
        ordered.forEach(([source, row], at) => {
          if (!TEMPORARY.has(code(row, 'PLACE'))) return;
          const before = ordered[at - 1]?.[1];
          const reasoned =
            !blank(row, 'REASON_PLACE_CHANGE') ||
            (before !== undefined && !blank(before, 'REASON_PLACE_CHANGE'));
          if (reasoned) flag(source, row, ['REASON_PLACE_CHANGE', 'PLACE']);
        });
      }
    },
  },
];
