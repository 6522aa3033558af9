import type { Indicator, ReportComparators } from './inputs';
import { formatterFor } from './labels';
import type { ReportBlock } from './types';

type Measure = ReportComparators['measures'][number];

/** A published measure's figure as a table cell. */
function measureValue(unit: Measure['unit'], value: number | null): string {
  if (value === null) return 'not published';
  if (unit === 'percent') return formatterFor('percent')(value);
  return value.toLocaleString('en-GB', { maximumFractionDigits: 1 });
}

/** The units of a measure, said after its label where they are not a percentage. */
function unitNote(unit: Measure['unit']): string {
  if (unit === 'rate-per-10000') return ' (per 10,000 children)';
  return unit === 'cases' ? ' (cases per worker)' : '';
}

/**
 * The council's published figures beside England, its region and the
 * average of its statistical neighbours, as DfE's LA interactive tool lays
 * them out: one row per measure, for the latest year published.
 */
export function publishedComparatorBlocks(comparators?: ReportComparators): ReportBlock[] {
  if (comparators === undefined) return [];
  const region = comparators.region ?? 'Region';
  return [
    {
      kind: 'heading',
      level: 3,
      text: 'Published figures beside England, the region and statistical neighbours',
    },
    {
      kind: 'paragraph',
      text:
        comparators.neighbours.length === 0
          ? `${comparators.council} is not in the DfE files, so only England’s figures are shown.`
          : `${comparators.council}’s statistical neighbours (DfE): ${comparators.neighbours.join(', ')}.`,
    },
    {
      kind: 'table',
      caption: `Published DfE figures: ${comparators.council} beside England, ${region} and its statistical neighbours`,
      head: ['Measure', 'Year', 'Council', 'England', region, 'Neighbours'],
      rows: comparators.measures.map((m) => [
        `${m.label}${unitNote(m.unit)}`,
        m.year === null ? '—' : String(m.year),
        m.council === null && m.councilNote !== undefined
          ? `not published (${m.councilNote})`
          : measureValue(m.unit, m.council),
        measureValue(m.unit, m.england),
        measureValue(m.unit, m.region),
        measureValue(m.unit, m.neighbours),
      ]),
      numeric: [1, 2, 3, 4, 5],
      // Wide enough for "published" on one line (9 pt Roboto) in every figure column.
      widths: ['*', 30, 60, 50, 55, 60],
    },
    { kind: 'paragraph', tone: 'secondary', text: `Source: ${comparators.source}` },
  ];
}

/** The rows an indicator's annex table gains from its published comparators. */
export function comparatorRows(indicator: Indicator, council: string): string[][] {
  const format = formatterFor(indicator.unit);
  const c = indicator.comparators;
  const value = (v: number | null | undefined) =>
    v === null || v === undefined ? 'not published' : format(v);
  const england =
    indicator.national === undefined
      ? []
      : [[`England${c === undefined ? '' : ` (${c.year})`}`, format(indicator.national), 'DfE']];
  if (c === undefined) return england;
  return [
    ...england,
    [`${c.regionName ?? 'Region'} (${c.year})`, value(c.region), 'DfE'],
    [
      `Statistical neighbours, average (${c.year})`,
      value(c.neighbours),
      `${c.neighboursPublished} of 10`,
    ],
    [
      `${council}, published by DfE (${c.year})`,
      c.published === null && c.publishedNote !== undefined
        ? `not published (${c.publishedNote})`
        : value(c.published),
      'DfE',
    ],
  ];
}

/** The notes under an indicator's annex table: how the definitions differ, and any data-quality note. */
export function comparatorNotes(indicator: Indicator): ReportBlock[] {
  const c = indicator.comparators;
  if (c === undefined) return [];
  return [
    ...(c.differs === undefined
      ? []
      : [
          {
            kind: 'paragraph' as const,
            tone: 'secondary' as const,
            text: `Compared with DfE: ${c.differs}`,
          },
        ]),
    ...(c.dataQuality === undefined
      ? []
      : [{ kind: 'paragraph' as const, text: `Data-quality note: ${c.dataQuality}` }]),
  ];
}

/**
 * The comparator columns of a judgement's indicator table (the CIN census
 * indicators beside help and protection): England, the region, the
 * neighbours' average and the council's published figure, where some
 * indicator of the table has them; none otherwise.
 */
export function areaComparatorHead(indicators: readonly Indicator[], council: string): string[] {
  const first = indicators.find((i) => i.comparators !== undefined)?.comparators;
  if (first === undefined) return [];
  return [
    'England',
    first.regionName ?? 'Region',
    'Statistical neighbours',
    `${council}, published`,
  ];
}

/** One indicator's comparator cells in a judgement's table, each with its year; dashes where it has none. */
export function areaComparatorCells(indicator: Indicator, columns: number): string[] {
  const c = indicator.comparators;
  if (columns === 0) return [];
  if (c === undefined) return Array.from({ length: columns }, () => '—');
  const format = formatterFor(indicator.unit);
  const value = (v: number | null | undefined) =>
    v === null || v === undefined ? 'not published' : `${format(v)} (${c.year})`;
  return [
    value(indicator.national),
    value(c.region),
    value(c.neighbours),
    c.published === null && c.publishedNote !== undefined
      ? `not published (${c.publishedNote})`
      : value(c.published),
  ];
}

/** The notes under a judgement's table: how each compared indicator differs from DfE's, and any data-quality note. */
export function areaComparatorNotes(indicators: readonly Indicator[]): ReportBlock[] {
  return indicators.flatMap((indicator) =>
    comparatorNotes(indicator).map((block) =>
      block.kind === 'paragraph' ? { ...block, text: `${indicator.label}. ${block.text}` } : block,
    ),
  );
}
