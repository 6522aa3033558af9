import 'fake-indexeddb/auto';
import { createHash } from 'node:crypto';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { readRecordFiles } from '../../../../../shared/records/read-files';
import { createInspection } from '../../../../../shared/workbook';
import {
  declareWorkbookDb,
  openWorkbookDb,
  type WorkbookDb,
} from '../../../../../renderer/src/db/db';
import { storeImportCall } from '../../../../../renderer/src/db/import-call';
import { listImports, rowsOf } from '../../../../../renderer/src/db/imports-repository';
import { createDataKeys, type DataKeys } from '../../../../../renderer/src/db/protection/data-keys';
import { ProtectionError } from '../../../../../renderer/src/db/protection/errors';
import type { RowChunk } from '../../../../../renderer/src/db/schema';
import {
  forgetAllLogs,
  loadOperations,
  runCommand,
} from '../../../../../renderer/src/db/workbook-repository';
import { generate903 } from '../../../../support/ssda903-generate';

/*
 * Encryption failing part-way through a write: the write is refused with a
 * message naming the record, its transaction is rolled back, and nothing of
 * it, in the clear or sealed, is left in the store.
 */

const opened: WorkbookDb[] = [];
afterEach(async () => {
  vi.restoreAllMocks();
  for (const db of opened.splice(0)) await db.delete();
});

async function unlockedKeys(): Promise<DataKeys> {
  const keys = createDataKeys();
  await keys.unlock(crypto.getRandomValues(new Uint8Array(32)));
  return keys;
}

const fresh = () => `seal-failure-${Math.random().toString(36).slice(2)}`;

/** Every table's records as they lie on disk, byte arrays read as Latin-1 text, so a plain string in one shows. */
async function diskText(name: string): Promise<string> {
  const raw = declareWorkbookDb(name);
  opened.push(raw);
  const tables = await Promise.all(raw.tables.map(async (table) => table.toArray()));
  return JSON.stringify(tables, (_key, value: unknown) =>
    value instanceof Uint8Array ? new TextDecoder('latin1').decode(value) : value,
  );
}

/** How many records each table holds on disk. */
async function diskCounts(name: string): Promise<Record<string, number>> {
  const raw = declareWorkbookDb(name);
  opened.push(raw);
  const counts = await Promise.all(raw.tables.map(async (table) => table.count()));
  return Object.fromEntries(raw.tables.map((table, index) => [table.name, counts[index] ?? 0]));
}

/**
 * Makes WebCrypto's encryption fail for the records `fails` picks (by the
 * associated data, which names the table and the key), passing every other
 * call through; returns the keys it sealed and the one it failed, in order.
 */
function failEncryption(fails: (table: string, key: string) => boolean): string[] {
  const seen: string[] = [];
  const subtle = crypto.subtle;
  const encrypt = subtle.encrypt.bind(subtle);
  vi.spyOn(subtle, 'encrypt').mockImplementation(async (algorithm, key, data) => {
    const additional: unknown =
      typeof algorithm === 'object' ? Reflect.get(algorithm, 'additionalData') : undefined;
    const text =
      additional instanceof Uint8Array ? new TextDecoder().decode(additional) : String(additional);
    const [, table = '', recordKey = ''] = text.split('\u0000');
    if (fails(table, recordKey)) {
      seen.push(`failed ${table} ${recordKey}`);
      throw new DOMException(
        'The operation failed for an operation-specific reason',
        'OperationError',
      );
    }
    seen.push(`${table} ${recordKey}`);
    return encrypt(algorithm, key, data);
  });
  return seen;
}

/** A generated 903 return of `episodes` rows (header and episodes), read as the import worker reads it. */
function generatedReturn(episodes: number) {
  const generated = generate903(episodes);
  const encoder = new TextEncoder();
  const files = [
    { name: 'header.csv', bytes: encoder.encode(generated.header) },
    { name: 'episodes.csv', bytes: encoder.encode(generated.episodes) },
  ];
  const parsed = readRecordFiles(files).map((file, index) => {
    const bytes = files[index]?.bytes ?? new Uint8Array();
    return { parsed: file, bytes, sha256: createHash('sha256').update(bytes).digest('hex') };
  });
  // The return's own children: ids from the Header, which the store must never hold readable.
  const childIds = generated.header
    .trim()
    .split('\n')
    .slice(1, 41)
    .map((row) => row.split(',')[0] ?? '');
  return { parsed, childIds };
}

