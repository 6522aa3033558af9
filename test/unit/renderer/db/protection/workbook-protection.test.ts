import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import {
  declareWorkbookDb,
  openWorkbookDb,
  type WorkbookDb,
} from '../../../../../renderer/src/db/db';
import { createDataKeys } from '../../../../../renderer/src/db/protection/data-keys';
import { isSealedRecord } from '../../../../../renderer/src/db/protection/sealed-record';
import {
  changePassphrase,
  protectWorkbook,
  readKeyring,
  recoverWithKey,
  unlockWithPassphrase,
} from '../../../../../renderer/src/db/protection/workbook-protection';
import type { RowChunk } from '../../../../../renderer/src/db/schema';

// Argon2id at a test's cost: the cost is stored with the wrapped key, so unlocking uses it too.
const cost = { m: 64, t: 1, p: 1 };
const PASSPHRASE = 'correct horse battery staple';
const opened: WorkbookDb[] = [];
afterEach(async () => {
  for (const db of opened.splice(0)) await db.delete();
});

function stores() {
  const name = `protect-${Math.random().toString(36).slice(2)}`;
  const keys = createDataKeys();
  const db = openWorkbookDb(name, keys);
  const raw = declareWorkbookDb(name);
  opened.push(db, raw);
  return { name, keys, db, raw };
}

const chunk = (index: number): RowChunk => ({
  id: `imp-1/episodes/${index}`,
  importId: 'imp-1',
  table: 'episodes',
  index,
  rows: [{ CHILD: `C90${index}`, LS: 'C2' }],
});

/** A store as an earlier version left it: plain records in several tables. */
async function plainStore(raw: WorkbookDb): Promise<void> {
  await raw.rowChunks.bulkPut(Array.from({ length: 45 }, (_, index) => chunk(index)));
  await raw.table('operations').put({ id: 'op-1', inspectionId: 'insp-1' });
  await raw.drafts.put({ id: 'workbook.evidence-draft.insp-1', text: '{"note":"Met Jayden"}' });
}

async function everyRecordOnDisk(raw: WorkbookDb): Promise<unknown[]> {
  const all = await Promise.all(
    raw.tables.filter((table) => table.name !== 'keyring').map((table) => table.toArray()),
  );
  return all.flat();
}

