/**
 * A CIN census in the app's store: its index kept at import (maps and sets
 * through IndexedDB) or built later from its stored rows gives the figures
 * the command gives, and its Header and Reviews are never read as 903 tables.
 */
import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import type { WorkbookDb } from '../../../../renderer/src/db/db';
import { openTestDb } from './test-db';
import { storeImports, type ParsedImport } from '../../../../renderer/src/db/imports-repository';
import {
  keepImportIndexes,
  readImportIndexes,
} from '../../../../renderer/src/db/import-index-store';
import { indicatorsFromStore } from '../../../../renderer/src/db/indicators-from-store';
import { writeCinXml } from '../../../../shared/records/cin';
import { readRecordFiles } from '../../../../shared/records/read-files';
import { importIndexOf } from '../../../../shared/workbook';
import { emptyWorkbook } from '../../shared/domain/builders';
import { cleanCensus } from '../../shared/records/cin/clean-census';

let db: WorkbookDb | undefined;
afterEach(async () => {
  await db?.delete();
  db = undefined;
});

function census(): ParsedImport {
  const [file] = readRecordFiles([
    { name: 'cin.xml', bytes: new TextEncoder().encode(writeCinXml(cleanCensus(2025))) },
  ]);
  if (file === undefined) throw new Error('not read');
  return {
    record: {
      id: 'imp-cin',
      inspectionId: 'i1',
      owner: 'council',
      fileName: 'cin.xml',
      size: file.size,
      sha256: 'c'.repeat(64),
      kind: 'cin-census',
      importedAt: '2026-10-05T09:00:00.000Z',
      importedBy: 'Jane Smith',
      rows: file.rows,
      tables: file.tableCounts,
      problems: { error: 0, warning: 0, info: 0 },
    },
    tables: file.tables,
    problems: [],
  };
}

const referrals = (report: { indicators: readonly { id: string; value: number | null }[] }) =>
  report.indicators.find((result) => result.id === 'cin-referrals')?.value;

describe('a CIN census in the store', () => {
  it('keeps its index through IndexedDB and pools it, with no stored row read', async () => {
    db = openTestDb(`test-${Math.random().toString(36).slice(2)}`);
    const item = census();
    await storeImports(db, [item]);
    const index = importIndexOf({ kind: item.record.kind, tables: item.tables });
    await keepImportIndexes(db, [{ record: item.record, index }]);
    const records = await db.imports.toArray();
    expect((await readImportIndexes(db, records)).get('imp-cin')?.cin?.censuses).toEqual([2025]);
    await db.rowChunks.clear();
    const report = await indicatorsFromStore(db, 'i1', emptyWorkbook(), records, () => undefined);
    expect(referrals(report)).toBe(3);
    expect(report.census?.label).toBe('2024/25');
  });

  it('builds its index from the stored rows when none was kept, as a census', async () => {
    db = openTestDb(`test-${Math.random().toString(36).slice(2)}`);
    await storeImports(db, [census()]);
    const records = await db.imports.toArray();
    const report = await indicatorsFromStore(db, 'i1', emptyWorkbook(), records, () => undefined);
    expect(referrals(report)).toBe(3);
    expect(report.year).toBeNull();
  });
});
