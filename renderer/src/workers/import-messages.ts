import type { PlacementIndex } from '../../../shared/conflicts';
import type { ImportIndex } from '../../../shared/records/indicators';
import type { ParsedFile } from '../../../shared/records/read-files';
import type { CollectionYear } from '../../../shared/records/ssda903';
import type { CheckContext } from '../../../shared/workbook';

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
};

/** Sent back by the import worker. */
export type ImportReply =
  | {
      readonly type: 'progress';
      readonly done: number;
      readonly total: number;
      readonly step: string;
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
  return ['progress', 'done', 'refused', 'failed'].includes(String(value.type));
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
  /** A 903 file's `parsed.tables` as JSON text (its `parsed.tables` is then empty). */
  readonly tablesJson?: string;
};

/** A file kind whose tables hold 903 rows only: row number, cell texts, problem indexes. */
function holds903Rows(kind: ParsedFile['kind']): boolean {
  return kind === 'ssda903-csv' || kind === 'ssda903-xml';
}

/**
 * A 'done' reply's files ready to post. A 903 return's rows (hundreds of
 * thousands of small objects) go as JSON text: a structured clone copies
 * them object by object, and reading them back on the page took about twice
 * as long as JSON.parse does. 903 rows are plain strings and numbers, so
 * JSON gives them back exactly; other kinds (which may hold dates or typed
 * arrays) are cloned as they are.
 */
export function packFiles(
  files: Extract<ImportReply, { type: 'done' }>['files'],
): readonly WireFile[] {
  return files.map((file) =>
    holds903Rows(file.parsed.kind)
      ? {
          ...file,
          parsed: { ...file.parsed, tables: {} },
          tablesJson: JSON.stringify(file.parsed.tables),
        }
      : file,
  );
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

/**
 * A reply as the page uses it: a 'done' reply's 903 tables read back from
 * their JSON (packFiles). Anything that is not a reply is undefined.
 */
export function unpackReply(value: unknown): ImportReply | undefined {
  if (!isImportReply(value)) return undefined;
  if (value.type !== 'done') return value;
  const files = value.files.map((file: unknown) => {
    if (!isWireFile(file)) return file;
    const { tablesJson, ...rest } = file;
    if (tablesJson === undefined) return rest;
    const tables: unknown = JSON.parse(tablesJson);
    return isTables(tables) ? { ...rest, parsed: { ...rest.parsed, tables } } : rest;
  });
  return { ...value, files: files.filter(isWireFile) };
}
