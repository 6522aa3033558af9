import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { bundledComparators } from '../../../../shared/comparators/bundled';
import { BUNDLED_DATASET_JSON } from '../../../../shared/comparators/dataset';
import { isComparatorDataset } from '../../../../shared/comparators/guard';
import { comparatorDatasetSchema } from '../../../../shared/comparators/types';
import { builtDataset, datasetModule } from '../../../support/comparator-files';

const committed = path.resolve(import.meta.dirname, '../../../../shared/comparators/dataset.ts');

describe('the bundled comparators dataset', () => {
  it('is exactly what the build makes of the copied DfE files', async () => {
    const fresh = await datasetModule(await builtDataset());
    expect(fresh === (await readFile(committed, 'utf8'))).toBe(true);
  }, 30_000);

  it('adds well under 2 MB to the app', async () => {
    const bytes = (await readFile(committed)).byteLength;
    expect(bytes).toBeLessThan(2 * 1024 * 1024);
  });

  it('loads (parsed and checked) in under 50 ms', () => {
    const times = Array.from({ length: 5 }, () => {
      const start = performance.now();
      const parsed: unknown = JSON.parse(BUNDLED_DATASET_JSON);
      expect(isComparatorDataset(parsed)).toBe(true);
      return performance.now() - start;
    }).sort((a, b) => a - b);
    // The median of five, so one run slowed by another process on the machine does not decide it.
    expect(times[2]).toBeLessThan(50);
  });

  it('has the shape the stored datasets are checked against, and records its sources and licence', () => {
    const dataset = bundledComparators();
    expect(comparatorDatasetSchema.safeParse(dataset).success).toBe(true);
    expect(dataset.licence).toContain('Open Government Licence v3.0');
    expect(dataset.sources.map((s) => s.file)).toContain('la_cla_placement_stability.csv');
    expect(
      dataset.sources.find((s) => s.file === 'csww_indicators_2017_to_2025.csv')?.years,
    ).toEqual([2017, 2025]);
    expect(dataset.version).toMatch(/^2025-[0-9a-f]{8}$/);
  });

  it('the guard refuses a damaged dataset', () => {
    const parsed: unknown = JSON.parse(BUNDLED_DATASET_JSON);
    expect(isComparatorDataset({ ...Object(parsed), format: 2 })).toBe(false);
    const dataset = bundledComparators();
    const [first, ...rest] = dataset.measures;
    if (first === undefined) throw new Error('no measures');
    const broken = { ...first, values: { ...first.values, E92000001: [true] } };
    expect(isComparatorDataset({ ...dataset, measures: [broken, ...rest] })).toBe(false);
    expect(isComparatorDataset(dataset)).toBe(true);
  });
});
