/**
 * DfE 903 rules 551–558: the decision that a child should be placed for
 * adoption (PlacedAdoption) against the episodes — placements for adoption
 * (PLACE A3–A6), placement orders (LS E1) and adoptions (REC E11/E12). Each
 * rule's text is in catalogue.ts; a comment gives the reading where the text
 * leaves a choice. Codes: DfE SSDA903 guidance,
 * https://www.gov.uk/guidance/children-looked-after-return .
 */
import type { DfeRule } from './rule';
import type { DfeRuleYear } from './years';
import { blank, byChild, dateOf } from './helpers';
import { view } from './view';
import {
  ADOPTED,
  ADOPTION_PLACES,
  STILL_LOOKED_AFTER,
  currentDecision,
  earliestAt,
  latest,
} from './helpers-5xx';

/** LS E1: a placement order has been granted. */
const PLACEMENT_ORDER = 'E1';

/**
 * The legal statuses that mean the child is to be adopted, for 557: up to
 * 2023/24 also D1 (freeing order granted); the DfE's 2024/25 redefinition of
 * 557 keeps only E1.
 */
function adoptionOrders(year: DfeRuleYear): ReadonlySet<string> {
  return year === '2022/23' || year === '2023/24'
    ? new Set(['D1', PLACEMENT_ORDER])
    : new Set([PLACEMENT_ORDER]);
}

