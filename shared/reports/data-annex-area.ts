import { gradeLabel, type AreaId, type Workbook } from '../domain';
import { areaComparatorCells, areaComparatorHead, areaComparatorNotes } from './comparators';
import type { Indicator } from './inputs';
import { areaShortLabels, formatterFor, indicatorSourceName } from './labels';
import type { ReportBlock } from './types';

/**
 * The indicators that inform one judgement, as one table beside that
 * judgement's grade: a row per indicator, a column per source (the whole
 * council first). The help-and-protection judgement's come from the CIN
 * census (the experiences and progress of children who need help and
 * protection; Ofsted ILACS framework,
 * https://www.gov.uk/government/publications/inspecting-local-authority-childrens-services-from-2018).
 * A dozen measures, a top-ten list of factors among them, read better side
 * by side than as a chart each.
 */
export function areaIndicatorBlocks(
  workbook: Workbook,
  area: AreaId,
  indicators: readonly Indicator[],
): ReportBlock[] {
  const sources = [...new Set(indicators.flatMap((i) => i.values.map((v) => v.source)))].sort(
    (a, b) => Number(b === 'council') - Number(a === 'council'),
  );
  const grade = workbook.judgements.find((j) => j.area === area)?.grade;
  // The DfE's published figures follow the sources, where some indicator has them.
  const published = areaComparatorHead(indicators, workbook.inspection.council.name);
  const label = areaShortLabels[area];
  return [
    { kind: 'heading', level: 3, text: `${label}: the figures beside the judgement` },
    {
      kind: 'paragraph',
      text:
        grade === undefined
          ? `The ${label.toLowerCase()} judgement is not graded yet.`
          : `The ${label.toLowerCase()} judgement: ${gradeLabel(grade)}.`,
    },
    {
      kind: 'table',
      caption: `Figures for the ${label.toLowerCase()} judgement, by source`,
      head: [
        'Indicator',
        ...sources.map((source) => indicatorSourceName(workbook, source)),
        ...published,
      ],
      rows: indicators.map((indicator) => [
        indicator.label,
        ...sources.map((source) => cellText(indicator, source)),
        ...areaComparatorCells(indicator, published.length),
      ]),
      numeric: [...sources, ...published].map((_, index) => index + 1),
    },
    ...areaComparatorNotes(indicators),
  ];
}

function cellText(indicator: Indicator, source: string): string {
  const found = indicator.values.find((v) => v.source === source);
  if (found === undefined) return '—';
  if (found.value === null) return 'too few records';
  const value = formatterFor(indicator.unit)(found.value);
  return found.numerator !== undefined && found.denominator !== undefined
    ? `${value} (${found.numerator} of ${found.denominator})`
    : value;
}
