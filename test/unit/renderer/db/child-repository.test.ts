import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { childRecords, childTablesByOwner } from '../../../../renderer/src/db/child-repository';
import type { WorkbookDb } from '../../../../renderer/src/db/db';
import { openTestDb } from './test-db';
import { storeImports, type ParsedImport } from '../../../../renderer/src/db/imports-repository';
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

const problem = (file: string, sheet: string, row: number, message: string) =>
  ({ rule: 'r', severity: 'error', file, sheet, row, message }) as const;

function import903(id: string, owner: string, episodes: readonly string[]): ParsedImport {
  // File rows start at 2 (the header is row 1).
  const rows = episodes.map((child, i) => ({ row: i + 2, values: { CHILD: child } }));
  return {
    record: {
      id,
      inspectionId: 'insp-1',
      owner,
      fileName: `${id}.csv`,
      size: 1,
      sha256: 'a'.repeat(64),
      kind: 'ssda903-csv',
      importedAt: `2026-10-0${id.length}T10:00:00Z`,
      importedBy: 'Tom',
      rows: rows.length,
      tables: { Episodes: rows.length },
      problems: { error: 2, warning: 0, info: 0 },
    },
    tables: { Episodes: rows },
    problems: [
      problem(`${id}.csv`, 'Episodes', CHUNK_ROWS + 3, 'DECOM is not a date'),
      problem(`${id}.csv`, 'Episodes', 2, 'CHILD is not in Header'),
    ],
  };
}

describe('childRecords', () => {
  it('finds the child’s rows across files and chunks, with stored positions and their problems', async () => {
    const store = open();
    // C9 sits at stored position 1 and, past the first chunk, at CHUNK_ROWS + 2.
    const many = Array.from({ length: CHUNK_ROWS + 5 }, (_, i) => `X${i}`);
    many[0] = 'C9';
    many[CHUNK_ROWS + 1] = 'C9';
    many[1] = 'C10'; // an id that starts with the wanted one is not it
    await storeImports(store, [import903('imp-1', 'council', many)]);
    await storeImports(store, [import903('imp-22', 'prov-1', ['A', 'C9'])]);
    const annexA: ParsedImport = {
      record: {
        ...import903('imp-333', 'council', []).record,
        fileName: 'annex-a.xlsx',
        kind: 'annex-a',
        tables: { 'List 8': 2, Providers: 1 },
      },
      tables: {
        'List 8': [
          { row: 3, values: { 'Child Unique ID': 'C9', Age: 9 } },
          { row: 4, values: { 'Child Unique ID': 'C8', Age: 7 } },
        ],
        Providers: [{ row: 2, values: { CHILD: 'C9' } }],
      },
      problems: [problem('annex-a.xlsx', 'List 8 - Children in care', 3, 'Age is blank')],
    };
    await storeImports(store, [annexA]);

    const { rows } = await childRecords(store, 'insp-1', 'C9');
    expect(
      rows.map((r) => [r.fileName, r.owner, r.table, r.position, r.fileRow, r.problems.length]),
    ).toEqual([
      ['imp-1.csv', 'council', 'Episodes', 1, 2, 1],
      ['imp-1.csv', 'council', 'Episodes', CHUNK_ROWS + 2, CHUNK_ROWS + 3, 1],
      ['imp-22.csv', 'prov-1', 'Episodes', 2, 3, 0],
      ['annex-a.xlsx', 'council', 'List 8', 1, 3, 1],
    ]);
    expect(rows[1]?.problems[0]?.message).toBe('DECOM is not a date');
    expect(rows[3]?.problems[0]?.message).toBe('Age is blank');
    // A problem is matched by table and file row: file row 2 of imp-1 is C9's row.
    expect(rows[0]?.problems[0]?.message).toBe('CHILD is not in Header');

    const byOwner = childTablesByOwner(rows);
    expect([...byOwner.keys()]).toEqual(['council', 'prov-1']);
    expect(byOwner.get('council')?.['Episodes']).toHaveLength(2);
    expect(byOwner.get('council')?.['List 8']).toHaveLength(1);
  });

  it('finds nothing for a child no file names, and nothing from another inspection', async () => {
    const store = open();
    await storeImports(store, [import903('imp-1', 'council', ['C1'])]);
    expect((await childRecords(store, 'insp-1', 'C2')).rows).toEqual([]);
    expect((await childRecords(store, 'insp-2', 'C1')).rows).toEqual([]);
  });
});
