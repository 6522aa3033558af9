import { describe, expect, it } from 'vitest';
import { bundledComparators } from '../../../../shared/comparators/bundled';
import { tolerance, withComparators } from '../../../../shared/comparators/indicator-comparators';
import { INDICATOR_MEASURES } from '../../../../shared/comparators/mapping';
import { CIN_NOT_MAPPED } from '../../../../shared/comparators/mapping-cin';
import { measureById } from '../../../../shared/comparators/measures';
import type { IndicatorReport, IndicatorResult } from '../../../../shared/records/indicators';
import { INDICATORS } from '../../../../shared/records/indicators';
import { CIN_INDICATORS } from '../../../../shared/records/indicators/catalogue-cin';
import { rows, type Row } from './published-csv';

/*
 * The CIN census indicators beside DfE's children in need figures: each
 * figure shown is held to the DfE CSV read here with the test's own parser,
 * for every 10th council of the referrals file, for a census year that is
 * not the latest published (so the year is chosen, not defaulted).
 */

const dataset = bundledComparators();

/** Each mapped CIN indicator: the DfE file and column its comparator must equal. */
const PUBLISHED: Record<string, [string, string]> = {
  'cin-rereferrals-12-months': [
    'c1_children_in_need_referrals_and_rereferrals_2013_to_2025.csv',
    'rereferral_percent',
  ],
  'cin-cpp-second-subsequent': [
    'd3_cpps_subsequent_plan_2013_to_2025.csv',
    'CPP_subsequent_percent',
  ],
  'cin-cpp-2-years-ceasing': [
    'd5_cpps_at31march_by_duration_2013_to_2025.csv',
    '2_years_or_more_percent',
  ],
};

function result(id: string, over: Partial<IndicatorResult> = {}): IndicatorResult {
  return {
    id,
    label: id,
    scope: 'council',
    scopeName: 'The council',
    numerator: 100,
    denominator: 500,
    value: 20,
    unit: 'percent',
    source: 's',
    definition: 'd',
    data: 'cin-census',
    available: true,
    ...over,
  };
}

/** A report with only a census year (no 903 year): the census ending 31 March `census`. */
function report(indicators: IndicatorResult[], census: number): IndicatorReport {
  return {
    year: null,
    asAt: null,
    census: {
      label: `${census - 1}/${String(census % 100).padStart(2, '0')}`,
      start: `${census - 1}-04-01`,
      end: `${census}-03-31`,
      detected: true,
    },
    indicators,
    notes: [],
  };
}

function rowOf(file: string, year: number, where: Row): Row | undefined {
  return rows(file).find(
    (r) => r['time_period'] === String(year) && Object.entries(where).every(([k, v]) => r[k] === v),
  );
}

/** What a shown figure must be for a cell of the file: its number, or null with the symbol. */
function expected(row: Row | undefined, column: string): { value: number | null; symbol?: string } {
  const text = row?.[column];
  if (text === undefined) return { value: null };
  return /^-?\d+(\.\d+)?$/.test(text) ? { value: Number(text) } : { value: null, symbol: text };
}

const c1 = 'c1_children_in_need_referrals_and_rereferrals_2013_to_2025.csv';
const YEAR = 2024;
const laCodes = [
  ...new Set(
    rows(c1).flatMap((r) =>
      r['time_period'] === String(YEAR) && /^\d{3}$/.test(r['old_la_code'] ?? '')
        ? [r['old_la_code'] ?? '']
        : [],
    ),
  ),
].sort();
const picked = laCodes.filter((_, i) => i % 10 === 0);

