import { MEASURES, type MeasureDefinition, type MeasureUnit } from './measures';
import { symbolReason } from './symbols';
import { ENGLAND, type ComparatorDataset, type DatasetLa, type DatasetMeasure } from './types';

/**
 * One figure as shown: the published number, or null with the DfE symbol and
 * the reason it is not published. `note` qualifies a published figure (a
 * figure DfE published for two councils together).
 */
export type Figure = {
  readonly value: number | null;
  readonly symbol?: string;
  readonly reason?: string;
  readonly note?: string;
};

/** A statistical neighbour's figure. */
export type NeighbourFigure = Figure & { readonly code: string; readonly name: string };

/** The statistical neighbours' figures and their average. */
export type NeighboursFigure = {
  /** The mean of the neighbours' published figures, to one decimal place; null if none is published. */
  readonly average: number | null;
  /** How many of the neighbours have a published figure. */
  readonly published: number;
  readonly each: readonly NeighbourFigure[];
};

/** One measure for one council: England, its region, its neighbours and its own published figure. */
export type MeasureComparison = {
  readonly id: string;
  readonly label: string;
  readonly unit: MeasureUnit;
  readonly betterWhen?: 'higher' | 'lower';
  /** The year the figures are for (DfE's reporting year: 2025 is the year ending 31 March 2025). */
  readonly year: number | null;
  readonly england: Figure;
  readonly region: Figure;
  readonly neighbours: NeighboursFigure;
  readonly la: Figure;
  /** The publication and file, with the licence's attribution. */
  readonly source: string;
};

/** A council, as the comparators name and place it. */
export type ComparatorLa = {
  readonly code: string;
  readonly name: string;
  /** Its region's name, or null when the DfE files do not have the council. */
  readonly region: string | null;
};

/** Everything the comparators say about one council: `workbook comparators --json`. */
export type CouncilComparators = {
  readonly la: ComparatorLa;
  readonly neighbours: readonly {
    readonly code: string;
    readonly name: string;
    readonly closeness: string;
  }[];
  readonly measures: readonly MeasureComparison[];
  readonly dataset: {
    readonly version: string;
    readonly licence: string;
    readonly attribution: string;
  };
};

/** The dataset's LA for a DfE LA number (`330`) or an ONS code (`E08000025`). */
export function findLa(dataset: ComparatorDataset, code: string): DatasetLa | undefined {
  const wanted = code.trim().toUpperCase();
  return dataset.las.find((la) => la.code === wanted || la.newCodes.includes(wanted));
}

function figureOf(measure: DatasetMeasure, key: string, at: number): Figure {
  const direct = measure.values[key];
  if (direct !== undefined) return cellFigure(direct[at] ?? null);
  // DfE publishes some workforce figures for two councils together ("940 / 941").
  const combined = Object.keys(measure.values).find((k) => k.split(' / ').includes(key));
  if (combined !== undefined) {
    const figure = cellFigure(measure.values[combined]?.[at] ?? null);
    return { ...figure, note: `published for LAs ${combined} together` };
  }
  return { value: null, reason: 'no figure published for this area' };
}

function cellFigure(cell: number | string | null): Figure {
  if (typeof cell === 'number') return { value: cell };
  if (cell === null) return { value: null, reason: 'no figure published for this area that year' };
  return { value: null, symbol: cell, reason: symbolReason(cell) };
}

const NO_LA: Figure = { value: null, reason: 'the council is not in the DfE files' };

/** The source line of a measure: publication, file and attribution. */
function sourceOf(dataset: ComparatorDataset, measure: DatasetMeasure): string {
  const source = dataset.sources.find((s) => s.file === measure.file);
  return `${source?.publication ?? 'DfE'} (${measure.file}). ${dataset.attribution}`;
}

/**
 * One measure for the council `la` (undefined when the DfE files lack it), for
 * `year` if published for that year, else for the latest year published.
 */
export function compareMeasure(
  dataset: ComparatorDataset,
  definition: MeasureDefinition,
  la: DatasetLa | undefined,
  year?: number,
): MeasureComparison | undefined {
  const measure = dataset.measures.find((m) => m.id === definition.id);
  if (measure === undefined) return undefined;
  const wanted = year === undefined ? -1 : measure.years.indexOf(year);
  const at = wanted === -1 ? measure.years.length - 1 : wanted;
  const each = (la === undefined ? [] : (dataset.neighbours[la.code]?.codes ?? [])).map(
    (code): NeighbourFigure => ({
      code,
      name: findLa(dataset, code)?.name ?? code,
      ...figureOf(measure, code, at),
    }),
  );
  const published = each.flatMap((n) => (n.value === null ? [] : [n.value]));
  const average =
    published.length === 0
      ? null
      : Math.round((published.reduce((a, b) => a + b, 0) / published.length) * 10) / 10;
  return {
    id: definition.id,
    label: definition.label,
    unit: definition.unit,
    ...(definition.betterWhen === undefined ? {} : { betterWhen: definition.betterWhen }),
    year: measure.years[at] ?? null,
    england: figureOf(measure, ENGLAND, at),
    region:
      la === undefined
        ? NO_LA
        : la.region === null
          ? { value: null, reason: 'the council’s region is not known' }
          : figureOf(measure, la.region, at),
    neighbours: { average, published: published.length, each },
    la: la === undefined ? NO_LA : figureOf(measure, la.code, at),
    source: sourceOf(dataset, measure),
  };
}

/**
 * Every measure for the council with DfE LA number (or ONS code) `code`;
 * `fallbackName` names a council the DfE files do not have.
 */
export function councilComparators(
  dataset: ComparatorDataset,
  code: string,
  fallbackName: string,
): CouncilComparators {
  const la = findLa(dataset, code);
  const neighbours = la === undefined ? undefined : dataset.neighbours[la.code];
  return {
    la: {
      code: la?.code ?? code,
      name: la?.name ?? fallbackName,
      region: dataset.regions.find((r) => r.code === la?.region)?.name ?? null,
    },
    neighbours: (neighbours?.codes ?? []).map((c, i) => ({
      code: c,
      name: findLa(dataset, c)?.name ?? c,
      closeness: neighbours?.closeness[i] ?? '',
    })),
    measures: MEASURES.flatMap((m) => compareMeasure(dataset, m, la) ?? []),
    dataset: {
      version: dataset.version,
      licence: dataset.licence,
      attribution: dataset.attribution,
    },
  };
}
