import { describe, expect, it } from 'vitest';
import { bundledComparators } from '../../../../shared/comparators/bundled';
import { tolerance, withComparators } from '../../../../shared/comparators/indicator-comparators';
import { INDICATOR_MEASURES } from '../../../../shared/comparators/mapping';
import { MEASURES } from '../../../../shared/comparators/measures';
import type { IndicatorReport, IndicatorResult } from '../../../../shared/records/indicators';
import { INDICATORS } from '../../../../shared/records/indicators';

const dataset = bundledComparators();
// Bristol (801): its published share with 3+ placements in the year ending 31 March 2025.
const published = dataset.measures.find((m) => m.id === 'placements-3-plus');
const year2025 = published?.years.indexOf(2025) ?? -1;
const bristol = published?.values['801']?.[year2025];

function result(over: Partial<IndicatorResult>): IndicatorResult {
  return {
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
    ...over,
  };
}

function report(indicators: IndicatorResult[], end = '2025-03-31'): IndicatorReport {
  return {
    year: { label: '2024/25', start: '2024-04-01', end, detected: true },
    asAt: null,
    census: null,
    indicators,
    notes: [],
  };
}

describe('indicators beside their published comparators', () => {
  it('maps only indicators the engine has to measures the dataset has', () => {
    const ids = new Set(INDICATORS.map((i) => i.id));
    for (const m of INDICATOR_MEASURES) {
      expect(ids.has(m.indicator), m.indicator).toBe(true);
      expect(
        MEASURES.some((d) => d.id === m.measure),
        m.measure,
      ).toBe(true);
    }
  });

  it('adds England, region, neighbours and the published figure for the same year, to council figures only', () => {
    expect(bristol).toBe(8);
    const out = withComparators(
      report([result({}), result({ scope: 'p1', scopeName: 'Provider' })]),
      dataset,
      '801',
    );
    const [council, provider] = out.indicators;
    expect(council?.comparators?.measure).toBe('placements-3-plus');
    expect(council?.comparators?.year).toBe(2025);
    expect(council?.comparators?.la.value).toBe(8);
    expect(council?.comparators?.neighbours.each).toHaveLength(10);
    expect(council?.comparators?.dataQuality).toBeUndefined();
    expect(provider?.comparators).toBeUndefined();
  });

  it('uses the latest published year when the collection year is not published yet', () => {
    const out = withComparators(report([result({})], '2027-03-31'), dataset, '801');
    expect(out.indicators[0]?.comparators?.year).toBe(2025);
    // Different years: no data-quality comparison, however far apart.
    const far = withComparators(report([result({ value: 40 })], '2027-03-31'), dataset, '801');
    expect(far.indicators[0]?.comparators?.dataQuality).toBeUndefined();
  });

  it('flags a computed figure beyond rounding and one child from the published one, for the same year', () => {
    // 500 children: tolerance 0.5 + 0.2 = 0.7 points. 8.7 is within it, 8.8 is not.
    expect(tolerance(500)).toBe(0.7);
    const within = withComparators(report([result({ value: 8.7 })]), dataset, '801');
    expect(within.indicators[0]?.comparators?.dataQuality).toBeUndefined();
    const beyond = withComparators(report([result({ value: 8.8, numerator: 44 })]), dataset, '801');
    expect(beyond.indicators[0]?.comparators?.dataQuality).toMatchObject({
      year: 2025,
      computed: 8.8,
      published: 8,
      difference: 0.8,
      tolerance: 0.7,
    });
    expect(beyond.indicators[0]?.comparators?.dataQuality?.message).toContain('DfE published 8%');
  });

  it('makes no data-quality note where the definitions differ (Annex A, social worker changes)', () => {
    const annexA = result({ id: 'list8-placements-3-plus', data: 'annex-a', value: 30 });
    const out = withComparators(report([annexA]), dataset, '801');
    expect(out.indicators[0]?.comparators?.differs).toContain('Annex A');
    expect(out.indicators[0]?.comparators?.dataQuality).toBeUndefined();
  });

  it('shows England alone for a council the DfE files do not have', () => {
    const out = withComparators(report([result({})]), dataset, '899');
    const c = out.indicators[0]?.comparators;
    expect(c?.england.value).not.toBeNull();
    expect(c?.la).toEqual({ value: null, reason: 'the council is not in the DfE files' });
    expect(c?.neighbours.each).toEqual([]);
  });
});