describe('protecting a workbook', () => {
  it('encrypts every record an earlier version stored in the clear, and reads them back', async () => {
    const { keys, db, raw } = stores();
    await plainStore(raw);
    const { recoveryKey } = await protectWorkbook(db, keys, PASSPHRASE, { cost });
    expect(recoveryKey).toMatch(/^([0-9A-Z]{4}-){7}[0-9A-Z]{4}$/);
    const onDisk = await everyRecordOnDisk(raw);
    expect(onDisk).toHaveLength(47);
    expect(onDisk.every(isSealedRecord)).toBe(true);
    expect(await db.rowChunks.get('imp-1/episodes/44')).toEqual(chunk(44));
    expect(await db.drafts.get('workbook.evidence-draft.insp-1')).toMatchObject({
      text: '{"note":"Met Jayden"}',
    });
    expect((await readKeyring(db))?.encrypted).toBe(true);
  });

  it('interrupted, leaves every record plain or sealed and readable, and finishes at the next unlock', async () => {
    const { keys, db, raw } = stores();
    await plainStore(raw);
    const hooks = {
      inBatch: (table: string, batch: number) => {
        // The second batch is written, then its transaction fails: it must stay as it was.
        if (table === 'rowChunks' && batch === 1) throw new Error('the laptop was closed');
      },
    };
    await expect(protectWorkbook(db, keys, PASSPHRASE, { cost, hooks })).rejects.toThrow(
      'the laptop was closed',
    );
    const onDisk = (await raw.rowChunks.toArray()) as unknown[];
    const sealed = onDisk.filter(isSealedRecord);
    expect(sealed).toHaveLength(20);
    const plain = onDisk.filter(
      (record): record is RowChunk => !isSealedRecord(record) && typeof record === 'object',
    );
    expect(plain).toHaveLength(25);
    for (const record of plain) expect(record).toEqual(chunk(record.index));
    expect(await db.rowChunks.orderBy('id').toArray()).toHaveLength(45);
    expect((await readKeyring(db))?.encrypted).toBe(false);

    keys.lock();
    expect(await unlockWithPassphrase(db, keys, PASSPHRASE)).toEqual({ ok: true });
    expect((await everyRecordOnDisk(raw)).every(isSealedRecord)).toBe(true);
    expect((await readKeyring(db))?.encrypted).toBe(true);
    expect(keys.acceptsPlain()).toBe(false);
  });

  it('refuses a wrong passphrase with a message, and after five in a row makes each try wait longer', async () => {
    const { keys, db } = stores();
    await protectWorkbook(db, keys, PASSPHRASE, { cost });
    keys.lock();
    const start = Date.parse('2026-03-01T10:00:00Z');
    for (let attempt = 1; attempt <= 4; attempt += 1) {
      expect(await unlockWithPassphrase(db, keys, 'wrong passphrase', start)).toEqual({
        ok: false,
        message: 'The passphrase is not the one this workbook was protected with.',
        waitMs: 0,
      });
    }
    expect(await unlockWithPassphrase(db, keys, 'wrong passphrase', start)).toMatchObject({
      waitMs: 30_000,
    });
    // Even the right passphrase waits its turn.
    expect(await unlockWithPassphrase(db, keys, PASSPHRASE, start + 10_000)).toMatchObject({
      ok: false,
      waitMs: 20_000,
    });
    expect(await unlockWithPassphrase(db, keys, 'wrong again', start + 30_000)).toMatchObject({
      waitMs: 60_000,
    });
    expect(keys.current()).toBeUndefined();
    expect(await unlockWithPassphrase(db, keys, PASSPHRASE, start + 90_000)).toEqual({ ok: true });
    expect((await readKeyring(db))?.failures).toBe(0);
  });

  it('opens with the recovery key, which sets a new passphrase in place of the forgotten one', async () => {
    const { keys, db } = stores();
    const { recoveryKey } = await protectWorkbook(db, keys, PASSPHRASE, { cost });
    await db.rowChunks.put(chunk(1));
    keys.lock();
    expect(await recoverWithKey(db, keys, 'AAAA-BBBB', 'a new passphrase')).toMatchObject({
      ok: false,
    });
    expect(await recoverWithKey(db, keys, recoveryKey.toLowerCase(), 'a new passphrase')).toEqual({
      ok: true,
    });
    expect(await db.rowChunks.get(chunk(1).id)).toEqual(chunk(1));
    keys.lock();
    expect(await unlockWithPassphrase(db, keys, PASSPHRASE)).toMatchObject({ ok: false });
    expect(await unlockWithPassphrase(db, keys, 'a new passphrase')).toEqual({ ok: true });
  });

  it('changes the passphrase by wrapping the key again, leaving every sealed record as it was', async () => {
    const { keys, db, raw } = stores();
    await protectWorkbook(db, keys, PASSPHRASE, { cost });
    await db.rowChunks.put(chunk(3));
    const before = await raw.rowChunks.get(chunk(3).id);
    expect(await changePassphrase(db, 'not it at all', 'another passphrase')).toMatchObject({
      ok: false,
    });
    expect(await changePassphrase(db, PASSPHRASE, 'another passphrase')).toEqual({ ok: true });
    expect(await raw.rowChunks.get(chunk(3).id)).toEqual(before);
    keys.lock();
    expect(await unlockWithPassphrase(db, keys, 'another passphrase')).toEqual({ ok: true });
    expect(await db.rowChunks.get(chunk(3).id)).toEqual(chunk(3));
  });
});
