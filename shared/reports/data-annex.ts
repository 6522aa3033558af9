import type { Workbook } from '../domain';
import { barChart, type Reference } from './charts';
import { comparatorNotes, comparatorRows, publishedComparatorBlocks } from './comparators';
import { areaIndicatorBlocks } from './data-annex-area';
import type { ReportComparators, ReportIndicators } from './inputs';
import { formatterFor, indicatorSourceName } from './labels';
import { longDate } from './text';
import type { ReportBlock } from './types';

/** The region's and the neighbours' published figures, as reference lines on the chart. */
function chartReferences(indicator: ReportIndicators['indicators'][number]): Reference[] {
  const c = indicator.comparators;
  if (c === undefined) return [];
  return [
    ...(c.region === null ? [] : [{ label: c.regionName ?? 'Region', value: c.region }]),
    ...(c.neighbours === null ? [] : [{ label: 'Statistical neighbours', value: c.neighbours }]),
  ];
}

/**
 * The data annex: one table and one bar chart per indicator, every value per
 * source beside the whole council and the national figure (the README’s How fast table item
 * 5, "with charts"); then, for each judgement some indicators inform, those
 * in one table beside its grade. Without imported records it says so plainly.
 */
export function dataAnnexBlocks(
  workbook: Workbook,
  indicators?: ReportIndicators,
  comparators?: ReportComparators,
): ReportBlock[] {
  const blocks: ReportBlock[] = [{ kind: 'heading', level: 2, text: 'Data annex' }];
  if (indicators === undefined) {
    blocks.push({ kind: 'paragraph', text: 'No records have been imported.' });
    blocks.push(...publishedComparatorBlocks(comparators));
    return blocks;
  }
  blocks.push({
    kind: 'paragraph',
    text: `Figures from ${indicators.source}, for records up to ${longDate(indicators.asOf)}.`,
  });
  if (indicators.indicators.length === 0) {
    blocks.push({ kind: 'paragraph', text: 'The imported records give no indicators.' });
    blocks.push(...publishedComparatorBlocks(comparators));
    return blocks;
  }
  const areas = [...new Set(indicators.indicators.flatMap((i) => i.area ?? []))];
  for (const indicator of indicators.indicators.filter((i) => i.area === undefined)) {
    const format = formatterFor(indicator.unit);
    const better =
      indicator.betterWhen === undefined
        ? []
        : [
            {
              kind: 'paragraph' as const,
              tone: 'secondary' as const,
              text: `A ${indicator.betterWhen} figure is better.`,
            },
          ];
    blocks.push(
      { kind: 'heading', level: 3, text: indicator.label },
      ...better,
      {
        kind: 'table',
        caption: `Figures by source: ${indicator.label}`,
        head: ['Source', 'Value', 'Records'],
        rows: [
          ...indicator.values.map((v) => [
            indicatorSourceName(workbook, v.source),
            v.value === null ? 'too few records' : format(v.value),
            v.numerator !== undefined && v.denominator !== undefined
              ? `${v.numerator} of ${v.denominator}`
              : v.denominator === undefined
                ? '—'
                : String(v.denominator),
          ]),
          ...comparatorRows(indicator, workbook.inspection.council.name),
        ],
        numeric: [1, 2],
        widths: ['*', 90, 90],
      },
      {
        kind: 'chart',
        chart: barChart({
          title: indicator.label,
          bars: indicator.values.map((v) => ({
            label: indicatorSourceName(workbook, v.source),
            value: v.value,
          })),
          format,
          ...(indicator.national === undefined ? {} : { national: indicator.national }),
          references: chartReferences(indicator),
        }),
      },
      ...comparatorNotes(indicator),
    );
  }
  for (const area of areas) {
    blocks.push(
      ...areaIndicatorBlocks(
        workbook,
        area,
        indicators.indicators.filter((i) => i.area === area),
      ),
    );
  }
  blocks.push(...publishedComparatorBlocks(comparators));
  return blocks;
}
