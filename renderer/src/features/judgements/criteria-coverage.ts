import {
  countedEvidence,
  type ChecklistGroup,
  type ChecklistItem,
  type Evidence,
} from '../../../../shared/domain';

/** One evaluation criterion with the linked evidence items that cover it. */
export type CriterionCoverage = {
  readonly item: ChecklistItem;
  /** Ids of linked evidence whose `checklistItems` name this criterion. */
  readonly coveredBy: readonly string[];
};

/** The checklist groups that hold criteria: `note` items are guidance, not criteria. */
export type CriteriaGroup = Exclude<ChecklistGroup, 'note'>;

/** Criteria of one checklist group, in checklist order. */
export type CoverageGroup = {
  readonly group: CriteriaGroup;
  readonly criteria: readonly CriterionCoverage[];
};

/**
 * The order groups are shown in: what good looks like first, as the ILACS
 * framework sets it out
 * (https://www.gov.uk/government/publications/inspecting-local-authority-childrens-services-from-2018/inspecting-local-authority-childrens-services).
 */
const groupOrder: readonly CriteriaGroup[] = [
  'good',
  'published-criteria',
  'outstanding',
  'inadequate',
];

/**
 * Which of an area's evaluation criteria the linked evidence covers. An
 * evidence item covers a criterion when it is linked to the judgement and
 * tagged with the criterion's id; evidence not linked does not count, since
 * the rationale rests on the linked evidence only. Guidance notes (the `note`
 * group: about the judgement, or about this app, rather than something to
 * evidence) and empty groups are left out.
 */
export function criteriaCoverage(
  checklist: readonly ChecklistItem[],
  evidence: readonly Evidence[],
  linkedIds: readonly string[],
): CoverageGroup[] {
  const linked = new Set(linkedIds);
  const byCriterion = new Map<string, string[]>();
  for (const item of countedEvidence(evidence)) {
    if (!linked.has(item.id)) continue;
    for (const criterion of item.checklistItems) {
      const list = byCriterion.get(criterion) ?? [];
      list.push(item.id);
      byCriterion.set(criterion, list);
    }
  }
  return groupOrder
    .map((group) => ({
      group,
      criteria: checklist
        .filter((item) => item.group === group)
        .map((item) => ({ item, coveredBy: byCriterion.get(item.id) ?? [] })),
    }))
    .filter((entry) => entry.criteria.length > 0);
}

/** How many criteria are covered, of how many. */
export function coverageCount(groups: readonly CoverageGroup[]): {
  readonly covered: number;
  readonly total: number;
} {
  const criteria = groups.flatMap((g) => g.criteria);
  return {
    covered: criteria.filter((c) => c.coveredBy.length > 0).length,
    total: criteria.length,
  };
}
