import { describe, expect, it } from 'vitest';
import type { IndicatorResult } from '../../../../../shared/records/indicators';
import { chartBars } from '../../../../../renderer/src/features/indicators/chart-bars';
import type {
  IndicatorColumn,
  IndicatorRow,
} from '../../../../../renderer/src/features/indicators/indicator-table';

const result = (
  scope: string,
  numerator: number | null,
  denominator: number | null,
  value: number | null,
): IndicatorResult => ({
  id: 'care-leavers-in-touch',
  label: 'Care leavers in touch',
  scope,
  scopeName: scope,
  numerator,
  denominator,
  value,
  unit: 'percent',
  source: 'DfE',
  definition: 'Care leavers aged 19 to 21 in touch.',
  data: 'ssda903',
  available: denominator !== null,
});

const columns: IndicatorColumn[] = [
  { scope: 'council', name: 'Wessex County Council', kind: 'council' },
  { scope: 'p1', name: 'Wessex Children’s Trust', kind: 'provider' },
  { scope: 'p2', name: 'Harbour Practice', kind: 'provider' },
];

const row: IndicatorRow = {
  id: 'care-leavers-in-touch',
  label: 'Care leavers in touch',
  data: 'ssda903',
  unit: 'percent',
  source: 'DfE',
  definition: 'Care leavers aged 19 to 21 in touch.',
  cells: [result('council', 3, 4, 75), result('p1', 0, 0, null), undefined],
};

describe('chartBars', () => {
  it('gives a bar per column, council first and marked as the whole council', () => {
    expect(chartBars(row, columns)).toEqual([
      {
        label: 'Wessex County Council (council, all records)',
        value: 75,
        text: '75% (3 / 4)',
        council: true,
      },
      {
        label: 'Wessex Children’s Trust',
        value: null,
        text: 'No data (no children to count)',
        council: false,
      },
      {
        label: 'Harbour Practice',
        value: null,
        text: 'No data (records not imported)',
        council: false,
      },
    ]);
  });
});
