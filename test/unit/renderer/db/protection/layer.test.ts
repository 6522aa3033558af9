import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import {
  declareWorkbookDb,
  openWorkbookDb,
  type WorkbookDb,
} from '../../../../../renderer/src/db/db';
import { decodeValue } from '../../../../../renderer/src/db/protection/codec';
import { createDataKeys, type DataKeys } from '../../../../../renderer/src/db/protection/data-keys';
import { ProtectionError } from '../../../../../renderer/src/db/protection/errors';
import type { ImportRecord, RowChunk } from '../../../../../renderer/src/db/schema';

const opened: WorkbookDb[] = [];
afterEach(async () => {
  for (const db of opened.splice(0)) await db.delete();
});

async function unlockedKeys(raw = crypto.getRandomValues(new Uint8Array(32))): Promise<DataKeys> {
  const keys = createDataKeys();
  await keys.unlock(raw);
  return keys;
}

function open(name: string, keys: DataKeys): WorkbookDb {
  const db = openWorkbookDb(name, keys);
  opened.push(db);
  return db;
}

/** The same database without the layer: what lies on disk. */
function onDisk(name: string): WorkbookDb {
  const db = declareWorkbookDb(name);
  opened.push(db);
  return db;
}

const fresh = () => `layer-${Math.random().toString(36).slice(2)}`;

const record: ImportRecord = {
  id: 'imp-7f3a',
  inspectionId: 'insp-1',
  owner: 'council',
  fileName: 'Harbourshire episodes for Jayden Okoro.csv',
  size: 4_096,
  sha256: 'ab'.repeat(32),
  kind: 'ssda903-csv',
  importedAt: '2026-03-01T10:00:00Z',
  importedBy: 'Amara',
  rows: 2,
  tables: { episodes: 2 },
  problems: { error: 0, warning: 1, info: 0 },
};

const chunk = (id: string, child: string): RowChunk => ({
  id,
  importId: 'imp-7f3a',
  table: 'episodes',
  index: 0,
  rows: [{ CHILD: child, DECOM: '2025-04-01', LS: 'C2' }],
});