describe('the CIN census indicators beside their published comparators', () => {
  it('gives every CIN indicator a mapping or a reason for none, and maps only percentages to percentages', () => {
    const mapped = new Set(INDICATOR_MEASURES.map((m) => m.indicator));
    for (const definition of CIN_INDICATORS) {
      const reason = CIN_NOT_MAPPED[definition.id];
      expect(mapped.has(definition.id) !== (reason !== undefined), definition.id).toBe(true);
    }
    expect(Object.keys(PUBLISHED).sort()).toEqual(
      INDICATOR_MEASURES.filter((m) => m.indicator.startsWith('cin-'))
        .map((m) => m.indicator)
        .sort(),
    );
    // Never a count beside a percentage or a rate: every mapped indicator and its measure are percentages.
    for (const mapping of INDICATOR_MEASURES) {
      const definition = INDICATORS.find((d) => d.id === mapping.indicator);
      expect(definition?.unit ?? 'percent', mapping.indicator).toBe('percent');
      expect(measureById(mapping.measure)?.unit, mapping.measure).toBe('percent');
    }
    expect(CIN_NOT_MAPPED['cin-referrals']).toContain('per 10,000');
  });

  it('picks councils from the file, not by hand', () => {
    expect(laCodes.length).toBeGreaterThan(150);
    expect(picked.length).toBeGreaterThanOrEqual(15);
  });

  it.each(picked)('LA %s: the census year’s figures are the published ones', (code) => {
    const out = withComparators(
      report(
        Object.keys(PUBLISHED).map((id) => result(id)),
        YEAR,
      ),
      dataset,
      code,
    );
    for (const shown of out.indicators) {
      const [file, column] = PUBLISHED[shown.id] ?? [];
      if (file === undefined || column === undefined) throw new Error(shown.id);
      const c = shown.comparators;
      expect(c?.year, shown.id).toBe(YEAR);
      const own = rowOf(file, YEAR, { old_la_code: code });
      const what = `${code} ${shown.id}`;
      expect({ value: c?.la.value, symbol: c?.la.symbol }, what).toEqual(expected(own, column));
      const england = rowOf(file, YEAR, { geographic_level: 'National' });
      expect(c?.england.value, `${what} England`).toBe(expected(england, column).value);
      const region = rowOf(file, YEAR, {
        geographic_level: 'Regional',
        region_code: own?.['region_code'] ?? '',
      });
      expect(region, what).toBeDefined();
      expect({ value: c?.region.value, symbol: c?.region.symbol }, `${what} region`).toEqual(
        expected(region, column),
      );
      expect(c?.neighbours.each).toHaveLength(10);
      for (const n of c?.neighbours.each ?? []) {
        const theirs = rowOf(file, YEAR, { old_la_code: n.code });
        // A neighbour formed after the year (Cumberland, say) has no row: not published.
        const want = expected(theirs, column);
        expect({ value: n.value, symbol: n.symbol }, `${what} neighbour ${n.code}`).toEqual(want);
      }
    }
  });

  it('shows a suppressed figure as not published, with its reason, and makes no note of it', () => {
    const [file, column] = PUBLISHED['cin-cpp-second-subsequent'] ?? ['', ''];
    const suppressed = rows(file).find(
      (r) =>
        r['geographic_level'] === 'Local authority' &&
        r['time_period'] === String(YEAR) &&
        !/^\d/.test(r[column] ?? '') &&
        /^\d{3}$/.test(r['old_la_code'] ?? ''),
    );
    const code = suppressed?.['old_la_code'];
    if (code === undefined) throw new Error('no suppressed figure in the file');
    const out = withComparators(
      report([result('cin-cpp-second-subsequent', { value: 90 })], YEAR),
      dataset,
      code,
    );
    const c = out.indicators[0]?.comparators;
    expect(c?.la.value).toBeNull();
    expect(c?.la.symbol).toBe(suppressed?.[column]);
    expect(c?.la.reason ?? '').not.toBe('');
    expect(c?.dataQuality).toBeUndefined();
  });

  describe('the data-quality note', () => {
    // Bristol (801), the year ending 31 March 2024, as the files print it.
    const rereferral = Number(rowOf(c1, YEAR, { old_la_code: '801' })?.['rereferral_percent']);
    const second = Number(
      rowOf('d3_cpps_subsequent_plan_2013_to_2025.csv', YEAR, { old_la_code: '801' })?.[
        'CPP_subsequent_percent'
      ],
    );
    const note = (id: string, value: number, census = YEAR) =>
      withComparators(report([result(id, { value, denominator: 1000 })], census), dataset, '801')
        .indicators[0]?.comparators?.dataQuality;

    it('allows half the last published place and one referral or plan', () => {
      // 1,000 referrals: 0.05 + 0.1 = 0.15 points.
      expect(tolerance(1000, 1)).toBe(0.15);
      expect(tolerance(500)).toBe(0.7);
      expect(Number.isFinite(rereferral) && Number.isFinite(second)).toBe(true);
    });

    it('fires for re-referrals above the published figure beyond the tolerance, not within it', () => {
      expect(note('cin-rereferrals-12-months', rereferral + 0.1)).toBeUndefined();
      const beyond = note('cin-rereferrals-12-months', Math.round((rereferral + 0.2) * 10) / 10);
      expect(beyond).toMatchObject({ year: YEAR, published: rereferral, tolerance: 0.15 });
      expect(beyond?.message).toContain('one referral can explain');
    });

    it('makes no note of re-referrals below the published figure: last year’s census may be missing', () => {
      expect(note('cin-rereferrals-12-months', rereferral - 5)).toBeUndefined();
    });

    it('fires for second plans beyond the tolerance either way', () => {
      expect(note('cin-cpp-second-subsequent', second - 0.1)).toBeUndefined();
      expect(note('cin-cpp-second-subsequent', second - 0.5)?.message).toContain(
        'one plan can explain',
      );
      expect(note('cin-cpp-second-subsequent', second + 0.5)?.difference).toBe(0.5);
    });

    it('never fires where the definitions differ, or for a census year DfE has not published', () => {
      expect(note('cin-cpp-2-years-ceasing', 60)).toBeUndefined();
      // A 2025/26 census: DfE's latest is 2025, another year, so nothing is compared.
      const later = withComparators(
        report([result('cin-cpp-second-subsequent', { value: 99 })], 2026),
        dataset,
        '801',
      ).indicators[0]?.comparators;
      expect(later?.year).toBe(2025);
      expect(later?.dataQuality).toBeUndefined();
    });
  });
});
