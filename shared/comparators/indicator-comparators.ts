import type { IndicatorReport, IndicatorResult } from '../records/indicators/types';
import { compareMeasure, findLa, type MeasureComparison } from './compare';
import { mappingFor, type IndicatorMapping } from './mapping';
import { measureById } from './measures';
import type { ComparatorDataset, DatasetLa } from './types';

/**
 * A computed figure that differs from the one DfE published for the same
 * council and year by more than rounding and one child can explain.
 */
export type DataQualityNote = {
  readonly year: number;
  readonly computed: number;
  readonly published: number;
  /** Percentage points between them, to one decimal place. */
  readonly difference: number;
  /** The most the two may differ by without a note, in percentage points. */
  readonly tolerance: number;
  readonly message: string;
};

/** The comparators of one indicator: `comparators` in `workbook indicators --json`. */
export type IndicatorComparators = Omit<MeasureComparison, 'id'> & {
  /** The published measure's id (see `workbook comparators`). */
  readonly measure: string;
  /** How the workbook's definition differs from DfE's, in words. */
  readonly differs: string;
  readonly dataQuality?: DataQualityNote;
};

const round1 = (n: number) => Math.round(n * 10) / 10;

/**
 * The tolerance for a computed percentage against DfE's published one, in
 * percentage points: half the last published place, because DfE rounds its
 * figures (whole numbers for the CLA and care-leaver percentages, one decimal
 * place for the children in need ones: every such figure in its files is;
 * the publications:
 * https://explore-education-statistics.service.gov.uk/find-statistics/children-looked-after-in-england-including-adoptions,
 * https://explore-education-statistics.service.gov.uk/find-statistics/characteristics-of-children-in-need),
 * plus one of the denominator (100 ÷ denominator points: one child, one
 * referral, one plan), because a return amended by a single case after it
 * was sent (a late-recorded placement or referral, a corrected date) moves
 * the figure by that much. A difference beyond both is more than rounding
 * and one late change can explain, so it is worth the inspector's question.
 */
export function tolerance(denominator: number, decimals: 0 | 1 = 0): number {
  const rounding = decimals === 0 ? 0.5 : 0.05;
  return Math.round((rounding + 100 / Math.max(1, denominator)) * 100) / 100;
}

function dataQuality(
  result: IndicatorResult,
  comparison: MeasureComparison,
  year: number | undefined,
  mapping: IndicatorMapping,
  decimals: 0 | 1,
): DataQualityNote | undefined {
  const published = comparison.la.value;
  if (
    year === undefined ||
    comparison.year !== year ||
    result.value === null ||
    result.denominator === null ||
    published === null
  ) {
    return undefined;
  }
  const difference = round1(Math.abs(result.value - published));
  const allowed = tolerance(result.denominator, decimals);
  if (difference <= allowed) return undefined;
  // Where the workbook's figure can only fall short of DfE's (it sees less history), a lower one asks nothing.
  if (mapping.lowerExpected !== undefined && result.value < published) return undefined;
  return {
    year,
    computed: result.value,
    published,
    difference,
    tolerance: allowed,
    message: `${result.label}: the workbook computes ${result.value}% (${result.numerator ?? 0} of ${result.denominator}) from the imported records for the year ending 31 March ${year}; DfE published ${published}% for ${result.scopeName} that year. The difference, ${difference} points, is more than rounding and one ${mapping.counting} can explain (${allowed} points): the return DfE used and the records imported may not agree.`,
  };
}

/** The DfE reporting year (year ending 31 March) a collection or census year ends in: 2025 for 2024/25. */
function reportingYear(year: IndicatorReport['year']): number | undefined {
  return year === null ? undefined : Number(year.end.slice(0, 4));
}

/**
 * The year an indicator's figure is for: the 903 collection year, or the
 * census year for the CIN census (both end on 31 March, as DfE's reporting
 * year does). Annex A lists are for a day, not a year: undefined, so the
 * latest published year is shown and no data-quality note is made.
 */
function yearOf(result: IndicatorResult, report: IndicatorReport): number | undefined {
  if (result.data === 'ssda903') return reportingYear(report.year);
  return result.data === 'cin-census' ? reportingYear(report.census) : undefined;
}

/** The comparators of one council-wide indicator, if it has a published measure. */
export function comparatorsOf(
  result: IndicatorResult,
  report: IndicatorReport,
  dataset: ComparatorDataset,
  la: DatasetLa | undefined,
): IndicatorComparators | undefined {
  const mapping = mappingFor(result.id);
  const definition = mapping === undefined ? undefined : measureById(mapping.measure);
  if (mapping === undefined || definition === undefined) return undefined;
  // The 903 and census indicators are for a year; compare with DfE's figure for it.
  const year = yearOf(result, report);
  const comparison = compareMeasure(dataset, definition, la, year);
  if (comparison === undefined) return undefined;
  const { id, ...rest } = comparison;
  const note = mapping.sameDefinition
    ? dataQuality(result, comparison, year, mapping, definition.decimals)
    : undefined;
  return {
    measure: id,
    ...rest,
    differs: mapping.differs,
    ...(note === undefined ? {} : { dataQuality: note }),
  };
}

/**
 * The report with `comparators` on each council-wide indicator that has a
 * published measure, for the council with DfE LA number `laCode`. Provider
 * figures are left as they are: DfE publishes figures for councils only.
 */
export function withComparators(
  report: IndicatorReport,
  dataset: ComparatorDataset,
  laCode: string,
): IndicatorReport {
  const la = findLa(dataset, laCode);
  return {
    ...report,
    indicators: report.indicators.map((result) => {
      if (result.scope !== 'council') return result;
      const comparators = comparatorsOf(result, report, dataset, la);
      return comparators === undefined ? result : { ...result, comparators };
    }),
  };
}
