import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import type { WorkbookDb } from '../../../../renderer/src/db/db';
import { openTestDb } from './test-db';
import { storeImports, type ParsedImport } from '../../../../renderer/src/db/imports-repository';
import { CHUNK_ROWS } from '../../../../renderer/src/db/schema';
import { storedRecords } from '../../../../renderer/src/db/stored-records';

let db: WorkbookDb | undefined;
afterEach(async () => {
  await db?.delete();
  db = undefined;
});

function open(): WorkbookDb {
  db = openTestDb(`test-${Math.random().toString(36).slice(2)}`);
  return db;
}

const rowsOf = (table: string, count: number) =>
  Array.from({ length: count }, (_, i) => ({ row: i + 2, values: { CHILD: `${table}-${i}` } }));

function parsed(id: string, owner: string, tables: Record<string, number>): ParsedImport {
  const rows = Object.values(tables).reduce((sum, count) => sum + count, 0);
  return {
    record: {
      id,
      inspectionId: 'insp-1',
      owner,
      fileName: `${id}.csv`,
      size: rows * 20,
      sha256: id.padEnd(64, '0'),
      kind: owner === 'inspection' ? 'ofsted-providers' : 'ssda903-csv',
      importedAt: `2026-10-05T10:00:0${id.length % 9}Z`,
      importedBy: 'Tom',
      rows,
      tables,
      problems: { error: 1, warning: 0, info: 0 },
    },
    tables: Object.fromEntries(Object.entries(tables).map(([t, n]) => [t, rowsOf(t, n)])),
    problems: [{ rule: 'r', severity: 'error', file: `${id}.csv`, row: 2, message: 'm' }],
  };
}

/** A task's choice of tables: every table of the registers, only the Episodes of the others. */
function wanted(owner: string, table: string): boolean {
  return owner === 'inspection' || table === 'Episodes';
}

describe('stored records, read for one task', () => {
  it('reads only the tables the task wants, listing the others empty, and no problems', async () => {
    const store = open();
    await storeImports(store, [
      parsed('ret', 'council', { Episodes: CHUNK_ROWS + 5, Reviews: 10, Header: 3 }),
      // "Episodes" inside another table's name must not match by prefix.
      parsed('ret2', 'council', { Episodes_old: 4, Episodes: 2 }),
      parsed('reg', 'inspection', { Providers: 5 }),
    ]);
    const all = await storedRecords(store, 'insp-1');
    const some = await storedRecords(store, 'insp-1', {
      table: wanted,
      problems: false,
    });
    const files = (records: typeof all) =>
      records.owners.flatMap(({ owner, files: list }) => list.map((file) => ({ owner, file })));
    expect(files(some).map(({ file }) => file.importId)).toEqual(
      files(all).map(({ file }) => file.importId),
    );
    for (const [at, { owner, file }] of files(some).entries()) {
      const whole = files(all)[at]?.file;
      expect(Object.keys(file.tables).sort()).toEqual(Object.keys(whole?.tables ?? {}).sort());
      for (const [table, rows] of Object.entries(file.tables)) {
        expect(rows).toEqual(wanted(owner, table) ? whole?.tables[table] : []);
      }
      expect(file.problems).toEqual([]);
      expect(whole?.problems).toHaveLength(1);
      expect(file.problemCounts).toEqual(whole?.problemCounts);
    }
    const episodes = files(some).find(({ file }) => file.importId === 'ret')?.file.tables;
    expect(episodes?.['Episodes']).toHaveLength(CHUNK_ROWS + 5);
    expect(
      files(some).find(({ file }) => file.importId === 'reg')?.file.tables['Providers'],
    ).toHaveLength(5);
  });

  it('reads nothing when no table is wanted', async () => {
    const store = open();
    await storeImports(store, [parsed('ret', 'council', { Header: 3 })]);
    const none = await storedRecords(store, 'insp-1', { table: () => false });
    expect(none.owners[0]?.files[0]?.tables).toEqual({ Header: [] });
  });
});
