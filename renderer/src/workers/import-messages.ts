import type { PlacementIndex } from '../../../shared/conflicts';
import type { ImportIndex } from '../../../shared/records/indicators';
import type { ParsedFile } from '../../../shared/records/read-files';
import type { CollectionYear } from '../../../shared/records/ssda903';
import type { ImportCallMeta } from '../../../shared/tasks';
import type { CheckContext } from '../../../shared/workbook';
import { packRows, unpackRows, type PackedRows } from './import-rows';

/** Sent to the import worker: the files of one import call. */
export type ImportRequest = {
  readonly type: 'import';
  readonly files: readonly { readonly name: string; readonly bytes: Uint8Array }[];
  /** Files already stored that the new ones are read with (an owner's other 903 tables). */
  readonly stored?: readonly { readonly name: string; readonly bytes: Uint8Array }[];
  /** The SSDA903 collection year the person importing chose; by default the episodes' year. */
  readonly year?: CollectionYear;
  /** What 903 files are checked in: the previous-year return, the providers by URN, the LA code. */
  readonly context?: CheckContext;
  /**
   * Keep the readable files when another is refused (an import the person
   * chose); without it a refusal refuses the call (re-reading a bundle).
   */
  readonly keepReadable?: boolean;
  /**
   * Store what was read from the worker itself, in the store `dbName` names
   * (the worker is given the page's data key first, share-data-key.ts), and
   * reply with a summary (`stored`): the rows never cross to the page.
   */
  readonly store?: ImportStoreTarget;
};

/** Where and for whom an import call is stored (import-call.ts storeImportCall's arguments). */
export type ImportStoreTarget = {
  readonly dbName: string;
  readonly inspectionId: string;
  readonly owner: string;
  readonly author: string;
  readonly meta: ImportCallMeta;
};

/** A `warm` message: start the worker and open the store before any file is chosen. */
export type ImportWarmRequest = { readonly type: 'warm'; readonly dbName: string };

/** One file a `stored` reply names: what the page says about it. */
export type StoredFileSummary = {
  readonly file: string;
  readonly kind: ParsedFile['kind'];
  readonly rows: number;
};

/** Sent back by the import worker. */
export type ImportReply =
  | {
      readonly type: 'progress';
      readonly done: number;
      readonly total: number;
      readonly step: string;
      /** `store`: reading is over and the worker is storing the rows. */
      readonly phase?: 'store';
    }
  | {
      readonly type: 'stored';
      /** The files stored, in the call's order. */
      readonly files: readonly StoredFileSummary[];
      readonly refused?: readonly { readonly file: string; readonly message: string }[];
      /** The names of the stored files the call replaced (the same name, or a 903 table brought again). */
      readonly replaced?: readonly string[];
      /** Milliseconds the worker spent reading and checking, and storing (for `npm run bench`). */
      readonly timings: { readonly read: number; readonly store: number };
    }
  | {
      readonly type: 'done';
      readonly files: readonly {
        readonly parsed: ParsedFile;
        readonly sha256: string;
        /** The file's index for the indicators, for files whose records they count. */
        readonly index?: ImportIndex;
        /** The file's placements for the conflict check, for the same files. */
        readonly placements?: PlacementIndex;
      }[];
      /** The files refused while the others were read (`keepReadable`), each with its reason. */
      readonly refused?: readonly { readonly file: string; readonly message: string }[];
    }
  | { readonly type: 'refused'; readonly file: string; readonly message: string }
  | { readonly type: 'failed'; readonly message: string };

/** Narrows a message from the worker (structured clone keeps its shape). */
export function isImportReply(value: unknown): value is ImportReply {
  if (typeof value !== 'object' || value === null || !('type' in value)) return false;
  return ['progress', 'done', 'stored', 'refused', 'failed'].includes(String(value.type));
}

/** Narrows a `warm` message to the worker. */
export function isImportWarmRequest(value: unknown): value is ImportWarmRequest {
  return (
    typeof value === 'object' &&
    value !== null &&
    'type' in value &&
    value.type === 'warm' &&
    'dbName' in value &&
    typeof value.dbName === 'string'
  );
}

