import { Dexie } from 'dexie';
import { declareWorkbookDb } from '../db';
import type { UnlockedKey } from './data-keys';
import { PLAIN_TABLES, keptFields } from './protected-tables';
import { isSealedRecord, toSealedRecord } from './sealed-record';

/*
 * Encrypts, in place, the records a store held before it was protected.
 * Each batch is read, sealed and written back in one transaction, so a
 * crash, a closed laptop or a failure mid-way leaves every record either
 * as it was (plain, still readable while the keyring says the store is not
 * yet all encrypted) or sealed, never half-written; running it again
 * carries on, skipping what is sealed. It works on the database without the
 * layer, since it must see which records on disk are still plain.
 */

/** Records per transaction: row chunks are a few MB at most, so a batch stays well within memory. */
const BATCH = 20;

export type MigrationHooks = {
  /** Called inside each batch's transaction after its writes; throwing aborts that batch (tests). */
  readonly inBatch?: (table: string, batch: number) => void;
};

/** Seals every plain record of the store `name` under `unlocked`; returns how many it sealed. */
export async function encryptPlainRecords(
  name: string,
  unlocked: UnlockedKey,
  hooks: MigrationHooks = {},
): Promise<number> {
  const raw = declareWorkbookDb(name);
  await raw.open();
  let sealed = 0;
  try {
    for (const table of raw.tables) {
      if (PLAIN_TABLES.has(table.name)) continue;
      const fields = keptFields(table.core.schema);
      const primaryKeys = await table.toCollection().primaryKeys();
      for (let start = 0, batch = 0; start < primaryKeys.length; start += BATCH, batch += 1) {
        const keys = primaryKeys.slice(start, start + BATCH);
        await raw.transaction('rw', table, async () => {
          const values: unknown[] = await table.bulkGet(keys);
          const plain = keys.flatMap((key, index) => {
            const value = values[index];
            return value === undefined || isSealedRecord(value) ? [] : [{ key, value }];
          });
          if (plain.length === 0) return;
          // Dexie.waitFor keeps the transaction open across WebCrypto (see keep-alive.ts).
          const records = await Dexie.waitFor(
            Promise.all(
              plain.map(({ key, value }) =>
                toSealedRecord(unlocked.key, table.name, fields, value, key),
              ),
            ),
          );
          await table.bulkPut(records);
          hooks.inBatch?.(table.name, batch);
          sealed += records.length;
        });
      }
    }
  } finally {
    raw.close();
  }
  return sealed;
}
