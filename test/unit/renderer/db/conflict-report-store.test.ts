import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { ConflictReport } from '../../../../shared/conflicts';
import { deleteInspection } from '../../../../renderer/src/db/bundle-repository';
import {
  conflictReportKey,
  keepConflictReport,
  readConflictReport,
} from '../../../../renderer/src/db/conflict-report-store';
import type { WorkbookDb } from '../../../../renderer/src/db/db';
import { openTestDb } from './test-db';
import type { ImportRecord } from '../../../../renderer/src/db/schema';

let db: WorkbookDb | undefined;
afterEach(async () => {
  await db?.delete();
  db = undefined;
});

function open(): WorkbookDb {
  db = openTestDb(`test-${Math.random().toString(36).slice(2)}`);
  return db;
}

function imported(id: string, sha256: string): ImportRecord {
  return {
    id,
    inspectionId: 'i1',
    owner: 'council',
    fileName: `${id}.csv`,
    size: 400,
    sha256,
    kind: 'ssda903-csv',
    importedAt: '2026-10-05T09:00:00.000Z',
    importedBy: 'Jane Smith',
    rows: 10,
    tables: { Episodes: 10 },
    problems: { error: 0, warning: 0, info: 0 },
  };
}

const report: ConflictReport = {
  asOf: '2026-09-30',
  year: { start: '2025-04-01', end: '2026-03-31' },
  conflicts: [],
  leads: [],
  skipped: [],
  unmatchedReviews: [],
};

describe('the kept conflicts report', () => {
  it('is read back under the key it was found from, and not once what the check reads changes', async () => {
    const database = open();
    const files = [imported('a', 'aa')];
    const basis = { providers: [['p1', 'Trust', null]], links: [] };
    const key = await conflictReportKey(files, basis);
    await keepConflictReport(database, 'i1', key, report);
    expect(await readConflictReport(database, 'i1', key)).toEqual(report);
    expect(await conflictReportKey([...files], { ...basis })).toBe(key);
    const others = await Promise.all([
      conflictReportKey(files, { ...basis, providers: [['p1', 'Trust CIC', null]] }),
      conflictReportKey(files, { ...basis, links: [['Owner', '01234567', 'confirmed']] }),
      conflictReportKey([imported('a', 'ab')], basis),
      conflictReportKey([], basis),
    ]);
    expect(new Set([key, ...others]).size).toBe(others.length + 1);
    for (const other of others) {
      expect(await readConflictReport(database, 'i1', other)).toBeUndefined();
    }
  });

  it('is recomputed when what is kept is not a report, and deleted with its inspection', async () => {
    const database = open();
    const key = await conflictReportKey([imported('a', 'aa')], { links: [] });
    await database.table('conflictReports').put({ inspectionId: 'i1', key, report: { leads: [] } });
    expect(await readConflictReport(database, 'i1', key)).toBeUndefined();
    await keepConflictReport(database, 'i1', key, report);
    await deleteInspection(database, 'i1');
    expect(await database.conflictReports.count()).toBe(0);
  });

  it('is not read at all when it was found from other imports or other link decisions', async () => {
    const database = open();
    const files = [imported('a', 'aa')];
    await keepConflictReport(database, 'i1', await conflictReportKey(files, { links: [] }), report);
    const reads = vi.spyOn(database.conflictReports, 'get');
    const later = await conflictReportKey(files, { links: [['Owner', '01234567', 'rejected']] });
    expect(await readConflictReport(database, 'i1', later)).toBeUndefined();
    expect(reads).not.toHaveBeenCalled();
  });
});