export const RULES_5XX_D: readonly DfeRule[] = [
  {
    // Each episode placed for adoption (A3–A6) of a child none of whose
    // PlacedAdoption rows has a DATE_PLACED is flagged.
    code: '551',
    check: ({ tables }, flag) => {
      const decisions = byChild(tables.PlacedAdoption);
      const episodes = view(tables.Episodes);
      const places = episodes.code('PLACE');
      for (const [child, positions] of episodes.byChild()) {
        const decided = (decisions.get(child) ?? []).some(([, row]) => !blank(row, 'DATE_PLACED'));
        if (decided) continue;
        for (const at of positions) {
          if (ADOPTION_PLACES.has(places[at] ?? '')) episodes.flag(flag, at, 'PLACE');
        }
      }
    },
  },
  {
    // The child's latest decision (latest DATE_PLACED) must be on or before
    // the first day they were placed for adoption (earliest DECOM of an
    // A3–A6 episode); both rows are flagged.
    code: '552',
    check: ({ tables }, flag) => {
      const decisions = byChild(tables.PlacedAdoption);
      const episodes = view(tables.Episodes);
      const places = episodes.code('PLACE');
      const decoms = episodes.date('DECOM');
      for (const [child, positions] of episodes.byChild()) {
        const rows = decisions.get(child);
        if (rows === undefined) continue;
        const placed = earliestAt(
          positions.filter((at) => ADOPTION_PLACES.has(places[at] ?? '')),
          decoms,
        );
        const decision = latest(rows, 'DATE_PLACED');
        if (placed === undefined || decision === undefined) continue;
        const decom = decoms[placed] ?? 0;
        if (decom < (dateOf(decision[1], 'DATE_PLACED') ?? 0)) {
          flag(
            decision[0],
            decision[1],
            'DATE_PLACED',
            `placed for adoption ${episodes.rows[placed]?.values.DECOM ?? ''}`,
          );
          episodes.flag(flag, placed, 'DECOM', `decision ${decision[1].values.DATE_PLACED ?? ''}`);
        }
      }
    },
  },
  {
    // Each placement-order episode (LS E1) of a child with no DATE_PLACED
    // in PlacedAdoption is flagged. And while a placement order is still in
    // force (an open E1 episode), the child's current decision
    // (currentDecision) cannot have ceased: that decision row is flagged.
    code: '553',
    check: ({ tables }, flag) => {
      const decisions = byChild(tables.PlacedAdoption);
      const episodes = view(tables.Episodes);
      const statuses = episodes.code('LS');
      const decs = episodes.code('DEC');
      for (const [child, positions] of episodes.byChild()) {
        const orders = positions.filter((at) => statuses[at] === PLACEMENT_ORDER);
        if (orders.length === 0) continue;
        const own = decisions.get(child) ?? [];
        if (!own.some(([, row]) => !blank(row, 'DATE_PLACED'))) {
          for (const at of orders) episodes.flag(flag, at, 'LS', 'no date of decision to place');
          continue;
        }
        const current = currentDecision(own);
        const inForce = orders.some((at) => decs[at] === '');
        if (current === undefined || !inForce) continue;
        const ceased = ['DATE_PLACED_CEASED', 'REASON_PLACED_CEASED'].filter(
          (field) => !blank(current[1], field),
        );
        if (ceased.length > 0)
          flag(current[0], current[1], ceased, 'placement order still in force');
      }
    },
  },
  {
    // Every decision of the child (DATE_PLACED) must be on or before the
    // start of their first placement-order episode (earliest E1 DECOM);
    // both rows are flagged. Only this year's episodes are seen, so an
    // order granted in an earlier year can give a false finding.
    code: '554',
    check: ({ tables }, flag) => {
      const decisions = byChild(tables.PlacedAdoption);
      const episodes = view(tables.Episodes);
      const statuses = episodes.code('LS');
      const decoms = episodes.date('DECOM');
      for (const [child, positions] of episodes.byChild()) {
        const order = earliestAt(
          positions.filter((at) => statuses[at] === PLACEMENT_ORDER),
          decoms,
        );
        if (order === undefined) continue;
        const granted = decoms[order] ?? 0;
        for (const [source, row] of decisions.get(child) ?? []) {
          const decided = dateOf(row, 'DATE_PLACED');
          if (decided === undefined || decided <= granted) continue;
          flag(
            source,
            row,
            'DATE_PLACED',
            `placement order ${episodes.rows[order]?.values.DECOM ?? ''}`,
          );
          episodes.flag(flag, order, ['DECOM', 'LS'], `decision ${row.values.DATE_PLACED ?? ''}`);
        }
      }
    },
  },
  {
    // An episode placed for adoption (A3–A6) or under an adoption order
    // (adoptionOrders) that ended with the child leaving care other than by
    // adoption (REC given, not X1, E11 or E12) needs the decision's
    // DATE_PLACED_CEASED and REASON_PLACED_CEASED. The episode is flagged,
    // with each PlacedAdoption row of the child missing either.
    code: '557',
    check: ({ tables, ruleYear }, flag) => {
      const orders = adoptionOrders(ruleYear);
      const decisions = byChild(tables.PlacedAdoption);
      const episodes = view(tables.Episodes);
      const recs = episodes.code('REC');
      const places = episodes.code('PLACE');
      const statuses = episodes.code('LS');
      for (const [child, positions] of episodes.byChild()) {
        const own = decisions.get(child) ?? [];
        const incomplete = own.filter(
          ([, row]) => blank(row, 'DATE_PLACED_CEASED') || blank(row, 'REASON_PLACED_CEASED'),
        );
        if (own.length > 0 && incomplete.length === 0) continue;
        let found = false;
        for (const at of positions) {
          const rec = recs[at] ?? '';
          const adoptive = ADOPTION_PLACES.has(places[at] ?? '') || orders.has(statuses[at] ?? '');
          if (!adoptive || rec === '' || rec === STILL_LOOKED_AFTER || ADOPTED.has(rec)) continue;
          episodes.flag(flag, at, ['REC', 'PLACE', 'LS'], 'the decision to place has not ceased');
          found = true;
        }
        if (!found) continue;
        for (const [source, row] of incomplete) {
          flag(source, row, ['DATE_PLACED_CEASED', 'REASON_PLACED_CEASED']);
        }
      }
    },
  },
  {
    // A child adopted this year (an episode ending E11/E12) was adopted
    // under their current decision (currentDecision), so that decision
    // cannot have a DATE_PLACED_CEASED: the decision row is flagged. An
    // earlier decision that was revoked keeps its date.
    code: '558',
    check: ({ tables }, flag) => {
      const decisions = byChild(tables.PlacedAdoption);
      const episodes = view(tables.Episodes);
      const recs = episodes.code('REC');
      for (const [child, positions] of episodes.byChild()) {
        if (!positions.some((at) => ADOPTED.has(recs[at] ?? ''))) continue;
        const current = currentDecision(decisions.get(child) ?? []);
        if (current !== undefined && !blank(current[1], 'DATE_PLACED_CEASED')) {
          flag(current[0], current[1], 'DATE_PLACED_CEASED', 'the child was adopted');
        }
      }
    },
  },
];
