import {
  countedEvidence,
  focusedVisitThemes,
  frameworkById,
  selfEvaluationQuestions,
  evidenceKinds,
  type EvidenceKind,
  type Workbook,
} from '../domain';
import {
  improvementBlocks,
  judgementTable,
  placedParagraphs,
  priorityBlocks,
  sectionBlocks,
  sectionsOf,
  summaryBlocks,
} from './common';
import { areaShortLabels, sourceName } from './labels';
import { dateRange, inspectorTitle, joinNames } from './text';
import type { ReportBlock } from './types';

/** The title and the body (before the delegated-providers and later sections) of a template. */
export type TemplateBody = { readonly title: string; readonly blocks: readonly ReportBlock[] };

function team(workbook: Workbook, role: 'lead' | 'inspector' | 'council-officer'): string[] {
  return workbook.inspection.team.filter((m) => m.role === role).map((m) => m.name);
}

function leadLine(workbook: Workbook): string {
  const lead = team(workbook, 'lead')[0];
  const title = inspectorTitle(workbook.inspection.onSite.start);
  return lead === undefined ? 'Not named yet' : `${lead}, ${title}`;
}

function dates(workbook: Workbook): string {
  return dateRange(workbook.inspection.onSite.start, workbook.inspection.onSite.end);
}

/**
 * The published ILACS report (test/fixtures/docs/ilacs.md §1.1b, standard and short inspection
 * report 2023 to present): title, inspection dates, lead inspector, the
 * judgement table, the untitled headline summary, "What needs to improve?",
 * then one section per judgement with paragraphs numbered across sections.
 */
export function ilacsReport(workbook: Workbook, titledFor?: string): TemplateBody {
  const council = workbook.inspection.council.name;
  const provider = workbook.providers.find((p) => p.id === titledFor);
  const title =
    provider === undefined
      ? `Inspection of ${council} local authority children’s services`
      : `Inspection of ${provider.name}`;
  return {
    title,
    blocks: [
      {
        kind: 'facts',
        items: [
          { label: 'Inspection dates', value: dates(workbook) },
          { label: 'Lead inspector', value: leadLine(workbook) },
        ],
      },
      judgementTable(workbook, 'Grade'),
      ...summaryBlocks(workbook),
      { kind: 'heading', level: 2, text: 'What needs to improve?' },
      improvementBlocks(workbook),
      ...sectionBlocks(sectionsOf(workbook), 2),
    ],
  };
}

function visitOpening(workbook: Workbook, visit: string): ReportBlock[] {
  const council = workbook.inspection.council.name;
  const inspectors = [...team(workbook, 'lead'), ...team(workbook, 'inspector')];
  const title = inspectorTitle(workbook.inspection.onSite.start).replace('Inspector', 'Inspectors');
  return [
    {
      kind: 'paragraph',
      text: `This letter summarises the findings of the ${visit} to ${council} children’s services on ${dates(workbook)}.${inspectors.length === 0 ? '' : ` ${title} for this visit were ${joinNames(inspectors)}.`}`,
    },
  ];
}

function signOff(workbook: Workbook, closing: string): ReportBlock[] {
  return [
    { kind: 'paragraph', text: closing },
    { kind: 'paragraph', text: 'Yours sincerely' },
    { kind: 'paragraph', text: leadLine(workbook) },
  ];
}

function mainFindings(workbook: Workbook): ReportBlock {
  const numbered = placedParagraphs(sectionsOf(workbook));
  return numbered.length === 0
    ? { kind: 'paragraph', tone: 'secondary', text: 'No findings are recorded yet.' }
    : { kind: 'numbered', paragraphs: numbered };
}

/**
 * The focused-visit letter (test/fixtures/docs/ilacs.md §1.1b): ungraded, one theme; "Headline
 * findings" (known heading), "What needs to improve in this area", areas for
 * priority action where set, "Main findings", and the closing sentence. The
 * headings after "Headline findings" are [unverified] in test/fixtures/docs/ilacs.md.
 */
export function focusedVisitLetter(workbook: Workbook): TemplateBody {
  const council = workbook.inspection.council.name;
  const theme = focusedVisitThemes.find((t) => t.id === workbook.inspection.theme)?.label ?? '';
  return {
    title: `Focused visit to ${council} children’s services`,
    blocks: [
      {
        kind: 'facts',
        items: [
          { label: 'Visit dates', value: dates(workbook) },
          { label: 'Lead inspector', value: leadLine(workbook) },
          { label: 'Theme', value: theme.charAt(0).toUpperCase() + theme.slice(1) },
        ],
      },
      ...visitOpening(workbook, 'focused visit'),
      {
        kind: 'paragraph',
        text: `Inspectors looked at the local authority’s arrangements for ${theme}.`,
      },
      { kind: 'heading', level: 2, text: 'Headline findings' },
      ...summaryBlocks(workbook),
      { kind: 'heading', level: 2, text: 'What needs to improve in this area' },
      improvementBlocks(workbook),
      ...(workbook.priorityActions.length === 0
        ? []
        : [
            { kind: 'heading', level: 2, text: 'Areas for priority action' } as const,
            priorityBlocks(workbook),
          ]),
      { kind: 'heading', level: 2, text: 'Main findings' },
      mainFindings(workbook),
      ...signOff(
        workbook,
        'Ofsted will take the findings from this focused visit into account when planning your next inspection or visit.',
      ),
    ],
  };
}

