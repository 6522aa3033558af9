import {
  frameworkById,
  inspectionKind,
  judge,
  type AreaId,
  type GapReason,
  type Workbook,
} from '../domain';
import { areaName } from './moderation';

/** Where a missing part of the report is put right. */
export type ReportCheckTarget =
  | { readonly page: 'summary' }
  | { readonly page: 'improvements' }
  | { readonly page: 'priorities' }
  | { readonly page: 'area'; readonly area: AreaId }
  /** The limiting-rule warnings, on the judgements overview. */
  | { readonly page: 'warnings' };

/** Something the report still lacks before it can be signed. */
export type ReportCheckItem = {
  /** Stable key, e.g. `no-findings:leaders`. */
  readonly key: string;
  /** One sentence saying what is missing, naming the area by its label. */
  readonly text: string;
  readonly target: ReportCheckTarget;
};

const gapText: Readonly<Record<GapReason, string>> = {
  'no-grade': 'has no grade',
  'no-rationale': 'has a grade without a rationale',
  'no-evidence': 'has no evidence recorded',
};

/**
 * What is missing before the report can be signed, in the order the report
 * reads: the headline summary; per judgement area the gaps `judge()` finds
 * (grade, rationale, evidence) and a section with no findings; "What needs to
 * improve?" where the template prints it; areas for priority action on a
 * monitoring visit (its letter always has that section; a focused visit's
 * only where set); and limiting-rule warnings not yet accepted. The structure
 * follows Ofsted's published ILACS reports and visit letters
 * (Ofsted reports, https://reports.ofsted.gov.uk/; test/fixtures/docs/ilacs.md §1.1b).
 * An empty list means nothing is missing.
 */
export function reportCheck(workbook: Workbook): ReportCheckItem[] {
  const { inspection } = workbook;
  const kind = inspectionKind(inspection.kind);
  const framework = frameworkById(inspection.framework);
  const result = judge(workbook);
  const missing: ReportCheckItem[] = [];
  if (workbook.summary.trim() === '') {
    missing.push({
      key: 'no-summary',
      text: 'The headline summary is not written.',
      target: { page: 'summary' },
    });
  }
  const graded = kind.gradedBy !== null;
  const areas = graded
    ? [...new Set([...result.judgements.map((j) => j.area), ...framework.reportOrder])]
    : [];
  for (const area of areas) {
    const name = areaName(inspection, area);
    for (const gap of result.gaps.filter((entry) => entry.area === area)) {
      missing.push({
        key: `${gap.reason}:${area}`,
        text: `${name} ${gapText[gap.reason]}.`,
        target: { page: 'area', area },
      });
    }
    if (framework.reportOrder.includes(area) && !workbook.findings.some((f) => f.area === area)) {
      missing.push({
        key: `no-findings:${area}`,
        text: `${name} has no findings.`,
        target: { page: 'area', area },
      });
    }
  }
  if (!graded && workbook.findings.length === 0) {
    missing.push({
      key: 'no-findings',
      text: 'The letter has no findings.',
      target: { page: 'area', area: framework.reportOrder[0] ?? 'leaders' },
    });
  }
  if (inspection.kind !== 'monitoring-visit' && workbook.improvements.length === 0) {
    missing.push({
      key: 'no-improvements',
      text: 'No “What needs to improve?” items are written.',
      target: { page: 'improvements' },
    });
  }
  if (inspection.kind === 'monitoring-visit' && workbook.priorityActions.length === 0) {
    missing.push({
      key: 'no-priority-actions',
      text: 'No areas for priority action are written.',
      target: { page: 'priorities' },
    });
  }
  for (const warning of result.warnings.filter((entry) => entry.accepted === null)) {
    missing.push({
      key: `warning:${warning.rule}`,
      text: `Limiting-rule warning not accepted: ${warning.message}`,
      target: { page: 'warnings' },
    });
  }
  return missing;
}
