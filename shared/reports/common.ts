import {
  countedEvidenceIds,
  formatImprovementTag,
  frameworkById,
  gradeLabel,
  reportSections,
  type ReportSection,
  type Workbook,
} from '../domain';
import type { PlacedParagraph } from './providers';
import { paragraphs } from './text';
import type { ReportBlock } from './types';

/**
 * The judgement table: one row per judgement of the workbook's framework in
 * judgement-table order, with the grade exactly as printed ("Requires
 * improvement to be good"; test/fixtures/docs/ilacs.md §1.1b). A self-assessment also lists the
 * optional overall effectiveness it graded (test/fixtures/docs/ilacs.md §1.1a).
 */
export function judgementTable(workbook: Workbook, gradeHeading: string): ReportBlock {
  const framework = frameworkById(workbook.inspection.framework);
  const optional =
    workbook.inspection.kind === 'self-assessment'
      ? framework.selfAssessmentOnly.filter((a) => workbook.judgements.some((j) => j.area === a.id))
      : [];
  const rows = [...framework.areas, ...optional].map((area) => {
    const grade = workbook.judgements.find((j) => j.area === area.id)?.grade;
    return [area.label, grade === undefined ? 'Not graded' : gradeLabel(grade)];
  });
  return {
    kind: 'table',
    caption: 'Judgements',
    head: ['Judgement', gradeHeading],
    rows,
    widths: ['*', 175],
  };
}

/** The headline summary as paragraphs, or a plain note while it is unwritten. */
export function summaryBlocks(workbook: Workbook): ReportBlock[] {
  const text = paragraphs(workbook.summary);
  if (text.length === 0) {
    return [{ kind: 'paragraph', tone: 'secondary', text: 'No headline summary is written yet.' }];
  }
  return text.map((p) => ({ kind: 'paragraph', text: p }));
}

/** "What needs to improve?" items with their national-framework tags (test/fixtures/docs/ilacs.md §1.0). */
export function improvementBlocks(workbook: Workbook): ReportBlock {
  if (workbook.improvements.length === 0) {
    return { kind: 'paragraph', text: 'No areas for improvement are recorded.' };
  }
  return {
    kind: 'bullets',
    items: workbook.improvements.map((item) =>
      item.tag === undefined ? item.text : `${item.text} ${formatImprovementTag(item.tag)}`,
    ),
  };
}

/** Areas for priority action (visits; test/fixtures/docs/ilacs.md §1.1b). */
export function priorityBlocks(workbook: Workbook): ReportBlock {
  if (workbook.priorityActions.length === 0) {
    return { kind: 'paragraph', text: 'No areas for priority action are recorded.' };
  }
  return { kind: 'bullets', items: workbook.priorityActions.map((p) => p.text) };
}

/** The report's sections with their paragraphs numbered across all sections. */
export function placedParagraphs(sections: readonly ReportSection[]): PlacedParagraph[] {
  return sections.flatMap((section) =>
    section.paragraphs.map((p) => ({ ...p, area: section.area })),
  );
}

/** One narrative section per judgement: heading with grade, then its numbered paragraphs. */
export function sectionBlocks(sections: readonly ReportSection[], level: 2 | 3): ReportBlock[] {
  return sections.flatMap((section): ReportBlock[] => [
    { kind: 'heading', level, text: section.heading },
    section.paragraphs.length === 0
      ? {
          kind: 'paragraph',
          tone: 'secondary',
          text: 'No findings are recorded for this judgement.',
        }
      : { kind: 'numbered', paragraphs: section.paragraphs },
  ]);
}

/** The workbook's report sections (shared/domain `reportSections`). */
export function sectionsOf(workbook: Workbook): ReportSection[] {
  return reportSections(workbook);
}

/**
 * Every evidence id the report rests on: findings' and grades' evidence,
 * sorted, once each; withdrawn items no longer count.
 */
export function reportEvidenceIds(workbook: Workbook): string[] {
  const shown = new Set(placedParagraphs(reportSections(workbook)).map((p) => p.findingId));
  const ids = new Set<string>();
  for (const finding of workbook.findings) {
    if (shown.has(finding.id)) for (const id of finding.evidenceIds) ids.add(id);
  }
  for (const judgement of workbook.judgements) for (const id of judgement.evidenceIds) ids.add(id);
  return countedEvidenceIds(workbook.evidence, [...ids]).sort();
}
