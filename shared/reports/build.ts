import { frameworkById, inspectionKind, judge, type Workbook } from '../domain';
import { err, ok, type Result } from '../util/result';
import { placedParagraphs, reportEvidenceIds, sectionsOf } from './common';
import { conflictBlocks } from './conflicts';
import { dataAnnexBlocks } from './data-annex';
import { providerBlocks } from './providers';
import {
  focusedVisitLetter,
  ilacsReport,
  monitoringVisitLetter,
  selfAssessment,
  type TemplateBody,
} from './templates';
import { dateRange, joinNames, longDateTime } from './text';
import { templateFor, type ReportBlock, type ReportData, type ReportOptions } from './types';

/** Printed on every page of a council's self-assessment (the README’s How fast table). */
const SELF_ASSESSMENT_MARKING = 'Self-assessment — not an Ofsted inspection';

function body(workbook: Workbook, titledFor?: string): TemplateBody {
  switch (templateFor(workbook.inspection.kind)) {
    case 'focused-visit-letter':
      return focusedVisitLetter(workbook);
    case 'monitoring-visit-letter':
      return monitoringVisitLetter(workbook);
    case 'self-assessment':
      return selfAssessment(workbook);
    default:
      return ilacsReport(workbook, titledFor);
  }
}

function aboutBlocks(
  workbook: Workbook,
  options: ReportOptions,
  evidenceIds: readonly string[],
): ReportBlock[] {
  const framework = frameworkById(workbook.inspection.framework);
  const signature = options.signature;
  return [
    { kind: 'heading', level: 2, text: 'About this report' },
    ...(signature === undefined
      ? [
          {
            kind: 'notice',
            text: 'DRAFT: this report is not signed and may still change.',
          } as const,
        ]
      : []),
    {
      kind: 'facts',
      items: [
        {
          label: 'Version',
          value: `${options.version} (${signature === undefined ? 'draft, not signed' : 'signed'})`,
        },
        { label: 'Made', value: longDateTime(options.generatedAt) },
        { label: 'Framework', value: framework.name },
        { label: 'Evidence items the report rests on', value: String(evidenceIds.length) },
      ],
    },
    {
      kind: 'paragraph',
      tone: 'secondary',
      text: `Evidence ids: ${evidenceIds.length === 0 ? 'none' : evidenceIds.join(', ')}.`,
    },
    {
      kind: 'paragraph',
      tone: 'secondary',
      text: 'The same report is written as an accessible HTML document beside the PDF. The PDF is not tagged for screen readers; use the HTML version with assistive technology.',
    },
  ];
}

function authorOf(workbook: Workbook, options: ReportOptions): string {
  if (options.signature !== undefined) return options.signature.signer;
  const role = workbook.inspection.kind === 'self-assessment' ? 'council-officer' : 'lead';
  const names = workbook.inspection.team.filter((m) => m.role === role).map((m) => m.name);
  return names.length === 0 ? workbook.inspection.council.name : joinNames(names);
}

/**
 * Builds a report's data from a workbook: the template for its kind of
 * inspection, then the sections no published report has yet (delegated
 * providers, conflicts of interest, data annex) and an about section. Pure
 * and JSON-ready, so a Web Worker can build it and the PDF and HTML
 * renderers both read it.
 */
export function buildReport(workbook: Workbook, options: ReportOptions): ReportData {
  const { inspection } = workbook;
  const main = body(workbook, options.titledFor);
  const evidenceIds = reportEvidenceIds(workbook);
  const paragraphs = placedParagraphs(sectionsOf(workbook));
  const selfAssessed = inspection.kind === 'self-assessment';
  return {
    template: templateFor(inspection.kind),
    title: main.title,
    dates: dateRange(inspection.onSite.start, inspection.onSite.end),
    metadata: {
      title: main.title,
      author: authorOf(workbook, options),
      subject: selfAssessed
        ? `${SELF_ASSESSMENT_MARKING}: ${inspection.council.name}`
        : `${inspectionKind(inspection.kind).label} of ${inspection.council.name} (ILACS)`,
      keywords: `ILACS, children’s services, ${inspection.council.name}, LA ${inspection.council.laCode}, ${inspection.framework}`,
      language: 'en-GB',
    },
    marking: selfAssessed ? SELF_ASSESSMENT_MARKING : null,
    version: options.version,
    blocks: [
      ...main.blocks,
      ...providerBlocks(workbook, paragraphs, options.indicators),
      ...conflictBlocks(workbook, options.conflicts),
      ...dataAnnexBlocks(workbook, options.indicators, options.comparators),
      ...aboutBlocks(workbook, options, evidenceIds),
    ],
    evidenceIds,
    signature: options.signature ?? null,
    generatedAt: options.generatedAt,
  };
}

/**
 * Whether a report can be made (and, with `signing`, signed) from this
 * workbook. A graded kind of inspection with no grades at all is refused;
 * signing also needs every judgement the framework requires to be graded.
 */
export function reportReadiness(workbook: Workbook, signing: boolean): Result<null> {
  if (inspectionKind(workbook.inspection.kind).gradedBy === null) return ok(null);
  if (workbook.judgements.length === 0) {
    return err(
      'report.no-grades',
      'the workbook has no grades yet; grade the judgements (`workbook grade`) before making the report',
    );
  }
  if (!signing) return ok(null);
  const missing = judge(workbook).gaps.filter((gap) => gap.reason === 'no-grade');
  if (missing.length > 0) {
    return err(
      'report.ungraded',
      `a report can be signed only when every judgement is graded; not graded: ${missing.map((g) => g.area).join(', ')}`,
    );
  }
  return ok(null);
}
