import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import type { WorkbookDb } from '../../../../renderer/src/db/db';
import { openTestDb } from './test-db';
import {
  listImports,
  problemsOf,
  removeImport,
  rowsOf,
  storeImports,
  type ParsedImport,
} from '../../../../renderer/src/db/imports-repository';
import { CHUNK_ROWS } from '../../../../renderer/src/db/schema';

let db: WorkbookDb | undefined;
afterEach(async () => {
  await db?.delete();
  db = undefined;
});

function open(): WorkbookDb {
  db = openTestDb(`test-${Math.random().toString(36).slice(2)}`);
  return db;
}

function parsed(id: string, fileName: string, rowCount: number, owner = 'council'): ParsedImport {
  const rows = Array.from({ length: rowCount }, (_, i) => ({
    row: i + 2,
    values: { CHILD: String(1000 + i) },
  }));
  return {
    record: {
      id,
      inspectionId: 'insp-1',
      owner,
      fileName,
      size: rowCount * 20,
      sha256: 'a'.repeat(64),
      kind: 'ssda903-csv',
      importedAt: `2026-10-0${id.length % 9}T10:00:00Z`,
      importedBy: 'Tom',
      rows: rowCount,
      tables: { episodes: rowCount },
      problems: { error: 1, warning: 0, info: 0 },
    },
    tables: { episodes: rows },
    problems: [{ rule: 'r', severity: 'error', file: fileName, row: 2, message: 'm' }],
  };
}

describe('imports repository', () => {
  it('stores rows in chunks and reads every row back in order', async () => {
    const store = open();
    const count = CHUNK_ROWS * 2 + 17;
    await storeImports(store, [parsed('imp-1', 'episodes.csv', count)]);
    expect(await store.rowChunks.count()).toBe(3);
    const rows = await rowsOf(store, 'imp-1', 'episodes');
    expect(rows).toHaveLength(count);
    expect(rows[count - 1]).toEqual({
      row: count + 1,
      values: { CHILD: String(1000 + count - 1) },
    });
    expect(await problemsOf(store, 'imp-1')).toHaveLength(1);
    expect((await listImports(store, 'insp-1')).map((r) => r.id)).toEqual(['imp-1']);
  });

  it('replaces a file imported again for the same owner, and keeps other owners’ files', async () => {
    const store = open();
    await storeImports(store, [
      parsed('imp-1', 'episodes.csv', 10),
      parsed('imp-2', 'episodes.csv', 5, 'prov-1'),
    ]);
    await storeImports(store, [parsed('imp-3', 'episodes.csv', 7)]);
    const ids = (await listImports(store, 'insp-1')).map((r) => r.id).sort();
    expect(ids).toEqual(['imp-2', 'imp-3']);
    expect(await rowsOf(store, 'imp-1', 'episodes')).toEqual([]);
    expect(await rowsOf(store, 'imp-3', 'episodes')).toHaveLength(7);
  });

  it('stores nothing from a batch when one file fails, leaving earlier imports intact', async () => {
    const store = open();
    await storeImports(store, [parsed('imp-1', 'header.csv', 3)]);
    const before = await store.rowChunks.toArray();
    // The second file reuses the first file's id: its add fails inside the transaction.
    await expect(
      storeImports(store, [parsed('imp-9', 'episodes.csv', 4), parsed('imp-9', 'reviews.csv', 4)]),
    ).rejects.toThrow(/constraint|key/i);
    expect((await listImports(store, 'insp-1')).map((r) => r.id)).toEqual(['imp-1']);
    expect(await store.rowChunks.toArray()).toEqual(before);
  });

  it('removes an import with its rows and problems', async () => {
    const store = open();
    await storeImports(store, [parsed('imp-1', 'episodes.csv', 12)]);
    await removeImport(store, 'imp-1');
    expect(await store.imports.count()).toBe(0);
    expect(await store.rowChunks.count()).toBe(0);
    expect(await store.problemChunks.count()).toBe(0);
  });
});
