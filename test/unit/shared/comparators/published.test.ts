import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { bundledComparators } from '../../../../shared/comparators/bundled';
import { councilComparators, type Figure } from '../../../../shared/comparators/compare';

/*
 * Holds every comparator shown to the published figure, reading the DfE CSVs
 * here with a parser of the test's own and the measures' rows and columns
 * written out again below (not taken from the build), for LAs the test picks:
 * every 10th LA number in sorted order.
 */
import { dir, fields, rows, type Row } from './published-csv';

const CLA = 'la_cla_placement_stability.csv';
const LEAVERS = 'la_care_leavers_activity.csv';
const ACCOMMODATION = 'la_care_leavers_accommodation_suitability.csv';
const WORKFORCE = 'csww_indicators_2017_to_2025.csv';
/** Each measure: its file, the rows' breakdown values and the figure's column, as published. */
const PUBLISHED: Record<string, [string, Row, string]> = {
  'cla-rate': [
    'cla_number_and_rate_per_10k_children.csv',
    { population_type: 'Children looked after on 31 March each year' },
    'rate_per_10000',
  ],
  'cla-starting-rate': [
    'cla_number_and_rate_per_10k_children.csv',
    { population_type: 'Children starting to be looked after each year' },
    'rate_per_10000',
  ],
  'placements-3-plus': [
    CLA,
    {
      cla_group: 'CLA on 31 March',
      placement_stability: 'With 3 or more placements during the year',
    },
    'children_percent',
  ],
  'placement-long-term': [
    CLA,
    { placement_stability: 'Living with the same carer for at least 2 years' },
    'children_percent',
  ],
  'new-placements-far-outside': [
    'la_cla_during_year_new_placements.csv',
    { breakdown: 'Placed outside LA boundary more than 20 miles from home' },
    'children_percent',
  ],
  'social-workers-3-plus': [
    'la_cla_swcount.csv',
    { sw_stability: '3 or more social workers during the year' },
    'percentage',
  ],
  'care-leavers-19-21-eet': [
    LEAVERS,
    { care_leaver_age: '19 to 21 years', breakdown: 'Total in education, employment or training' },
    'care_leaver_percent',
  ],
  'care-leavers-17-18-eet': [
    LEAVERS,
    { care_leaver_age: '17 to 18 years', breakdown: 'Total in education, employment or training' },
    'care_leaver_percent',
  ],
  'care-leavers-19-21-not-known': [
    LEAVERS,
    { care_leaver_age: '19 to 21 years', breakdown: 'Total information not known' },
    'care_leaver_percent',
  ],
  'care-leavers-17-18-not-known': [
    LEAVERS,
    { care_leaver_age: '17 to 18 years', breakdown: 'Total information not known' },
    'care_leaver_percent',
  ],
  'care-leavers-19-21-suitable': [
    ACCOMMODATION,
    { care_leaver_age: '19 to 21 years', breakdown: 'Accommodation considered suitable' },
    'care_leaver_percent',
  ],
  'care-leavers-17-18-suitable': [
    ACCOMMODATION,
    { care_leaver_age: '17 to 18 years', breakdown: 'Accommodation considered suitable' },
    'care_leaver_percent',
  ],
  're-referrals': [
    'c1_children_in_need_referrals_and_rereferrals_2013_to_2025.csv',
    {},
    'rereferral_percent',
  ],
  'referrals-no-further-action': [
    'c1_children_in_need_referrals_and_rereferrals_2013_to_2025.csv',
    {},
    'no_further_action_percent',
  ],
  'cpp-second-or-later': ['d3_cpps_subsequent_plan_2013_to_2025.csv', {}, 'CPP_subsequent_percent'],
  'cpp-2-years-or-more': [
    'd5_cpps_at31march_by_duration_2013_to_2025.csv',
    {},
    '2_years_or_more_percent',
  ],
  'sw-turnover': [WORKFORCE, {}, 'turnover_rate_fte'],
  'sw-agency': [WORKFORCE, {}, 'agency_rate_fte'],
  'sw-vacancy': [WORKFORCE, {}, 'vacancy_rate_fte'],
  'sw-caseload': [WORKFORCE, {}, 'caseload_fte'],
  'sw-absence': [WORKFORCE, {}, 'absence_rate_fte'],
};

const byYear = new Map<string, Row[]>();
function matching(id: string, year: number, where: Row): Row[] {
  const spec = PUBLISHED[id];
  if (spec === undefined) throw new Error(`the test does not know measure ${id}`);
  const [file, filters] = spec;
  const key = `${file} ${year}`;
  const ofYear = byYear.get(key) ?? rows(file).filter((r) => r['time_period'] === String(year));
  byYear.set(key, ofYear);
  return ofYear.filter((r) =>
    Object.entries({ ...filters, ...where }).every(([k, v]) => r[k] === v),
  );
}

/** An LA's row, or the row DfE published for it together with another council (`314 / 318`). */
function laRow(id: string, year: number, code: string): { row?: Row; combined: boolean } {
  const own = matching(id, year, { old_la_code: code })[0];
  if (own !== undefined) return { row: own, combined: false };
  const together = matching(id, year, { geographic_level: 'Local authority' }).find((r) =>
    (r['old_la_code'] ?? '').split(' / ').includes(code),
  );
  return together === undefined ? { combined: false } : { row: together, combined: true };
}

let symbolsSeen = 0;
let combinedSeen = 0;
/** What a figure must be for a published cell: its number, or null with the cell's symbol. */
function expected(row: Row | undefined, column: string): { value: number | null; symbol?: string } {
  const text = row?.[column];
  if (text === undefined) return { value: null };
  if (/^-?\d+(\.\d+)?$/.test(text)) return { value: Number(text) };
  symbolsSeen += 1;
  return { value: null, symbol: text };
}

