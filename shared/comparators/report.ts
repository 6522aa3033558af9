import type { IndicatorComparatorFigures, ReportComparators } from '../reports/inputs';
import type { CouncilComparators, Figure } from './compare';
import type { IndicatorComparators } from './indicator-comparators';

/** Why a figure is not published, for a table cell: `c: suppressed to protect confidentiality`. */
function whyNot(figure: Figure): string | undefined {
  if (figure.value !== null || figure.reason === undefined) return undefined;
  return figure.symbol === undefined ? figure.reason : `${figure.symbol}: ${figure.reason}`;
}

/** An indicator's comparators in the report's shape (England goes in the indicator's `national`). */
export function reportFiguresOf(
  c: IndicatorComparators,
  regionName: string | null,
): IndicatorComparatorFigures | undefined {
  // A council the DfE files lack has England's figure alone (the indicator's `national`).
  if (c.year === null || regionName === null) return undefined;
  const note = whyNot(c.la);
  return {
    year: c.year,
    ...(regionName === null ? {} : { regionName }),
    region: c.region.value,
    neighbours: c.neighbours.average,
    neighboursPublished: c.neighbours.published,
    published: c.la.value,
    ...(note === undefined ? {} : { publishedNote: note }),
    differs: c.differs,
    ...(c.dataQuality === undefined ? {} : { dataQuality: c.dataQuality.message }),
    source: c.source,
  };
}

/** The council's published comparators in the report's shape. */
export function reportComparatorsFrom(c: CouncilComparators): ReportComparators {
  return {
    council: c.la.name,
    region: c.la.region,
    neighbours: c.neighbours.map((n) => n.name),
    source: `DfE statistics (${[...new Set(c.measures.map((m) => m.source.split(' (')[0] ?? ''))].join('; ')}). ${c.dataset.attribution}`,
    measures: c.measures.map((m) => {
      const note = whyNot(m.la);
      return {
        label: m.label,
        unit: m.unit,
        year: m.year,
        council: m.la.value,
        ...(note === undefined ? {} : { councilNote: note }),
        england: m.england.value,
        region: m.region.value,
        neighbours: m.neighbours.average,
      };
    }),
  };
}
