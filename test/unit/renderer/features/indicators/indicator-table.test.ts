import { describe, expect, it } from 'vitest';
import { computeIndicators, INDICATORS } from '../../../../../shared/records/indicators';
import {
  indicatorColumns,
  indicatorGroups,
} from '../../../../../renderer/src/features/indicators/indicator-table';
import { away, council, episode, provider } from '../../../shared/records/indicators/builders';

// The real engine on a small council: two children, one placed three times,
// one missing. Provider p1 holds child B's records; p2 has no 903 tables.
const b = [
  episode('B', '01/01/2017', '01/06/2017', { rne: 'S' }),
  episode('B', '01/06/2017', '01/09/2017', { rne: 'P' }),
  episode('B', '01/09/2017', '', { rne: 'P' }),
];
const report = computeIndicators(
  [
    provider('p1', { Episodes: b, Missing: [away('B', 'M', '01/08/2017')] }),
    council({ Episodes: [episode('A', '01/01/2016', '', { rne: 'S' }), ...b] }),
    provider('p2', {}),
  ],
  { year: 2017 },
);

describe('indicatorColumns', () => {
  it('puts the council first, then each provider in the order the engine gives them', () => {
    expect(indicatorColumns(report).map((c) => [c.scope, c.kind])).toEqual([
      ['council', 'council'],
      ['p1', 'provider'],
      ['p2', 'provider'],
    ]);
  });

  it('names each column after its council or provider', () => {
    expect(indicatorColumns(report)[0]?.name).toBe('Wessex County Council');
  });
});

describe('indicatorGroups', () => {
  const columns = indicatorColumns(report);
  const groups = indicatorGroups(report, columns);

  it('groups the SSDA903 indicators before the Annex A and CIN census ones, each in catalogue order', () => {
    expect(groups.map((g) => g.data)).toEqual(['ssda903', 'annex-a', 'cin-census']);
    expect(groups.flatMap((g) => g.rows.map((r) => r.id))).toEqual(INDICATORS.map((i) => i.id));
  });

  it('gives each row one cell per column, from that column’s own records', () => {
    const stability = groups[0]?.rows.find((r) => r.id === 'placement-stability-3-plus');
    expect(stability?.cells.map((c) => c?.scope)).toEqual(['council', 'p1', 'p2']);
    // Council: A (1 placement) and B (3), both in care at 31 March; p1: B only.
    expect(stability?.cells.map((c) => [c?.numerator, c?.denominator])).toEqual([
      [1, 2],
      [1, 1],
      [null, null],
    ]);
    expect(stability?.cells[2]?.available).toBe(false);
  });

  it('carries each indicator’s definition and source from the engine', () => {
    const row = groups[1]?.rows[0];
    expect(row?.definition).toMatch(/placed out of the council/);
    expect(row?.source).toMatch(/Annex A/);
  });

  it('leaves a cell empty where the engine gave a column no result', () => {
    const partial = {
      ...report,
      indicators: report.indicators.filter(
        (r) => !(r.scope === 'p2' && r.id === 'placement-stability-3-plus'),
      ),
    };
    const row = indicatorGroups(partial)[0]?.rows[0];
    expect(row?.cells[2]).toBeUndefined();
    expect(row?.cells[1]?.scope).toBe('p1');
  });

  it('has no groups when there are no results', () => {
    expect(indicatorGroups({ ...report, indicators: [] })).toEqual([]);
  });
});

describe('indicatorColumns with the workbook’s providers', () => {
  it('adds a column for each delegated provider with no records, after those with records', () => {
    const columns = indicatorColumns(report, [
      { id: 'p3', name: 'Keystone Family Support Ltd' },
      { id: 'p1', name: 'Renamed since' },
    ]);
    expect(columns.map((c) => c.scope)).toEqual(['council', 'p1', 'p2', 'p3']);
    expect(columns[3]).toEqual({
      scope: 'p3',
      name: 'Keystone Family Support Ltd',
      kind: 'provider',
    });
    const row = indicatorGroups(report, columns)[0]?.rows[0];
    expect(row?.cells[3]).toBeUndefined();
  });
});
