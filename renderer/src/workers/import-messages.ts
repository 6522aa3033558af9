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
