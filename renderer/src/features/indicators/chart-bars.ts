import type { ChartBar } from './bar-chart-layout';
import { formatFigure, hasValue, noDataReason } from './format-value';
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
