import type { BundleParts, Operation } from '../../../../shared/bundle';
import {
  attachmentPartName,
  attachmentsToWrite,
  authorId,
  decodeState,
  filesToWrite,
  syncPartName,
} from '../../../../shared/sync';
import { importPartName, importsFromOperations } from '../../../../shared/workbook';
import type { WorkbookDb } from '../../db/db';

/*
 * The parts a pass sees in the app. A pass every 30 seconds must not read
 * and decrypt every imported file (a council's return is tens of
 * megabytes, an attachment a scanned document): it needs the bytes only of
 * files my next segment writes, and for every other file only to know the
 * workbook has it (so a colleague's copy is not fetched again). Those are
 * given as {@link HELD}, one shared empty array that is never stored (a
 * part the pass did not change is the same object after it) and never read
 * as a file's bytes.
 */

/** Stands for a source file or attachment the workbook holds whose bytes the pass does not need. */
export const HELD: Uint8Array = new Uint8Array(0);

/** The SHA-256 an attachment part is named by, or undefined for any other part. */
function attachmentSha(name: string): string | undefined {
  const sha = name.slice(name.lastIndexOf('/') + 1);
  return /^[0-9a-f]{64}$/.test(sha) && attachmentPartName(sha) === name ? sha : undefined;
}

/**
 * The inspection's sync records, source files and evidence attachments,
 * bytes only where the pass writes them.
 */
export async function passParts(
  db: WorkbookDb,
  inspectionId: string,
  operations: readonly Operation[],
  author: string,
  recipients: readonly string[] | undefined,
): Promise<Record<string, Uint8Array>> {
  const parts: Record<string, Uint8Array> = {};
  const state = decodeState(
    (await db.bundleParts.get(`${inspectionId}/${syncPartName(authorId(author))}`))?.bytes,
  );
  const attaching = new Set(attachmentsToWrite(operations, state, author, recipients));
  // Primary keys (`inspection/name`) are read without their (encrypted) records.
  const prefix = `${inspectionId}/`;
  const names = (await db.bundleParts.where('inspectionId').equals(inspectionId).primaryKeys()).map(
    (id) => id.slice(prefix.length),
  );
  const wanted: string[] = [];
  for (const name of names) {
    const sha = attachmentSha(name);
    if (sha !== undefined && !attaching.has(sha)) parts[name] = HELD;
    else wanted.push(`${prefix}${name}`);
  }
  for (const part of await db.bundleParts.bulkGet(wanted)) {
    if (part !== undefined) parts[part.name] = part.bytes;
  }
  const hashes = [...new Set(importsFromOperations(operations).map((entry) => entry.sha256))];
  // Primary keys are read without their (encrypted) records.
  const held = await db.sourceFiles.where('sha256').anyOf(hashes).primaryKeys();
  for (const sha of held) parts[importPartName(sha)] = HELD;
  const needed = filesToWrite(operations, state, author, recipients).filter((sha) =>
    held.includes(sha),
  );
  for (const file of await db.sourceFiles.bulkGet(needed)) {
    if (file !== undefined) parts[importPartName(file.sha256)] = file.bytes;
  }
  return parts;
}

/**
 * `parts` with real bytes for the imports whose rows the store lacks (they
 * are read again from their files), so nothing is ever read from {@link HELD}.
 */
export async function withSourcesToRead(
  db: WorkbookDb,
  inspectionId: string,
  operations: readonly Operation[],
  parts: BundleParts,
): Promise<BundleParts> {
  const stored = new Set(await db.imports.where('inspectionId').equals(inspectionId).primaryKeys());
  const wanted = importsFromOperations(operations)
    .filter((entry) => !stored.has(entry.id) && parts[importPartName(entry.sha256)] === HELD)
    .map((entry) => entry.sha256);
  if (wanted.length === 0) return parts;
  const out: Record<string, Uint8Array> = { ...parts };
  for (const file of await db.sourceFiles.bulkGet([...new Set(wanted)])) {
    if (file !== undefined) out[importPartName(file.sha256)] = file.bytes;
  }
  return out;
}
