import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import {
  comparatorsInForce,
  loadComparatorUpdate,
  readComparatorUpdate,
  removeComparatorUpdate,
} from '../../../../renderer/src/db/comparators-store';
import type { WorkbookDb } from '../../../../renderer/src/db/db';
import { openTestDb } from './test-db';
import { bundledComparators } from '../../../../shared/comparators/bundled';

let db: WorkbookDb | undefined;
afterEach(async () => {
  await db?.delete();
  db = undefined;
});

function open(): WorkbookDb {
  db = openTestDb(`test-${Math.random().toString(36).slice(2)}`);
  return db;
}

const HEAD =
  'time_period,time_identifier,geographic_level,country_code,country_name,region_code,region_name,old_la_code,new_la_code,la_name,category,CPP_start,CPP_subsequent,CPP_subsequent_percent';
const NAME = 'd3_cpps_subsequent_plan_2013_to_2026.csv';
function release(year: number, head = HEAD): string {
  const cat = 'Child Protection Plans which are a second or subsequent plan';
  return `${head}\n${year},Reporting year,National,E92000001,England,,,,,,${cat},60000,15000,24.9\n`;
}

describe('the app’s comparators store (Settings: comparators update)', () => {
  it('uses the bundled figures until a newer release is loaded, and again once it is removed', async () => {
    const store = open();
    expect(await comparatorsInForce(store)).toBe(bundledComparators());
    const loaded = await loadComparatorUpdate(store, [{ name: NAME, text: release(2026) }], 'Ann');
    expect(loaded.ok).toBe(true);
    const inForce = await comparatorsInForce(store);
    expect(
      inForce.measures.find((m) => m.id === 'cpp-second-or-later')?.values['E92000001'],
    ).toEqual([24.9]);
    const record = await readComparatorUpdate(store);
    expect(record?.loads).toEqual([
      expect.objectContaining({ by: 'Ann', files: [{ name: NAME, years: [2026, 2026], rows: 1 }] }),
    ]);
    await removeComparatorUpdate(store);
    expect(await comparatorsInForce(store)).toBe(bundledComparators());
  });

  it('refuses a year already loaded or a missing column, naming file and column, and stores nothing', async () => {
    const store = open();
    expect(
      (await loadComparatorUpdate(store, [{ name: NAME, text: release(2026) }], 'Ann')).ok,
    ).toBe(true);
    const before = await readComparatorUpdate(store);
    const again = await loadComparatorUpdate(store, [{ name: NAME, text: release(2026) }], 'Ann');
    expect(again.ok ? [] : again.problems).toEqual([
      expect.objectContaining({ file: NAME, column: 'time_period' }),
    ]);
    const broken = release(2027, HEAD.replace('CPP_subsequent_percent', 'percent'));
    const missing = await loadComparatorUpdate(store, [{ name: NAME, text: broken }], 'Ann');
    expect(missing.ok ? [] : missing.problems).toEqual([
      expect.objectContaining({ file: NAME, column: 'CPP_subsequent_percent' }),
    ]);
    expect(await readComparatorUpdate(store)).toEqual(before);
  });
});
