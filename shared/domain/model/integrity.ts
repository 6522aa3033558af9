import type { AreaId } from '../areas';
import { frameworkById } from '../frameworks';
import { inspectionKind } from '../kinds';
import { validateGrade } from '../rules/grading';
import { duplicates } from './common';
import type { Workbook } from './workbook';

/** One problem with how a workbook's parts refer to each other. */
export type IntegrityIssue = {
  /** Where the problem is, as a path into the workbook. */
  readonly path: readonly (string | number)[];
  readonly message: string;
};

function duplicateIds(
  workbook: Workbook,
  part: 'providers' | 'evidence' | 'findings' | 'improvements' | 'priorityActions',
): IntegrityIssue[] {
  const ids = workbook[part].map((entry) => entry.id);
  return duplicates(ids).map((id) => ({
    path: [part],
    message: `the id "${id}" is used more than once in ${part}`,
  }));
}

/**
 * Checks the cross-references of a workbook: unique ids; evidence attributed
 * to the council or a listed provider; evidence areas and checklist items
 * that the framework has; judgements only where the framework and the kind of
 * inspection allow a grade (one per area); findings and judgements linking
 * evidence that exists; priority actions only in visits that set them.
 * Returns every problem found, or an empty list.
 */
export function checkIntegrity(workbook: Workbook): IntegrityIssue[] {
  const { inspection } = workbook;
  const framework = frameworkById(inspection.framework);
  const issues: IntegrityIssue[] = [];
  for (const part of [
    'providers',
    'evidence',
    'findings',
    'improvements',
    'priorityActions',
  ] as const) {
    issues.push(...duplicateIds(workbook, part));
  }
  const frameworkAreas = [...framework.areas, ...framework.selfAssessmentOnly];
  const knownAreas = new Set<AreaId>(frameworkAreas.map((area) => area.id));
  const checklistOf = (area: AreaId): readonly { readonly id: string }[] =>
    frameworkAreas.find((entry) => entry.id === area)?.checklist ?? [];
  const providerIds = new Set(workbook.providers.map((provider) => provider.id));
  const evidenceIds = new Set(workbook.evidence.map((item) => item.id));

  workbook.evidence.forEach((item, index) => {
    if (item.source !== 'council' && !providerIds.has(item.source)) {
      issues.push({
        path: ['evidence', index, 'source'],
        message: `the source "${item.source}" is neither "council" nor a listed provider`,
      });
    }
    for (const area of item.areas) {
      if (!knownAreas.has(area)) {
        issues.push({
          path: ['evidence', index, 'areas'],
          message: `${framework.id} has no ${area} judgement`,
        });
      }
    }
    for (const id of item.checklistItems) {
      if (!item.areas.some((area) => checklistOf(area).some((entry) => entry.id === id))) {
        issues.push({
          path: ['evidence', index, 'checklistItems'],
          message: `"${id}" is not a checklist item of this evidence's areas`,
        });
      }
    }
  });

  const gradedAreas = workbook.judgements.map((judgement) => judgement.area);
  for (const area of duplicates(gradedAreas)) {
    issues.push({ path: ['judgements'], message: `${area} is graded more than once` });
  }
  workbook.judgements.forEach((judgement, index) => {
    const checked = validateGrade(framework, inspection.kind, judgement.area, judgement.grade);
    if (!checked.ok) issues.push({ path: ['judgements', index], message: checked.error.message });
    for (const id of judgement.evidenceIds) {
      if (!evidenceIds.has(id)) {
        issues.push({
          path: ['judgements', index, 'evidenceIds'],
          message: `no evidence has the id "${id}"`,
        });
      }
    }
  });

  workbook.findings.forEach((finding, index) => {
    // The headline summary stands in for an overall section (test/fixtures/docs/ilacs.md §1.1a).
    if (finding.area === 'overall' || !knownAreas.has(finding.area)) {
      issues.push({
        path: ['findings', index, 'area'],
        message: `findings belong to a narrative section; ${framework.id} has none for ${finding.area}`,
      });
    }
    for (const id of finding.evidenceIds) {
      if (!evidenceIds.has(id)) {
        issues.push({
          path: ['findings', index, 'evidenceIds'],
          message: `no evidence has the id "${id}"`,
        });
      }
    }
  });

  const kind = inspectionKind(inspection.kind);
  if (!kind.hasPriorityActions && workbook.priorityActions.length > 0) {
    issues.push({
      path: ['priorityActions'],
      message: `a ${kind.label.toLowerCase()} does not set areas for priority action`,
    });
  }
  return issues;
}