describe('the protection layer', () => {
  it('gives back what was stored, and keeps on disk only the ids its indexes need beside the sealed bytes', async () => {
    const name = fresh();
    const db = open(name, await unlockedKeys());
    await db.imports.put(record);
    await db.rowChunks.bulkPut([
      chunk('imp-7f3a/episodes/0', 'C700123'),
      chunk('imp-7f3a/episodes/1', 'C700124'),
    ]);
    expect(await db.imports.get(record.id)).toEqual(record);
    expect(await db.imports.bulkGet([record.id, 'imp-absent'])).toEqual([record, undefined]);
    expect(await db.imports.get('imp-absent')).toBeUndefined();
    expect(
      await db.imports.where('[inspectionId+owner]').equals(['insp-1', 'council']).toArray(),
    ).toEqual([record]);
    // anyOf walks a cursor: the layer opens each value before Dexie reads it.
    const chunks = await db.rowChunks
      .where('id')
      .anyOf('imp-7f3a/episodes/0', 'imp-7f3a/episodes/1')
      .toArray();
    expect(chunks.map((c) => c.rows)).toEqual([
      [{ CHILD: 'C700123', DECOM: '2025-04-01', LS: 'C2' }],
      [{ CHILD: 'C700124', DECOM: '2025-04-01', LS: 'C2' }],
    ]);

    const raw = onDisk(name);
    const stored: unknown = await raw.imports.get(record.id);
    expect(Object.keys(Object(stored)).sort()).toEqual(['id', 'inspectionId', 'owner', 'sealed']);
    const storedChunk: unknown = await raw.rowChunks.get('imp-7f3a/episodes/0');
    expect(Object.keys(Object(storedChunk)).sort()).toEqual(['id', 'importId', 'sealed']);
    const text = JSON.stringify([stored, storedChunk], (_key, value: unknown) =>
      value instanceof Uint8Array ? new TextDecoder('latin1').decode(value) : value,
    );
    expect(text).not.toContain('C700123');
    expect(text).not.toContain('Jayden');
  });

  it('keeps a multi-step read-and-write transaction whole across its encryption', async () => {
    const db = open(fresh(), await unlockedKeys());
    await db.imports.put(record);
    await db.transaction('rw', db.imports, db.rowChunks, async () => {
      const current = await db.imports.get(record.id);
      await db.imports.put({ ...record, rows: (current?.rows ?? 0) + 1 });
      await db.rowChunks.put(chunk('imp-7f3a/episodes/0', 'C1'));
      const again = await db.imports.get(record.id);
      await db.imports.put({ ...record, rows: (again?.rows ?? 0) + 1 });
    });
    await db.inspections.put({
      id: 'insp-1',
      council: 'Harbourshire',
      laCode: '999',
      kind: 'k',
      framework: 'f',
      onSiteStart: '',
      onSiteEnd: '',
      updatedAt: 'then',
    });
    await db.inspections.update('insp-1', { updatedAt: 'now' });
    expect((await db.imports.get(record.id))?.rows).toBe(4);
    expect((await db.inspections.get('insp-1'))?.updatedAt).toBe('now');
  });

  it('writes nothing, plain or sealed, when sealing fails part-way through a transaction', async () => {
    const name = fresh();
    const db = open(name, await unlockedKeys());
    const unstorable = { ...chunk('imp-7f3a/episodes/1', 'C700124'), rows: [{ CHILD: 1n }] };
    await expect(
      db.transaction('rw', db.rowChunks, async () => {
        await db.rowChunks.put(chunk('imp-7f3a/episodes/0', 'C700123'));
        await db.rowChunks.put(unstorable);
      }),
    ).rejects.toThrow(/cannot be kept encrypted/);
    expect(await onDisk(name).rowChunks.count()).toBe(0);
  });

  it('keeps a readonly transaction of several reads open across their decryption', async () => {
    const db = open(fresh(), await unlockedKeys());
    await db.imports.put(record);
    await db.rowChunks.put(chunk('imp-7f3a/episodes/0', 'C700123'));
    const read = await db.transaction('r', db.imports, db.rowChunks, async () => {
      const first = await db.imports.get(record.id);
      const second = await db.rowChunks.get('imp-7f3a/episodes/0');
      const third = await db.imports.where('inspectionId').equals('insp-1').toArray();
      return [first?.id, second?.id, third.length];
    });
    expect(read).toEqual(['imp-7f3a', 'imp-7f3a/episodes/0', 1]);
  });

  it('refuses to read or write while locked', async () => {
    const keys = await unlockedKeys();
    const db = open(fresh(), keys);
    await db.imports.put(record);
    keys.lock();
    await expect(db.imports.get(record.id)).rejects.toMatchObject({ code: 'locked' });
    await expect(db.imports.put(record)).rejects.toThrow(/locked/);
  });

  it('refuses a record sealed with another key, naming its table and key', async () => {
    const name = fresh();
    await open(name, await unlockedKeys()).imports.put(record);
    const other = open(name, await unlockedKeys());
    await expect(other.imports.get(record.id)).rejects.toThrow(
      'The record "imp-7f3a" of imports does not open',
    );
  });

  it('refuses a sealed value moved to another record or table, naming where it was found', async () => {
    const name = fresh();
    const db = open(name, await unlockedKeys());
    await db.rowChunks.bulkPut([
      chunk('imp-7f3a/episodes/0', 'C700123'),
      chunk('imp-7f3a/episodes/1', 'C700124'),
    ]);
    const raw = onDisk(name);
    const first: unknown = await raw.rowChunks.get('imp-7f3a/episodes/0');
    const sealed: unknown = Reflect.get(Object(first), 'sealed');
    await raw.table('rowChunks').put({ id: 'imp-7f3a/episodes/1', importId: 'imp-7f3a', sealed });
    await raw
      .table('problemChunks')
      .put({ id: 'imp-7f3a/episodes/0', importId: 'imp-7f3a', sealed });
    await expect(db.rowChunks.get('imp-7f3a/episodes/1')).rejects.toThrow(
      'The record "imp-7f3a/episodes/1" of rowChunks does not open',
    );
    await expect(db.problemChunks.toArray()).rejects.toThrow(
      'The record "imp-7f3a/episodes/0" of problemChunks does not open',
    );
    await expect(db.rowChunks.get('imp-7f3a/episodes/0')).resolves.toMatchObject({
      id: 'imp-7f3a/episodes/0',
    });
  });

  it('refuses a plain record slipped in beside the sealed ones, unless an older store is being encrypted', async () => {
    const name = fresh();
    const keys = await unlockedKeys();
    const db = open(name, keys);
    await onDisk(name).imports.put(record);
    await expect(db.imports.get(record.id)).rejects.toMatchObject({ code: 'plain-record' });
    keys.setAcceptsPlain(true);
    await expect(db.imports.get(record.id)).resolves.toEqual(record);
  });

  it('writes standard AES-256-GCM: WebCrypto alone opens a stored record with the table and key as associated data', async () => {
    const raw = crypto.getRandomValues(new Uint8Array(32));
    const name = fresh();
    await open(name, await unlockedKeys(raw)).imports.put(record);
    const stored: unknown = await onDisk(name).imports.get(record.id);
    const sealed: unknown = Reflect.get(Object(stored), 'sealed');
    if (!(sealed instanceof Uint8Array)) throw new Error('no sealed bytes');
    expect(sealed[0]).toBe(1);
    const key = await crypto.subtle.importKey('raw', raw, 'AES-GCM', false, ['decrypt']);
    const plain = await crypto.subtle.decrypt(
      {
        name: 'AES-GCM',
        iv: sealed.slice(1, 13),
        additionalData: new TextEncoder().encode(
          'inspection-workbook record 1\u0000imports\u0000"imp-7f3a"',
        ),
      },
      key,
      sealed.slice(13),
    );
    expect(decodeValue(new Uint8Array(plain))).toEqual(record);
  });

  it('refuses to open a store with an index that would keep a name readable', async () => {
    const keys = await unlockedKeys();
    const name = fresh();
    const db = declareWorkbookDb(name);
    db.version(8).stores({ imports: 'id, inspectionId, [inspectionId+owner], fileName' });
    const { protectionMiddleware } =
      await import('../../../../../renderer/src/db/protection/middleware');
    db.use(protectionMiddleware(keys));
    opened.push(db);
    await expect(db.open()).rejects.toThrow(/imports indexes "fileName"/);
    expect(ProtectionError).toBeDefined();
  });
});
