import {
  countedEvidence,
  providerFlags,
  type Evidence,
  type Provider,
  type Workbook,
} from '../domain';
import type { Indicator, ReportIndicators } from './inputs';
import {
  areaShortLabels,
  contractText,
  formatterFor,
  functionLabels,
  legalFormLabels,
} from './labels';
import { longDate, plural } from './text';
import type { NumberedParagraph, ReportBlock } from './types';

/** A numbered paragraph with the area of the section it sits in. */
export type PlacedParagraph = NumberedParagraph & { readonly area: keyof typeof areaShortLabels };

/**
 * The paragraphs attributed to a provider: those resting on evidence whose
 * source is that provider (evidence sources: shared/domain
 * evidence.ts).
 */
function attributedParagraphs(
  paragraphs: readonly PlacedParagraph[],
  evidence: readonly Evidence[],
  providerId: string,
): PlacedParagraph[] {
  const fromProvider = new Set(
    countedEvidence(evidence)
      .filter((e) => e.source === providerId)
      .map((e) => e.id),
  );
  return paragraphs.filter((p) => p.evidenceIds.some((id) => fromProvider.has(id)));
}

function evidenceLine(evidence: readonly Evidence[], providerId: string): string {
  const mine = countedEvidence(evidence).filter((e) => e.source === providerId);
  if (mine.length === 0) return 'No evidence from this provider is recorded.';
  const count = (finding: Evidence['finding']) => mine.filter((e) => e.finding === finding).length;
  return `Evidence recorded: ${plural(count('strength'), 'strength')}, ${plural(count('improvement'), 'area', 'areas')} for improvement, ${plural(count('concern'), 'serious concern')}.`;
}

function valueOf(indicator: Indicator, source: string): string {
  const found = indicator.values.find((v) => v.source === source);
  if (found === undefined) return '—';
  return found.value === null ? 'too few records' : formatterFor(indicator.unit)(found.value);
}

function indicatorBlocks(provider: Provider, indicators?: ReportIndicators): ReportBlock[] {
  if (indicators === undefined) {
    return [{ kind: 'paragraph', text: 'Indicators: no records have been imported.' }];
  }
  const mine = indicators.indicators.filter((i) => i.values.some((v) => v.source === provider.id));
  if (mine.length === 0) {
    return [
      { kind: 'paragraph', text: 'The imported records give no indicators for this provider.' },
    ];
  }
  return [
    {
      kind: 'table',
      caption: `Indicators: ${provider.name} beside the whole council`,
      head: ['Indicator', provider.name, 'Whole council', 'England', 'Statistical neighbours'],
      rows: mine.map((indicator) => [
        indicator.label,
        valueOf(indicator, provider.id),
        valueOf(indicator, 'council'),
        indicator.national === undefined ? '—' : formatterFor(indicator.unit)(indicator.national),
        indicator.comparators?.neighbours === null || indicator.comparators === undefined
          ? '—'
          : formatterFor(indicator.unit)(indicator.comparators.neighbours),
      ]),
      numeric: [1, 2, 3, 4],
      widths: ['*', 70, 60, 50, 65],
    },
  ];
}

/**
 * The delegated providers section, which no published report has yet: each
 * provider's legal form, profit status, functions and contract, its flags,
 * the findings attributed to it and its indicators beside the council's
 * (test/fixtures/docs/ilacs.md §1.1c: the LA stays the inspected and graded body).
 */
export function providerBlocks(
  workbook: Workbook,
  paragraphs: readonly PlacedParagraph[],
  indicators?: ReportIndicators,
): ReportBlock[] {
  const council = workbook.inspection.council.name;
  const blocks: ReportBlock[] = [{ kind: 'heading', level: 2, text: 'Delegated providers' }];
  if (workbook.providers.length === 0) {
    blocks.push({ kind: 'paragraph', text: 'No delegated providers are recorded.' });
    return blocks;
  }
  blocks.push({
    kind: 'paragraph',
    text: `${council} has delegated children’s social care functions to ${plural(workbook.providers.length, 'provider')}. The council remains the inspected and accountable body; the providers’ work is judged within this inspection and they are not graded separately.`,
  });
  const flags = providerFlags(workbook.providers, workbook.inspection.council.laCode);
  for (const provider of workbook.providers) {
    blocks.push(
      { kind: 'heading', level: 3, text: provider.name },
      {
        kind: 'facts',
        items: [
          { label: 'Legal form', value: legalFormLabels[provider.legalForm] },
          ...(provider.companyNumber === undefined
            ? []
            : [{ label: 'Company number', value: provider.companyNumber }]),
          {
            label: 'Profit status',
            value: provider.forProfit ? 'Profit-making' : 'Not for profit',
          },
          {
            label: 'Delegated functions',
            value: provider.functions.map((f) => functionLabels[f]).join('; '),
          },
          { label: 'Contract', value: contractText(provider, longDate) },
          { label: 'Councils served (LA codes)', value: provider.councils.join(', ') },
        ],
      },
      ...flags
        .filter((flag) => flag.provider === provider.id)
        .map((flag): ReportBlock => ({ kind: 'notice', text: flag.message })),
      { kind: 'paragraph', text: evidenceLine(workbook.evidence, provider.id) },
    );
    const mine = attributedParagraphs(paragraphs, workbook.evidence, provider.id);
    blocks.push(
      mine.length === 0
        ? { kind: 'paragraph', text: 'No report paragraph rests on this provider’s evidence.' }
        : {
            kind: 'table',
            caption: `Findings attributed to ${provider.name}`,
            head: ['Paragraph', 'Section', 'Finding'],
            rows: mine.map((p) => [String(p.number), areaShortLabels[p.area], p.text]),
            numeric: [0],
            widths: [50, 90, '*'],
          },
      ...indicatorBlocks(provider, indicators),
    );
  }
  return blocks;
}
