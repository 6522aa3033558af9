import type { AreaId } from './areas';
import { frameworkById } from './frameworks';
import { countedEvidenceIds } from './model/evidence';
import type { Finding } from './model/report';
import type { Workbook } from './model/workbook';
import { gradeInHeading } from './scale';

/** A numbered paragraph of the report body. */
export type ReportParagraph = {
  readonly number: number;
  readonly findingId: string;
  readonly text: string;
  readonly actionTaken: string | null;
  readonly evidenceIds: readonly string[];
};

/** One narrative section of the report. */
export type ReportSection = {
  readonly area: AreaId;
  /** e.g. "The experiences and progress of children in care: good" (no grade when ungraded). */
  readonly heading: string;
  readonly paragraphs: readonly ReportParagraph[];
};

/**
 * The report's narrative sections in the framework's order, each finding a
 * numbered paragraph. Numbering runs on across all sections, and each heading
 * is the judgement label followed by the grade in lower case (test/fixtures/docs/ilacs.md §1.1b,
 * report skeleton). Within a section findings follow `order`, then id.
 */
export function reportSections(workbook: Workbook): ReportSection[] {
  const framework = frameworkById(workbook.inspection.framework);
  let number = 0;
  return framework.reportOrder.map((area) => {
    const label = framework.areas.find((entry) => entry.id === area)?.label ?? area;
    const grade = workbook.judgements.find((judgement) => judgement.area === area)?.grade;
    const findings = workbook.findings.filter((finding) => finding.area === area).sort(byOrder);
    return {
      area,
      heading: grade === undefined ? label : `${label}: ${gradeInHeading(grade)}`,
      paragraphs: findings.map((finding) => {
        number += 1;
        return {
          number,
          findingId: finding.id,
          text: finding.text,
          actionTaken: finding.actionTaken ?? null,
          evidenceIds: countedEvidenceIds(workbook.evidence, finding.evidenceIds),
        };
      }),
    };
  });
}

function byOrder(a: Finding, b: Finding): number {
  return a.order - b.order || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}
