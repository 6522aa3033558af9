import type { ChartBar, ChartMark } from './bar-chart-layout';
import { formatFigure, formatPercent, hasValue, noDataReason } from './format-value';
import type { IndicatorColumn, IndicatorRow } from './indicator-table';

/**
 * The bars for one indicator: the council, then each provider, as the table's
 * columns. A missing bar says why, as the table's cell does.
 */
export function chartBars(row: IndicatorRow, columns: readonly IndicatorColumn[]): ChartBar[] {
  return columns.map((column, index) => {
    const cell = row.cells[index];
    return {
      label: column.kind === 'council' ? `${column.name} (council, all records)` : column.name,
      value: hasValue(cell) ? cell.value : null,
      text: hasValue(cell)
        ? formatFigure(cell)
        : `${formatFigure(cell)} (${(noDataReason(cell) ?? '').toLowerCase()})`,
      council: column.kind === 'council',
    };
  });
}

/**
 * The published figures to mark on an indicator's chart: England, the
 * council's region and its statistical neighbours' average, each where DfE
 * published it (the year is in the text).
 */
export function chartMarks(row: IndicatorRow): ChartMark[] {
  const c = row.comparators;
  if (c === undefined || c.unit !== 'percent') return [];
  const year = c.year === null ? '' : ` (DfE, ${c.year})`;
  const marks: [string, number | null][] = [
    ['England', c.england.value],
    ['Region', c.region.value],
    ['Statistical neighbours, average', c.neighbours.average],
  ];
  return marks.flatMap(([label, value]) =>
    value === null ? [] : [{ label, value, text: `${formatPercent(value)}${year}` }],
  );
}
