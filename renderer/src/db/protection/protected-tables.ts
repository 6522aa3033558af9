import type { DBCoreTableSchema } from 'dexie';
import { ProtectionError } from './errors';

/**
 * Tables kept in the clear: the keyring, which holds the data key
 * wrapped (it must be read before anything can be unlocked) and nothing
 * about children; and the team folders' directory handles, which IndexedDB
 * can only keep by structured clone (a handle cannot be serialised to be
 * encrypted) and which name a folder, nothing about children. Every other
 * table, including ones added later, is encrypted unless named here:
 * protection is the default, not a choice per table.
 */
export const PLAIN_TABLES: ReadonlySet<string> = new Set(['keyring', 'folderHandles']);

/**
 * The only fields a protected record keeps readable beside its sealed
 * value: those its primary key and indexes are made from, since IndexedDB
 * can only index what it can read. Each is an id or a hash: `id`,
 * `inspectionId` and `importId` are random ids (a chunk's id adds its
 * table name and number), `sha256` is a file's content hash, and `owner` is
 * `council`, `inspection` or a provider's id; `key` is the SHA-256 digest
 * the kept conflicts were found from, `recipient` a person's public age key
 * and `fingerprint` a trusted certificate's SHA-256. None names a child or
 * holds a child's id. A new index on any other field is refused when the store
 * opens, so a name cannot slip into an index unnoticed.
 */
export const PLAIN_FIELDS: ReadonlySet<string> = new Set([
  'id',
  'inspectionId',
  'importId',
  'owner',
  'sha256',
  'key',
  'recipient',
  'fingerprint',
]);

/** The field that holds a protected record's sealed value. */
export const SEALED_FIELD = 'sealed';

function fieldsOf(keyPath: string | string[] | null): string[] {
  if (keyPath === null) return [];
  return typeof keyPath === 'string' ? [keyPath] : keyPath;
}

/** The fields a protected table keeps readable: its primary key's and its indexes'. */
export function keptFields(schema: DBCoreTableSchema): readonly string[] {
  const fields = new Set([
    ...fieldsOf(schema.primaryKey.keyPath),
    ...schema.indexes.flatMap((index) => fieldsOf(index.keyPath)),
  ]);
  for (const field of fields) {
    if (!PLAIN_FIELDS.has(field) || field === SEALED_FIELD) {
      throw new ProtectionError(
        'schema',
        `The table ${schema.name} indexes "${field}", which would stay readable on disk; only ids and hashes may be indexed (${[...PLAIN_FIELDS].join(', ')}).`,
      );
    }
  }
  return [...fields];
}
