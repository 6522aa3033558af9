import { describe, expect, it } from 'vitest';
import { bundledComparators } from '../../../../../shared/comparators/bundled';
import { withComparators } from '../../../../../shared/comparators/indicator-comparators';
import type { IndicatorReport } from '../../../../../shared/records/indicators';
import {
  describeBarChart,
  layoutBarChart,
} from '../../../../../renderer/src/features/indicators/bar-chart-layout';
import { chartMarks } from '../../../../../renderer/src/features/indicators/chart-bars';
import { indicatorGroups } from '../../../../../renderer/src/features/indicators/indicator-table';

const computed: IndicatorReport = {
  year: { label: '2024/25', start: '2024-04-01', end: '2025-03-31', detected: true },
  asAt: null,
  census: null,
  indicators: [
    {
      id: 'placement-stability-3-plus',
      label: 'Children with 3 or more placements in the year',
      scope: 'council',
      scopeName: 'Bristol',
      numerator: 40,
      denominator: 500,
      value: 8,
      unit: 'percent',
      source: 's',
      definition: 'd',
      data: 'ssda903',
      available: true,
    },
  ],
  notes: [],
};

describe('comparator marks on the Indicators chart', () => {
  it('marks England, the region and the neighbours, says each in the text alternative, and places them', () => {
    const report = withComparators(computed, bundledComparators(), '801');
    const [group] = indicatorGroups(report);
    const row = group?.rows[0];
    if (row === undefined) throw new Error('no row');
    const c = row.comparators;
    const marks = chartMarks(row);
    expect(marks.map((m) => [m.label, m.value])).toEqual([
      ['England', c?.england.value],
      ['Region', c?.region.value],
      ['Statistical neighbours, average', c?.neighbours.average],
    ]);
    expect(marks[0]?.text).toBe(`${c?.england.value}% (DfE, 2025)`);
    const bars = [{ label: 'Bristol', value: 8, text: '8% (40 / 500)', council: true }];
    expect(describeBarChart('t', bars, marks)).toContain(
      `dashed line: England, ${c?.england.value}%`,
    );
    const layout = layoutBarChart(bars, marks);
    const tenPercent = layout.left + ((layout.right - layout.left) * (c?.england.value ?? 0)) / 100;
    expect(layout.marks[0]?.x).toBeCloseTo(tenPercent, 0);
    expect(new Set(layout.marks.map((m) => m.dash)).size).toBe(3);
  });

  it('has no marks for an indicator without a published measure', () => {
    const [group] = indicatorGroups(computed);
    const row = group?.rows[0];
    if (row === undefined) throw new Error('no row');
    expect(chartMarks(row)).toEqual([]);
  });
});
