import { describe, expect, it } from 'vitest';
import {
  computeIndicators,
  indexIndicatorSources,
  indicatorsFromIndex,
  INDICATORS,
} from '../../../../../shared/records/indicators';
import { away, council, episode, find, header, provider, ratio } from './builders';

const options = { year: 2017 }; // 01/04/2017 – 31/03/2018

// A (council only), B (council and provider p1, same rows), C (providers p1 and p2).
const a = [episode('A', '01/01/2016', '', { rne: 'S' })];
const b = [
  episode('B', '01/01/2017', '01/06/2017', { rne: 'S' }),
  episode('B', '01/06/2017', '01/09/2017', { rne: 'P' }),
  episode('B', '01/09/2017', '', { rne: 'P' }),
];
const cFirstHalf = [
  episode('C', '01/05/2017', '01/07/2017', { rne: 'S' }),
  episode('C', '01/07/2017', '01/10/2017', { rne: 'P' }),
];
const cSecondHalf = [
  episode('C', '01/07/2017', '01/10/2017', { rne: 'P' }),
  episode('C', '01/10/2017', '', { rne: 'P' }),
];

describe('council and provider scopes', () => {
  const report = computeIndicators(
    [
      council({ Episodes: [...a, ...b], Missing: [away('B', 'M', '01/08/2017')] }),
      provider('p1', { Episodes: [...b, ...cFirstHalf], Missing: [away('B', 'M', '01/08/2017')] }),
      provider('p2', { Episodes: cSecondHalf }),
    ],
    options,
  );

  it('computes each provider from its own records', () => {
    // p1: B (3 placements, at 31 March) and C (left on 01/10/2017 as far as p1 knows).
    expect(ratio(report, 'placement-stability-3-plus', 'p1')).toEqual([1, 1]);
    // p2: C's episodes from 01/07/2017 — 2 placements on its records.
    expect(ratio(report, 'placement-stability-3-plus', 'p2')).toEqual([0, 1]);
  });

  it('counts each child once for the council, pooling the records held about them', () => {
    // A (1 placement), B (3: the rows p1 repeats are not counted twice), C (3 across p1 and p2).
    expect(ratio(report, 'placement-stability-3-plus')).toEqual([2, 3]);
    expect(ratio(report, 'missing-children')).toEqual([1, 3]);
  });

  it('lists the council first, then providers in input order, each with the whole catalogue', () => {
    const scopes = [...new Set(report.indicators.map((item) => item.scope))];
    expect(scopes).toEqual(['council', 'p1', 'p2']);
    expect(report.indicators).toHaveLength(3 * INDICATORS.length);
    expect(find(report, 'missing-children', 'p1').scopeName).toBe('Provider p1');
    expect(find(report, 'missing-children').scopeName).toBe('Wessex County Council');
  });

  it('marks as not available what a scope did not import', () => {
    // p2 imported no Missing table.
    const result = find(report, 'missing-children', 'p2');
    expect(result).toMatchObject({
      available: false,
      numerator: null,
      denominator: null,
      value: null,
    });
    expect(result.reason).toMatch(/Missing/);
  });

  it('pools several sources of one provider', () => {
    const pooled = computeIndicators(
      [provider('p', { Episodes: cFirstHalf }), provider('p', { Episodes: cSecondHalf })],
      options,
    );
    expect(ratio(pooled, 'placement-stability-3-plus', 'p')).toEqual([1, 1]);
    expect(new Set(pooled.indicators.map((item) => item.scope))).toEqual(new Set(['council', 'p']));
  });

  it('refuses a provider whose id is "council"', () => {
    expect(() => computeIndicators([provider('council', { Episodes: a })])).toThrow(RangeError);
  });
});

const reviewAt = (child: string, dob: string) => ({
  row: 2,
  values: { CHILD: child, DOB: dob, REVIEW: '01/06/2017', REVIEW_CODE: 'PN1' },
});

describe('collection year and list date', () => {
  const episodes = [
    episode('Y1', '01/01/2016', '02/04/2017', { rne: 'S' }),
    episode('Y1', '02/04/2017', '01/01/2018', { rne: 'P' }),
    episode('Y2', '01/06/2017', '01/03/2018', { rne: 'S' }),
    episode('Y3', '01/06/2017', '01/04/2018', { rne: 'S' }), // a DEC after the year, as in the fixture
  ];

  it('takes the April–March year holding most DEC dates', () => {
    const report = computeIndicators([council({ Episodes: episodes })]);
    expect(report.year).toEqual({
      label: '2017/18',
      start: '2017-04-01',
      end: '2018-03-31',
      detected: true,
    });
  });

  it('takes the year of the latest DECOM when no episode has ended', () => {
    const report = computeIndicators([
      council({ Episodes: [episode('Z', '15/02/2019', '', { rne: 'S' })] }),
    ]);
    expect(report.year?.label).toBe('2018/19');
  });

  it('recomputes from one index for any year, as from the rows', () => {
    const sources = [council({ Episodes: episodes })];
    const index = indexIndicatorSources(sources);
    for (const year of [2016, 2017, 2018]) {
      expect(indicatorsFromIndex(index, { year })).toEqual(computeIndicators(sources, { year }));
    }
  });

  it('uses the year the caller sets', () => {
    const report = computeIndicators([council({ Episodes: episodes })], { year: 2016 });
    expect(report.year).toMatchObject({ label: '2016/17', detected: false });
  });

  it('has no year, and says so per indicator, without usable 903 dates', () => {
    const report = computeIndicators([council({ Episodes: [episode('Q', 'soon', '')] })]);
    expect(report.year).toBeNull();
    expect(find(report, 'placement-stability-3-plus').reason).toMatch(/collection year/);
    expect(report.notes).toEqual([
      'Wessex County Council: 1 Episodes row left out of the indicators (no CHILD, or no usable date).',
    ]);
  });

  it('refuses a list date that is not a date, and a year that is not a year', () => {
    expect(() => computeIndicators([], { asAt: '31/02/2024' })).toThrow(RangeError);
    expect(() => computeIndicators([], { year: 17 })).toThrow(/2017 for 2017\/18/);
    expect(() => computeIndicators([], { year: 2017.5 })).toThrow(RangeError);
  });

  it('returns the catalogue for the council, all unavailable, with no sources', () => {
    const report = computeIndicators([]);
    expect(report.indicators).toHaveLength(INDICATORS.length);
    expect(report.indicators.every((item) => !item.available)).toBe(true);
    expect(report.asAt).toBeNull();
    expect(find(report, 'dental-check').scopeName).toBe('Council');
  });

  it('gives every indicator a source and a definition', () => {
    for (const definition of INDICATORS) {
      expect(definition.source.length).toBeGreaterThan(10);
      expect(definition.definition.length).toBeGreaterThan(30);
    }
    expect(new Set(INDICATORS.map((item) => item.id)).size).toBe(INDICATORS.length);
  });

  it('takes DOB from Header over other tables, and from them when Header lacks the child', () => {
    const longTerm = [
      episode('D1', '01/01/2015', '', { rne: 'S' }),
      episode('D2', '01/01/2015', '', { rne: 'S' }),
    ];
    const report = computeIndicators(
      [
        council({
          // D1: Header says 8 (counted); its review row says 18. D2: no Header row; review row says 8.
          Header: [header('D1', '01/01/2010')],
          Episodes: longTerm,
          Reviews: [reviewAt('D1', '01/01/2000'), reviewAt('D2', '01/01/2010')],
        }),
      ],
      options,
    );
    expect(ratio(report, 'placement-stability-long-term')).toEqual([2, 2]);
  });
});
