import type {
  DBCore,
  DBCoreCursor,
  DBCoreMutateRequest,
  DBCoreTable,
  DBCoreTransaction,
  Middleware,
} from 'dexie';
import type { DataKeys } from './data-keys';
import { ProtectionError } from './errors';
import { PLAIN_TABLES, keptFields } from './protected-tables';
import { fromStoredRecord, toSealedRecord } from './sealed-record';
import { sealedCursor } from './sealed-cursor';
import { whileAlive } from './keep-alive';

/*
 * The protection layer: one Dexie DBCore middleware
 * (https://dexie.org/docs/Dexie/Dexie.use()) below every other, so the
 * tables, hooks and live queries above it see plain records and IndexedDB
 * below it sees only `{ primary key, indexed ids, sealed }`. Deletes, counts
 * and key-only reads pass through: they need no value.
 */

/** Below Dexie's own middlewares (the lowest is -1), so nothing beneath it sees a plain value. */
const LEVEL = -10;

function lockedError(table: string): ProtectionError {
  return new ProtectionError(
    'locked',
    `The workbook is locked: ${table} cannot be read or written until it is unlocked.`,
  );
}

function protectTable(table: DBCoreTable, keys: DataKeys): DBCoreTable {
  const name = table.name;
  const fields = keptFields(table.schema);
  const primaryKeyOf = (value: unknown, given: unknown): unknown =>
    given ?? table.schema.primaryKey.extractKey?.(value);
  const key = (): CryptoKey => {
    const unlocked = keys.current();
    if (unlocked === undefined) throw lockedError(name);
    return unlocked.key;
  };

  // A key asked for that holds nothing reads as undefined, as it would without the layer.
  const open = async (dataKey: CryptoKey, stored: unknown, primaryKey?: unknown) =>
    stored === undefined || stored === null
      ? stored
      : fromStoredRecord(
          dataKey,
          name,
          stored,
          primaryKeyOf(stored, primaryKey),
          keys.acceptsPlain(),
        );

  const openAll = (trans: DBCoreTransaction, values: readonly unknown[], dataKey: CryptoKey) =>
    whileAlive(trans, name, Promise.all(values.map((value) => open(dataKey, value))));

  return {
    ...table,
    async mutate(req: DBCoreMutateRequest) {
      if (req.type !== 'add' && req.type !== 'put') return table.mutate(req);
      const dataKey = key();
      const values = await whileAlive(
        req.trans,
        name,
        Promise.all(
          req.values.map((value, index) =>
            toSealedRecord(dataKey, name, fields, value, primaryKeyOf(value, req.keys?.[index])),
          ),
        ),
      );
      return table.mutate({ ...req, values });
    },
    async get(req) {
      const dataKey = key();
      const stored: unknown = await table.get(req);
      if (stored === undefined) return undefined;
      return whileAlive(req.trans, name, open(dataKey, stored, req.key));
    },
    async getMany(req) {
      const dataKey = key();
      const stored = await table.getMany(req);
      return openAll(req.trans, stored, dataKey);
    },
    async query(req) {
      if (req.values !== true) return table.query(req);
      const dataKey = key();
      const response = await table.query(req);
      return { ...response, result: await openAll(req.trans, response.result, dataKey) };
    },
    async openCursor(req) {
      if (req.values === false) return table.openCursor(req);
      const dataKey = key();
      const cursor: DBCoreCursor | null = await table.openCursor(req);
      if (cursor === null) return null;
      return sealedCursor(cursor, (value, primaryKey) =>
        whileAlive(cursor.trans, name, open(dataKey, value, primaryKey), true),
      );
    },
  };
}

/** The middleware that seals every table but the keyring with the key `keys` holds. */
export function protectionMiddleware(keys: DataKeys): Middleware<DBCore> {
  return {
    stack: 'dbcore',
    name: 'protection',
    level: LEVEL,
    create(down) {
      const tables = new Map<string, DBCoreTable>();
      // Checked as the store opens, so an index on a name fails at once, not at first write.
      for (const schema of down.schema.tables) {
        if (!PLAIN_TABLES.has(schema.name)) keptFields(schema);
      }
      return {
        ...down,
        table(name) {
          let table = tables.get(name);
          if (table === undefined) {
            const below = down.table(name);
            table = PLAIN_TABLES.has(name) ? below : protectTable(below, keys);
            tables.set(name, table);
          }
          return table;
        },
      };
    },
  };
}