async function newInspection(db: WorkbookDb): Promise<string> {
  const created = await runCommand(db, null, 'Amara Lead', (context) =>
    createInspection(context, {
      kind: 'ilacs-standard',
      council: { name: 'Harbourshire', laCode: '999' },
      onSite: { start: '2026-10-05', end: '2026-10-09' },
      team: [{ name: 'Amara Lead', role: 'lead' }],
    }),
  );
  if (!created.ok) throw new Error(created.error.message);
  return created.data;
}

describe('encryption failing halfway through a write', () => {
  it('refuses a bulk write whose second record fails to seal, naming it, and stores none of the batch', async () => {
    const name = fresh();
    const db = openWorkbookDb(name, await unlockedKeys());
    opened.push(db);
    const chunks: RowChunk[] = [0, 1, 2].map((index) => ({
      id: `imp-7f3a/episodes/${index}`,
      importId: 'imp-7f3a',
      table: 'episodes',
      index,
      rows: [{ CHILD: `C70012${index}`, DECOM: '2025-04-01', LS: 'C2' }],
    }));
    const seen = failEncryption((table, key) => table === 'rowChunks' && key.endsWith('/1"'));
    const refused = await db.rowChunks.bulkPut(chunks).then(
      () => undefined,
      (error: unknown) => error,
    );
    expect(refused).toBeInstanceOf(ProtectionError);
    expect(refused).toMatchObject({ code: 'seal-failed' });
    expect(String(refused)).toContain('"imp-7f3a/episodes/1" of rowChunks could not be encrypted');
    // The batch around the failure was sealed, so the failure really came halfway through it.
    expect(seen).toContain('rowChunks "imp-7f3a/episodes/0"');
    expect(seen).toContain('failed rowChunks "imp-7f3a/episodes/1"');
    expect((await diskCounts(name))['rowChunks']).toBe(0);
    expect(await diskText(name)).not.toContain('C70012');
  });

  it('rolls back an import whose row chunks fail to seal halfway: nothing of it is stored, readable or not, and it imports on a second try', async () => {
    const name = fresh();
    const db = openWorkbookDb(name, await unlockedKeys());
    opened.push(db);
    const inspectionId = await newInspection(db);
    const { parsed, childIds } = generatedReturn(12_000);
    expect(childIds).toHaveLength(40);
    const before = await diskCounts(name);
    const logBefore = await loadOperations(db, inspectionId);

    // The episodes' rows are three chunks; sealing the second fails, after the log entries,
    // the source files, the import records and the first chunk were written in the same transaction.
    const seen = failEncryption((table, key) => table === 'rowChunks' && key.endsWith('/1"'));
    const saved = await storeImportCall(db, inspectionId, 'council', 'Amara Lead', parsed);
    expect(saved.ok).toBe(false);
    if (saved.ok) return;
    expect(saved.error.code).toBe('records.store-failed');
    expect(saved.error.message).toMatch(/of rowChunks could not be encrypted/);
    const failedAt = seen.findIndex((entry) => entry.startsWith('failed rowChunks'));
    expect(failedAt).toBeGreaterThan(0);
    expect(seen.slice(0, failedAt).some((entry) => entry.startsWith('operations '))).toBe(true);
    expect(seen.slice(0, failedAt).some((entry) => entry.startsWith('sourceFiles '))).toBe(true);
    expect(seen.slice(0, failedAt).some((entry) => entry.startsWith('rowChunks '))).toBe(true);

    // The store is as it was: the same records in every table, the same log, no import listed.
    expect(await diskCounts(name)).toEqual(before);
    forgetAllLogs(db);
    expect(await loadOperations(db, inspectionId)).toEqual(logBefore);
    expect(await listImports(db, inspectionId)).toEqual([]);
    const text = await diskText(name);
    expect(childIds.filter((id) => text.includes(id))).toEqual([]);

    // Encryption working again, the same import goes through whole, still sealed on disk.
    vi.restoreAllMocks();
    const again = await storeImportCall(db, inspectionId, 'council', 'Amara Lead', parsed);
    expect(again.ok).toBe(true);
    const imports = await listImports(db, inspectionId);
    expect(imports.map((record) => record.fileName).sort()).toEqual(['episodes.csv', 'header.csv']);
    const header = imports.find((record) => record.fileName === 'header.csv');
    if (header === undefined) throw new Error('no header import');
    const table = Object.keys(header.tables)[0] ?? '';
    const rows = JSON.stringify(await rowsOf(db, header.id, table));
    // The ids are in what the layer gives back, and nowhere readable on disk.
    expect(childIds.every((id) => rows.includes(id))).toBe(true);
    const stored = await diskText(name);
    expect(childIds.filter((id) => stored.includes(id))).toEqual([]);
  });
});
