import type { ImportCallRead } from '../../../shared/tasks';
import { keptIndexesOf } from '../../../shared/workbook';
import type { WorkbookDb } from '../db/db';
import { storeImportCall, type HashedFile } from '../db/import-call';
import type { ImportReply, ImportStoreTarget } from './import-messages';

/** The files of a call as read, each with its bytes' SHA-256, its bytes and the indexes built from its rows. */
export function hashedFilesOf(
  read: ImportCallRead,
  files: readonly { readonly bytes: Uint8Array }[],
  hashes: readonly string[],
): HashedFile[] {
  // `read.files` holds the files read, in the call's order: paired with the new files `read.read` keeps.
  const kept = files.flatMap((file, at) =>
    read.read[at] === true ? [{ bytes: file.bytes, sha256: hashes[at] ?? '' }] : [],
  );
  return read.files.map((parsed, at) => ({
    parsed,
    sha256: kept[at]?.sha256 ?? '',
    bytes: kept[at]?.bytes ?? new Uint8Array(),
    // Indexed here, from the rows just read, so the indicators and conflicts never read them again.
    ...keptIndexesOf(parsed),
  }));
}

/**
 * Stores a call's files from the import worker, through the same
 * all-or-nothing transaction as the page used (import-call.ts), and
 * answers with what the page shows: the rows stay in the worker.
 */
export async function storeInWorker(
  db: WorkbookDb,
  target: ImportStoreTarget,
  files: readonly HashedFile[],
  read: ImportCallRead,
  readMs: number,
): Promise<ImportReply> {
  const started = performance.now();
  const saved = await storeImportCall(
    db,
    target.inspectionId,
    target.owner,
    target.author,
    files,
    target.meta,
  );
  if (!saved.ok) return { type: 'failed', message: saved.error.message };
  return {
    type: 'stored',
    files: files.map(({ parsed }) => ({ file: parsed.file, kind: parsed.kind, rows: parsed.rows })),
    refused: read.refused.map(({ file, message }) => ({ file, message })),
    replaced: saved.data.replaced,
    timings: { read: readMs, store: performance.now() - started },
  };
}
