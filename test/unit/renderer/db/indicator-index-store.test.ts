import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import {
  computeIndicators,
  indexImport,
  indexIndicatorSources,
  indicatorIndexOf,
  indicatorsFromIndex,
} from '../../../../shared/records/indicators';
import { deleteInspection } from '../../../../renderer/src/db/bundle-repository';
import type { WorkbookDb } from '../../../../renderer/src/db/db';
import { openTestDb } from './test-db';
import {
  dropStaleImportIndexes,
  keepImportIndexes,
  readImportIndexes,
} from '../../../../renderer/src/db/import-index-store';
import {
  indicatorIndexKey,
  keepIndicatorReport,
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
  db = openTestDb(`test-${Math.random().toString(36).slice(2)}`);
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

describe('the stored index of each import', () => {
  it('read back and pooled, gives the indicators computing from the rows gives, for any year', async () => {
    const database = open();
    const sources = syntheticSources({ episodes: 4_000, providers: 2 });
    const records = sources.map((source, at) =>
      imported(`imp-${at}`, source.kind === 'council' ? 'council' : source.id, `h${at}`, 100),
    );
    await keepImportIndexes(
      database,
      sources.map((source, at) => ({
        record: records[at] ?? imported('x', 'council', 'x', 1),
        index: indexImport(source.tables),
      })),
    );
    const read = await readImportIndexes(database, records);
    expect(read.size).toBe(sources.length);
    const pooled = indicatorIndexOf(
      sources.map((source, at) => {
        const index = read.get(records[at]?.id ?? '');
        if (index === undefined) throw new Error('an index was not read back');
        return { kind: source.kind, id: source.id, name: source.name, imports: [index] };
      }),
    );
    expect(indicatorsFromIndex(pooled)).toEqual(computeIndicators(sources));
    expect(indicatorsFromIndex(pooled, { year: 2016 })).toEqual(
      computeIndicators(sources, { year: 2016 }),
    );
  });

  it('is not used once the import it was built from changes', async () => {
    const database = open();
    const record = imported('a', 'council', 'aa', 10);
    const index = indexImport(syntheticSources({ episodes: 200, providers: 0 })[0]?.tables ?? {});
    await keepImportIndexes(database, [{ record, index }]);
    expect((await readImportIndexes(database, [record])).size).toBe(1);
    const changed: ImportRecord[] = [
      { ...record, sha256: 'a2' },
      { ...record, rows: 11 },
      { ...record, importedAt: '2026-10-06T09:00:00.000Z' },
      { ...record, rulesVersion: 2 },
    ];
    for (const other of changed) expect((await readImportIndexes(database, [other])).size).toBe(0);
  });

  it('is rebuilt when what is stored is not an index, dropped when its import is gone, and deleted with its inspection', async () => {
    const database = open();
    const record = imported('a', 'council', 'aa', 10);
    const gone = imported('b', 'council', 'bb', 10);
    // Written through Dexie's untyped table, as a damaged or older store could hold it.
    await database
      .table('importIndexes')
      .put({ importId: 'a', inspectionId: 'i1', key: 'x', index: { notes: [] } });
    expect((await readImportIndexes(database, [record])).size).toBe(0);
    const index = indexImport(syntheticSources({ episodes: 200, providers: 0 })[0]?.tables ?? {});
    await keepImportIndexes(database, [
      { record, index },
      { record: gone, index },
    ]);
    expect((await readImportIndexes(database, [record, gone])).size).toBe(2);
    await dropStaleImportIndexes(database, 'i1', new Set(['a']));
    expect(await database.importIndexes.toCollection().primaryKeys()).toEqual(['a']);
    await keepIndicatorReport(database, 'i1', 'k', indicatorsFromIndex(indicatorIndexOf([])));
    await deleteInspection(database, 'i1');
    expect(await database.importIndexes.count()).toBe(0);
    expect(await database.indicatorReports.count()).toBe(0);
  });
});

describe('the kept indicators', () => {
  it('are keyed by every import and the names, and only that key reads them', async () => {
    const database = open();
    const sources = syntheticSources({ episodes: 1_000, providers: 1 });
    const files = [imported('a', 'council', 'aa', 1_000), imported('b', 'provider-1', 'bb', 5)];
    const key = indicatorIndexKey(files, names);
    expect(indicatorIndexKey(files.toReversed(), names)).toBe(key);
    const report = indicatorsFromIndex(indexIndicatorSources(sources));
    await keepIndicatorReport(database, 'i1', key, report);
    expect(await readIndicatorReport(database, 'i1', key)).toEqual(computeIndicators(sources));
    const changed = [
      indicatorIndexKey([files[0] ?? imported('x', 'council', 'x', 1)], names),
      indicatorIndexKey([imported('a', 'council', 'a2', 1_000), ...files.slice(1)], names),
      indicatorIndexKey([imported('a', 'council', 'aa', 11), ...files.slice(1)], names),
      indicatorIndexKey(
        [{ ...imported('a', 'council', 'aa', 1_000), rulesVersion: 2 }, ...files.slice(1)],
        names,
      ),
      indicatorIndexKey(files, { ...names, council: 'Renamed Council' }),
      indicatorIndexKey(files, { ...names, providers: [{ id: 'provider-1', name: 'New name' }] }),
    ];
    expect(new Set(changed).size).toBe(changed.length);
    for (const other of changed) {
      expect(other).not.toBe(key);
      expect(await readIndicatorReport(database, 'i1', other)).toBeUndefined();
    }
    expect(await readIndicatorReport(database, 'i2', key)).toBeUndefined();
    await database.table('indicatorReports').put({ inspectionId: 'i1', key, report: {} });
    expect(await readIndicatorReport(database, 'i1', key)).toBeUndefined();
  });
});
