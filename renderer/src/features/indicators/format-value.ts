import type { IndicatorResult } from '../../../../shared/records/indicators';

/** The part of a result a figure is written from. */
export type Figure = Pick<
  IndicatorResult,
  'value' | 'numerator' | 'denominator' | 'available' | 'unit'
>;

const counts = new Intl.NumberFormat('en-GB');
// The engine rounds to one decimal place, as DfE publishes these measures.
const percents = new Intl.NumberFormat('en-GB', { maximumFractionDigits: 1 });

/** `62.5%`: a percentage as the engine rounded it. */
export function formatPercent(value: number): string {
  return `${percents.format(value)}%`;
}

/**
 * Whether a figure has a value to show: an available percentage with
 * children in its denominator, or an available count.
 */
export function hasValue(figure: Figure | undefined): figure is Figure & { value: number } {
  if (figure === undefined || !figure.available || figure.value === null) return false;
  if (figure.unit === 'count') return true;
  return figure.denominator !== null && figure.denominator > 0;
}

/**
 * `62.5% (25 / 40)`: the value with the children counted in its numerator and
 * denominator, so a reader can tell 1 of 2 from 500 of 1,000. Without a
 * denominator (records not imported, or no child to count) there is no value
 * to give: `No data`, never `NaN%`.
 */
export function formatFigure(figure: Figure | undefined): string {
  if (!hasValue(figure)) return 'No data';
  // A count (referrals in the year) is the number itself: no percentage, no denominator.
  if (figure.unit === 'count') return counts.format(figure.value);
  return `${formatPercent(figure.value)} (${counts.format(figure.numerator ?? 0)} / ${counts.format(figure.denominator ?? 0)})`;
}

/** Why a figure shows `No data`, in a few words; undefined when it has a value. */
export function noDataReason(figure: Figure | undefined): string | undefined {
  if (hasValue(figure)) return undefined;
  if (figure === undefined || !figure.available) return 'Records not imported';
  return 'No children to count';
}

/**
 * The figure with no-break spaces inside its `(25 / 40)`, so a narrow column
 * breaks the line after the percentage, never between the two counts.
 */
export function keepCountsTogether(text: string): string {
  return text.replace(/ \/ /g, '\u00a0/\u00a0');
}