function expectPublished(figure: Figure, row: Row | undefined, column: string, what: string) {
  const want = expected(row, column);
  expect({ value: figure.value, symbol: figure.symbol }, what).toEqual(want);
  // A figure not published always says why.
  expect(figure.value !== null || (figure.reason ?? '') !== '', what).toBe(true);
}

/** The published ten: the 2025 model, or the April 2021 groupings for an LA the 2025 model lacks. */
function publishedNeighbours(code: string): string[] | undefined {
  const model = rows('sn_model_2025_wide.csv').find((r) => r['old_la_code'] === code);
  if (model !== undefined) return Array.from({ length: 10 }, (_, i) => model[`SN_${i + 1}`] ?? '');
  const lines = readFileSync(
    path.join(dir, 'New_Statistical_Neighbour_Groupings_April_2021.csv'),
    'utf8',
  )
    .split('\n')
    .map(fields);
  const old = lines.find((f) => f[0] === code);
  return old === undefined ? undefined : Array.from({ length: 10 }, (_, i) => old[5 + 2 * i] ?? '');
}

const laCodes = [
  ...new Set(
    rows(CLA).flatMap((r) =>
      /^\d{3}$/.test(r['old_la_code'] ?? '') ? [r['old_la_code'] ?? ''] : [],
    ),
  ),
].sort();
const picked = laCodes.filter((_, i) => i % 10 === 0);

describe('comparators equal the published DfE figures', () => {
  it('picks LAs from the file, not by hand', () => {
    expect(laCodes).toHaveLength(155);
    expect(picked).toHaveLength(16);
  });

  it.each(picked)('LA %s: England, region, the LA, each neighbour and their average', (code) => {
    const dataset = bundledComparators();
    const shown = councilComparators(dataset, code, 'unknown');
    expect(shown.la.code).toBe(code);
    const neighbours = publishedNeighbours(code);
    expect(neighbours).toBeDefined();
    expect(shown.neighbours.map((n) => n.code)).toEqual(neighbours);
    expect(shown.measures.map((m) => m.id).sort()).toEqual(Object.keys(PUBLISHED).sort());
    // The LA's region where a file has no row for it that year (a region is the same in every file).
    const anyRow = Object.values(PUBLISHED)
      .flatMap(([file]) => rows(file))
      .find((r) => r['old_la_code'] === code && r['region_code'] !== '');
    for (const measure of shown.measures) {
      const [, , column] = PUBLISHED[measure.id] ?? [];
      if (column === undefined || measure.year === null) throw new Error(measure.id);
      const what = `${code} ${measure.id} ${measure.year}`;
      const { row: own, combined } = laRow(measure.id, measure.year, code);
      if (combined) combinedSeen += 1;
      expect(measure.la.note !== undefined, `${what} combined`).toBe(combined);
      const regionCode = own?.['region_code'] ?? anyRow?.['region_code'];
      expectPublished(measure.la, own, column, `${what} la`);
      const england = matching(measure.id, measure.year, { geographic_level: 'National' });
      expect(england).toHaveLength(1);
      expectPublished(measure.england, england[0], column, `${what} England`);
      const region = matching(measure.id, measure.year, {
        geographic_level: 'Regional',
        region_code: regionCode ?? '',
      });
      expect(region, what).toHaveLength(1);
      expectPublished(measure.region, region[0], column, `${what} region`);
      expect(measure.neighbours.each.map((n) => n.code)).toEqual(neighbours);
      const values: number[] = [];
      for (const n of measure.neighbours.each) {
        const theirs = laRow(measure.id, measure.year, n.code);
        expect(n.note !== undefined, `${what} neighbour ${n.code} combined`).toBe(theirs.combined);
        expectPublished(n, theirs.row, column, `${what} neighbour ${n.code}`);
        if (n.value !== null) values.push(n.value);
      }
      {
        const mean =
          values.length === 0
            ? null
            : Math.round((values.reduce((a, b) => a + b, 0) / values.length) * 10) / 10;
        expect(measure.neighbours.average, `${what} average`).toBe(mean);
        expect(measure.neighbours.published).toBe(values.length);
      }
    }
  });

  it('shows suppressed figures as not published, with the symbol and its reason', () => {
    expect(symbolsSeen).toBeGreaterThan(0);
    expect(combinedSeen).toBeGreaterThan(0);
    const suppressed = rows(CLA).find(
      (r) =>
        r['geographic_level'] === 'Local authority' &&
        r['children_percent'] === 'c' &&
        r['time_period'] === '2025' &&
        r['placement_stability'] === 'With 3 or more placements during the year',
    );
    const code = suppressed?.['old_la_code'];
    if (code === undefined) throw new Error('no suppressed figure in the file');
    const measure = councilComparators(bundledComparators(), code, '?').measures.find(
      (m) => m.id === 'placements-3-plus',
    );
    expect(measure?.la).toEqual({
      value: null,
      symbol: 'c',
      reason: 'suppressed to protect confidentiality',
    });
  });

  it('finds a council by its ONS code as well as its DfE number', () => {
    const row = rows(CLA).find((r) => r['old_la_code'] === picked[3]);
    const byOns = councilComparators(bundledComparators(), row?.['new_la_code'] ?? '', '?');
    expect(byOns.la.code).toBe(picked[3]);
    expect(byOns.la.name).toBe(row?.['la_name']);
  });
});