/**
 * The monitoring-visit letter for a council judged inadequate (test/fixtures/docs/ilacs.md
 * §1.1b; handbook Annex F "Monitoring report (letter)"): the areas covered,
 * an overview, the areas for priority action and the findings. The headings
 * "Areas covered by the visit" and "Overview" are [unverified] in test/fixtures/docs/ilacs.md.
 */
export function monitoringVisitLetter(workbook: Workbook): TemplateBody {
  const council = workbook.inspection.council.name;
  const sections = sectionsOf(workbook).filter((s) => s.paragraphs.length > 0);
  return {
    title: `Monitoring visit to ${council} children’s services`,
    blocks: [
      {
        kind: 'facts',
        items: [
          { label: 'Visit dates', value: dates(workbook) },
          { label: 'Lead inspector', value: leadLine(workbook) },
        ],
      },
      ...visitOpening(workbook, 'monitoring visit'),
      { kind: 'heading', level: 2, text: 'Areas covered by the visit' },
      sections.length === 0
        ? { kind: 'paragraph', text: 'No areas are recorded yet.' }
        : { kind: 'bullets', items: sections.map((s) => areaShortLabels[s.area]) },
      { kind: 'heading', level: 2, text: 'Overview' },
      ...summaryBlocks(workbook),
      { kind: 'heading', level: 2, text: 'Areas for priority action' },
      priorityBlocks(workbook),
      { kind: 'heading', level: 2, text: 'Findings' },
      mainFindings(workbook),
      ...(workbook.improvements.length === 0
        ? []
        : [
            { kind: 'heading', level: 2, text: 'What needs to improve' } as const,
            improvementBlocks(workbook),
          ]),
      ...signOff(
        workbook,
        'Ofsted will continue to monitor the local authority’s progress; the findings of this visit will inform the next monitoring visit or inspection.',
      ),
    ],
  };
}

const kindLabels: Readonly<Record<EvidenceKind, string>> = {
  'case-tracking': 'Tracking children’s cases',
  'case-sampling': 'Sampling children’s cases',
  audit: 'Case audits',
  'performance-data': 'Performance data',
  meeting: 'Meetings',
  document: 'Documents',
  observation: 'Observing practice',
};

function evidenceBase(workbook: Workbook): ReportBlock {
  const rows = evidenceKinds.flatMap((kind) => {
    const items = countedEvidence(workbook.evidence).filter((e) => e.kind === kind);
    if (items.length === 0) return [];
    const sources = [...new Set(items.map((e) => sourceName(workbook, e.source)))];
    return [[kindLabels[kind], String(items.length), sources.join('; ')]];
  });
  return rows.length === 0
    ? { kind: 'paragraph', text: 'No evidence is recorded yet.' }
    : {
        kind: 'table',
        caption: 'Evidence behind the council’s judgements',
        head: ['How the evidence was gathered', 'Items', 'From'],
        rows,
        numeric: [1],
        widths: [150, 40, '*'],
      };
}

/**
 * The council's self-assessment (test/fixtures/docs/ilacs.md §1.1c): the standard skeleton
 * around the three self-evaluation questions, graded by the council and
 * marked as not an Ofsted inspection.
 */
export function selfAssessment(workbook: Workbook): TemplateBody {
  const council = workbook.inspection.council.name;
  const officers = team(workbook, 'council-officer');
  const [what, how, plans] = selfEvaluationQuestions;
  const framework = frameworkById(workbook.inspection.framework);
  return {
    title: `Self-assessment of ${council} local authority children’s services`,
    blocks: [
      {
        kind: 'notice',
        text: `Self-assessment — not an Ofsted inspection. The grades are ${council}’s own judgements of its services against Ofsted’s ILACS judgements (${framework.name}); Ofsted has not inspected or graded them.`,
      },
      {
        kind: 'facts',
        items: [
          { label: 'Self-assessment dates', value: dates(workbook) },
          {
            label: 'Prepared by',
            value:
              officers.length === 0
                ? council
                : `${joinNames(officers)}, ${officers.length === 1 ? 'council officer' : 'council officers'}, ${council}`,
          },
        ],
      },
      judgementTable(workbook, 'Grade (council’s own)'),
      ...summaryBlocks(workbook),
      { kind: 'heading', level: 2, text: what.text },
      ...sectionBlocks(sectionsOf(workbook), 3),
      { kind: 'heading', level: 2, text: how.text },
      evidenceBase(workbook),
      { kind: 'heading', level: 2, text: plans.text },
      improvementBlocks(workbook),
    ],
  };
}
