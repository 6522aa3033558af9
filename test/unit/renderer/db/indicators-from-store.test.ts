import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { importIndexOf, indicatorsFor } from '../../../../shared/workbook';
import { emptyWorkbook, trust } from '../../shared/domain/builders';
import type { Workbook } from '../../../../shared/domain';
import type { WorkbookDb } from '../../../../renderer/src/db/db';
import { openTestDb } from './test-db';
import { storeImports, type ParsedImport } from '../../../../renderer/src/db/imports-repository';
import { keepImportIndexes } from '../../../../renderer/src/db/import-index-store';
import { indicatorsFromStore } from '../../../../renderer/src/db/indicators-from-store';
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

const sources = syntheticSources({ episodes: 3_000, providers: 2 });

function workbook(): Workbook {
  return {
    ...emptyWorkbook(),
    providers: [
      trust({ id: 'provider-1', name: 'Provider 1' }),
      trust({ id: 'provider-2', name: 'Provider 2' }),
    ],
  };
}

/** The synthetic return and its providers' files, as stored imports of inspection `i1`. */
function batch(): ParsedImport[] {
  return sources.map((source, at) => {
    const rows = Object.values(source.tables).reduce((sum, list) => sum + (list?.length ?? 0), 0);
    return {
      record: {
        id: `imp-${at}`,
        inspectionId: 'i1',
        owner: source.kind === 'council' ? 'council' : source.id,
        fileName: `return-${at}.xml`,
        size: rows * 40,
        sha256: `${at}`.padEnd(64, 'a'),
        kind: 'ssda903-xml',
        importedAt: '2026-10-05T09:00:00.000Z',
        importedBy: 'Jane Smith',
        rows,
        tables: Object.fromEntries(
          Object.entries(source.tables).map(([table, list]) => [table, list?.length ?? 0]),
        ),
        problems: { error: 0, warning: 0, info: 0 },
      },
      tables: Object.fromEntries(
        Object.entries(source.tables).map(([table, list]) => [table, list ?? []]),
      ),
      problems: [],
    };
  });
}

const expected = (book: Workbook) =>
  indicatorsFor(book, {
    owners: batch().map((item) => ({
      owner: item.record.owner,
      files: [
        {
          importId: item.record.id,
          file: item.record.fileName,
          size: item.record.size,
          kind: item.record.kind,
          tables: item.tables,
          problems: [],
          rows: item.record.rows,
          tableCounts: item.record.tables,
          problemCounts: item.record.problems,
        },
      ],
    })),
    missing: [],
  });

describe('the indicators from the store', () => {
  it('pool the indexes kept at import, without reading a stored row', async () => {
    const store = open();
    const book = workbook();
    const items = batch();
    await storeImports(store, items);
    await keepImportIndexes(
      store,
      items.map((item) => ({
        record: item.record,
        index: importIndexOf({ kind: item.record.kind, tables: item.tables }),
      })),
    );
    // With the rows gone, only the kept indexes can give the figures.
    await store.rowChunks.clear();
    const writes: Promise<void>[] = [];
    const records = await store.imports.toArray();
    const report = await indicatorsFromStore(store, 'i1', book, records, (w) => writes.push(w));
    await Promise.all(writes);
    expect(report).toEqual(expected(book));
    expect(report.indicators.some((result) => result.available)).toBe(true);
  });

  it('index an import that came without one (a bundle opened) from its rows, once, and keep it', async () => {
    const store = open();
    const book = workbook();
    await storeImports(store, batch());
    expect(await store.importIndexes.count()).toBe(0);
    const records = await store.imports.toArray();
    const writes: Promise<void>[] = [];
    const first = await indicatorsFromStore(store, 'i1', book, records, (w) => writes.push(w));
    await Promise.all(writes);
    expect(first).toEqual(expected(book));
    expect(await store.importIndexes.count()).toBe(records.length);
    await store.rowChunks.clear();
    const again = await indicatorsFromStore(store, 'i1', book, records, (w) => writes.push(w));
    expect(again).toEqual(first);
  });

  it("list the providers in the workbook's order, whatever order the imports come in", async () => {
    const store = open();
    const book = workbook();
    await storeImports(store, batch());
    const records = await store.imports.toArray();
    const writes: Promise<void>[] = [];
    for (const order of [records, records.toReversed()]) {
      const report = await indicatorsFromStore(store, 'i1', book, order, (w) => writes.push(w));
      const scopes = [...new Set(report.indicators.map((result) => result.scope))];
      expect(scopes).toEqual(['council', 'provider-1', 'provider-2']);
    }
    await Promise.all(writes);
  });

  it('drop the index of an import that is gone', async () => {
    const store = open();
    const book = workbook();
    await storeImports(store, batch());
    const records = await store.imports.toArray();
    const writes: Promise<void>[] = [];
    await indicatorsFromStore(store, 'i1', book, records, (w) => writes.push(w));
    await Promise.all(writes);
    const kept = records.slice(1);
    await indicatorsFromStore(store, 'i1', book, kept, (w) => writes.push(w));
    await Promise.all(writes);
    expect((await store.importIndexes.toCollection().primaryKeys()).sort()).toEqual(
      kept.map((record) => record.id).sort(),
    );
  });
});
