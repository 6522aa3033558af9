import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import {
  computeIndicators,
  recordRows,
  sourceFromTables,
} from '../../../../../shared/records/indicators';
import { readRecordFiles } from '../../../../../shared/records/read-files';
import {
  collectionYearLabel,
  detectCollectionYear,
  read903Csv,
} from '../../../../../shared/records/ssda903';

const fixtures = fileURLToPath(new URL('../../../../fixtures/', import.meta.url));
const file = (path: string) => ({
  name: path.split('/').at(-1) ?? path,
  bytes: new Uint8Array(readFileSync(`${fixtures}${path}`)),
});
// One copy of each table (placed_for_adoption_errors.csv repeats PlacedAdoption on purpose).
const csvs = readdirSync(`${fixtures}ssda903`)
  .filter((name) => name.endsWith('.csv') && name !== 'placed_for_adoption_errors.csv')
  .map((name) => file(`ssda903/${name}`));

const ymd = (text: string) => text.split('/').toReversed().join('');

/**
 * Children in care at the end of 31/03/2018 other than on short breaks, counted
 * straight from the CSV text: an episode begun by then and not ended by then,
 * legal status not V3/V4 (1,419 children, 218 of them only on short breaks).
 */
function childrenAt31March(): number {
  const [, ...lines] = readFileSync(`${fixtures}ssda903/episodes.csv`, 'utf8').trim().split('\n');
  const children = new Set<string>();
  for (const line of lines) {
    const [child = '', decom = '', , ls = '', , , , dec = ''] = line.split(',');
    const open = dec === '' || ymd(dec) > '20180331';
    if (ymd(decom) <= '20180331' && open && ls !== 'V3' && ls !== 'V4') children.add(child);
  }
  return children.size;
}

describe('the SSDA903 fixture return, read by the 903 readers', () => {
  const parsed = readRecordFiles([...csvs, file('annex-a/annex-a-sample.xlsx')]);
  const tables: Record<string, readonly unknown[]> = {};
  for (const each of parsed) Object.assign(tables, each.tables);
  const source = sourceFromTables('council', 'la', 'Fixture council', tables);
  const report = computeIndicators([source]);

  it('detects 2017/18, as the 903 reader does', () => {
    const episodes = read903Csv('episodes.csv', readFileSync(`${fixtures}ssda903/episodes.csv`));
    const theirs = detectCollectionYear({
      Episodes: [{ file: 'episodes.csv', table: 'Episodes', rows: episodes.rows }],
    });
    expect(report.year?.label).toBe('2017/18');
    expect(theirs === undefined ? undefined : collectionYearLabel(theirs)).toBe('2017/18');
  });

  it('keeps the 903 tables and Annex A lists, and leaves out provider-list sheets', () => {
    expect(Object.keys(source.tables)).toEqual(
      expect.arrayContaining(['Episodes', 'Header', 'List 8']),
    );
    expect(recordRows([{ row: 2, values: {} }, { urn: 'SC1' }, null])).toHaveLength(1);
  });

  it('computes every indicator the fixture has data for, within its denominator', () => {
    const available = report.indicators.filter((item) => item.available);
    // Everything but what needs SW_Episodes for a child in care (the fixture's only SW row is CHILD10).
    expect(available.map((item) => item.id)).toEqual(
      expect.arrayContaining([
        'placement-stability-3-plus',
        'placement-stability-long-term',
        'reviews-on-time',
        'missing-children',
        'care-leavers-in-touch',
        'dental-check',
        'social-worker-changed',
        'placed-out-of-area',
        'list9-in-touch',
      ]),
    );
    for (const item of available) {
      expect(item.numerator ?? 0).toBeLessThanOrEqual(item.denominator ?? 0);
      expect(item.value ?? 0).toBeGreaterThanOrEqual(0);
      expect(item.value ?? 0).toBeLessThanOrEqual(100);
    }
    expect(
      report.indicators.find((item) => item.id === 'placement-provider-pr0')?.denominator,
    ).toBe(childrenAt31March());
  });
});
