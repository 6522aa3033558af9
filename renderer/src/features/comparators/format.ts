import type { Figure } from '../../../../shared/comparators/compare';
import type { MeasureUnit } from '../../../../shared/comparators/measures';

const oneDecimal = new Intl.NumberFormat('en-GB', { maximumFractionDigits: 1 });

/** A published number in its unit: `8%`, `81 per 10,000`, `15.2`. */
export function formatMeasure(unit: MeasureUnit, value: number): string {
  if (unit === 'percent') return `${oneDecimal.format(value)}%`;
  return unit === 'rate-per-10000'
    ? `${oneDecimal.format(value)} per 10,000`
    : oneDecimal.format(value);
}

/** A figure as a cell's text: the number, or `Not published`. */
export function figureText(unit: MeasureUnit, figure: Figure): string {
  return figure.value === null ? 'Not published' : formatMeasure(unit, figure.value);
}

/**
 * The words under a figure: why DfE did not publish it (with its symbol, as
 * the DfE files print it), or the note on a combined figure.
 */
export function figureHint(figure: Figure): string | undefined {
  if (figure.value !== null) return figure.note;
  if (figure.reason === undefined) return undefined;
  return figure.symbol === undefined ? figure.reason : `${figure.symbol}: ${figure.reason}`;
}
