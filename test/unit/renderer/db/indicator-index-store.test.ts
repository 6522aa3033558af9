import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import {
  computeIndicators,
  indexIndicatorSources,
  indicatorsFromIndex,
} from '../../../../shared/records/indicators';
import { deleteInspection } from '../../../../renderer/src/db/bundle-repository';
import { openWorkbookDb, type WorkbookDb } from '../../../../renderer/src/db/db';
import {
  indicatorIndexKey,
  keepIndicatorIndex,
  keepIndicatorReport,
  readIndicatorIndex,
  readIndicatorReport,
} from '../../../../renderer/src/db/indicator-index-store';
import type { ImportRecord } from '../../../../renderer/src/db/schema';
import { syntheticSources } from '../../shared/records/indicators/synthetic-903';

let db: WorkbookDb | undefined;
afterEach(async () => {
  await db?.delete();
  db = undefined;
});

function open(): WorkbookDb {
  db = openWorkbookDb(`test-${Math.random().toString(36).slice(2)}`);
  return db;
}

function imported(id: string, owner: string, sha256: string, rows: number): ImportRecord {
  return {
    id,
    inspectionId: 'i1',
    owner,
    fileName: `${id}.csv`,
    size: rows * 40,
    sha256,
    kind: 'ssda903-csv',
    importedAt: '2026-10-05T09:00:00.000Z',
    importedBy: 'Jane Smith',
    rows,
    tables: { Episodes: rows },
    problems: { error: 0, warning: 1, info: 0 },
  };
}

const names = {
  council: 'Synthetic Council',
  providers: [{ id: 'provider-1', name: 'Provider 1' }],
};

describe('the stored indicators index', () => {
  it('read back, gives the indicators computing from the rows gives, for any year', async () => {
    const database = open();
    const sources = syntheticSources({ episodes: 4_000, providers: 2 });
    const key = indicatorIndexKey([imported('a', 'council', 'aa', 4_000)], names);
    await keepIndicatorIndex(database, 'i1', key, indexIndicatorSources(sources));
    const read = await readIndicatorIndex(database, 'i1', key);
    if (read === undefined) throw new Error('the index was not read back');
    expect(indicatorsFromIndex(read)).toEqual(computeIndicators(sources));
    expect(indicatorsFromIndex(read, { year: 2016 })).toEqual(
      computeIndicators(sources, { year: 2016 }),
    );
  });

  it('is not used once the imports or the names it was built from change', async () => {
    const database = open();
    const files = [imported('a', 'council', 'aa', 10), imported('b', 'provider-1', 'bb', 5)];
    const key = indicatorIndexKey(files, names);
    const index = indexIndicatorSources(syntheticSources({ episodes: 200, providers: 1 }));
    await keepIndicatorIndex(database, 'i1', key, index);
    expect(indicatorIndexKey(files.toReversed(), names)).toBe(key);
    const changed = [
      indicatorIndexKey([files[0] ?? imported('x', 'council', 'x', 1)], names),
      indicatorIndexKey([imported('a', 'council', 'a2', 10), ...files.slice(1)], names),
      indicatorIndexKey([imported('a', 'council', 'aa', 11), ...files.slice(1)], names),
      indicatorIndexKey(files, { ...names, council: 'Renamed Council' }),
      indicatorIndexKey(files, { ...names, providers: [{ id: 'provider-1', name: 'New name' }] }),
    ];
    expect(new Set(changed).size).toBe(changed.length);
    for (const other of changed) {
      expect(other).not.toBe(key);
      expect(await readIndicatorIndex(database, 'i1', other)).toBeUndefined();
    }
    expect(await readIndicatorIndex(database, 'i2', key)).toBeUndefined();
    expect(await readIndicatorIndex(database, 'i1', key)).toBeDefined();
  });

  it('keeps the indicators computed from it under the same key, and only that key', async () => {
    const database = open();
    const sources = syntheticSources({ episodes: 1_000, providers: 1 });
    const files = [imported('a', 'council', 'aa', 1_000)];
    const key = indicatorIndexKey(files, names);
    const report = indicatorsFromIndex(indexIndicatorSources(sources));
    await keepIndicatorReport(database, 'i1', key, report);
    expect(await readIndicatorReport(database, 'i1', key)).toEqual(computeIndicators(sources));
    const renamed = indicatorIndexKey(files, { ...names, council: 'Renamed Council' });
    expect(await readIndicatorReport(database, 'i1', renamed)).toBeUndefined();
    await database.table('indicatorReports').put({ inspectionId: 'i1', key, report: {} });
    expect(await readIndicatorReport(database, 'i1', key)).toBeUndefined();
  });

  it('is rebuilt when what is stored is not an index, and deleted with its inspection', async () => {
    const database = open();
    const key = indicatorIndexKey([imported('a', 'council', 'aa', 10)], names);
    // Written through Dexie's untyped table, as a damaged or older store could hold it.
    await database.table('indicatorIndexes').put({ inspectionId: 'i1', key, index: { notes: [] } });
    expect(await readIndicatorIndex(database, 'i1', key)).toBeUndefined();
    const index = indexIndicatorSources(syntheticSources({ episodes: 200, providers: 1 }));
    await keepIndicatorIndex(database, 'i1', key, index);
    expect(await readIndicatorIndex(database, 'i1', key)).toBeDefined();
    await keepIndicatorReport(database, 'i1', key, indicatorsFromIndex(index));
    await deleteInspection(database, 'i1');
    expect(await database.indicatorIndexes.count()).toBe(0);
    expect(await database.indicatorReports.count()).toBe(0);
  });
});