/** Narrows a message to the worker. */
export function isImportRequest(value: unknown): value is ImportRequest {
  return (
    typeof value === 'object' &&
    value !== null &&
    'type' in value &&
    value.type === 'import' &&
    'files' in value &&
    Array.isArray(value.files)
  );
}

/** One file of a 'done' reply as the worker posts it (see packFiles). */
type WireFile = {
  readonly parsed: ParsedFile;
  readonly sha256: string;
  readonly index?: ImportIndex;
  readonly placements?: PlacementIndex;
  /** A 903 file's `parsed.tables`, each table packed (its `parsed.tables` is then empty). */
  readonly packed?: Readonly<Record<string, PackedRows>>;
  /** A 903 file's `parsed.tables` as JSON text, when they could not be packed. */
  readonly tablesJson?: string;
};

/** A file kind whose tables hold 903 rows only: row number, cell texts, problem indexes. */
function holds903Rows(kind: ParsedFile['kind']): boolean {
  return kind === 'ssda903-csv' || kind === 'ssda903-xml';
}

/** Every table of `tables` packed (import-rows.ts), or undefined when one cannot be. */
function packTables(
  tables: ParsedFile['tables'],
): Readonly<Record<string, PackedRows>> | undefined {
  const packed: Record<string, PackedRows> = {};
  for (const [table, rows] of Object.entries(tables)) {
    const rowsPacked = packRows(rows);
    if (rowsPacked === undefined) return undefined;
    packed[table] = rowsPacked;
  }
  return packed;
}

/**
 * A 'done' reply's files ready to post. A 903 return's rows (hundreds of
 * thousands of small objects) are packed (import-rows.ts), or else sent as
 * JSON text: a structured clone copies them object by object, and reading
 * them back on the page took about twice as long as either. Other kinds
 * (which may hold dates or typed arrays) are cloned as they are.
 */
export function packFiles(
  files: Extract<ImportReply, { type: 'done' }>['files'],
): readonly WireFile[] {
  return files.map((file) => {
    if (!holds903Rows(file.parsed.kind)) return file;
    const parsed = { ...file.parsed, tables: {} };
    const packed = packTables(file.parsed.tables);
    return packed === undefined
      ? { ...file, parsed, tablesJson: JSON.stringify(file.parsed.tables) }
      : { ...file, parsed, packed };
  });
}

function isTables(value: unknown): value is Readonly<Record<string, readonly unknown[]>> {
  return (
    typeof value === 'object' &&
    value !== null &&
    !Array.isArray(value) &&
    Object.values(value).every((rows) => Array.isArray(rows))
  );
}

function isWireFile(value: unknown): value is WireFile {
  return typeof value === 'object' && value !== null && 'parsed' in value && 'sha256' in value;
}

/** A posted file's 903 tables read back from their packing or JSON (packFiles). */
function tablesOf(file: WireFile): ParsedFile['tables'] | undefined {
  if (file.packed !== undefined) {
    const tables: Record<string, readonly unknown[]> = {};
    for (const [table, packed] of Object.entries(file.packed)) tables[table] = unpackRows(packed);
    return tables;
  }
  if (file.tablesJson === undefined) return undefined;
  const tables: unknown = JSON.parse(file.tablesJson);
  return isTables(tables) ? tables : undefined;
}

/**
 * A reply as the page uses it: a 'done' reply's 903 tables read back
 * (packFiles). Anything that is not a reply is undefined.
 */
export function unpackReply(value: unknown): ImportReply | undefined {
  if (!isImportReply(value)) return undefined;
  if (value.type !== 'done') return value;
  const files = value.files.map((file: unknown) => {
    if (!isWireFile(file)) return file;
    const { packed: _packed, tablesJson: _json, ...rest } = file;
    const tables = tablesOf(file);
    return tables === undefined ? rest : { ...rest, parsed: { ...rest.parsed, tables } };
  });
  return { ...value, files: files.filter(isWireFile) };
}
