import { writeBundle, type Bundle, type Clash, type Operation } from '../../../shared/bundle';
import { sha256Hex } from '../../../shared/bundle/sha256';
import type { Workbook } from '../../../shared/domain';
import type { Result } from '../../../shared/util/result';
import { err, ok } from '../../../shared/util/result';
import { mergeWorkbooks, openBundleBytes } from '../../../shared/tasks/bundles';
import {
  importsFromOperations,
  readPartName,
  storedReadBytes,
  workbookFromOperations,
} from '../../../shared/workbook';
import type { WorkbookDb } from './db';
import { forgetEvidenceDrafts, type KeyValueStorage } from '../features/evidence/draft-store';
import { storedRecords } from './stored-records';
import { rebuildImportedRows, type RebuildParser, type RebuiltRows } from './rebuild-imports';
import { forgetLog, loadLogAndParts, loadOperations, summaryOf } from './workbook-repository';

/**
 * The `.inspection` bundle in the app: export writes the log and the bytes
 * of every imported file; open and merge read a bundle with the same checks
 * as the `workbook` command (shared/bundle), then store it in one
 * transaction, so a refused bundle leaves the store exactly as it was.
 */

/** The bundle of one inspection, as bytes to save. */
export async function exportInspection(
  db: WorkbookDb,
  inspectionId: string,
  exportedBy: string,
  /** The public keys it will be encrypted to, listed in its manifest (age headers name no one). */
  recipients?: readonly string[],
): Promise<Uint8Array> {
  const { operations, parts } = await loadLogAndParts(db, inspectionId);
  // What the readers made of each file travels with it, so whoever opens
  // the bundle (the app or the command) does not read the files again.
  const live = new Set(importsFromOperations(operations).map((entry) => entry.id));
  for (const owner of (await storedRecords(db, inspectionId)).owners) {
    for (const file of owner.files) {
      if (live.has(file.importId)) parts[readPartName(file.importId)] = storedReadBytes(file);
    }
  }
  return writeBundle({
    inspectionId,
    exportedBy,
    operations,
    parts,
    ...(recipients === undefined || recipients.length === 0 ? {} : { recipients }),
  });
}

/**
 * Reads and checks a bundle file, naming the file in any refusal: the
 * command's own task (shared/tasks `openBundleBytes`), so both refuse a file
 * alike.
 */
export function readInspectionBundle(fileName: string, bytes: Uint8Array): Result<Bundle> {
  const opened = openBundleBytes(fileName, bytes);
  return opened.ok ? ok(opened.data.bundle) : opened;
}

const IMPORT_PREFIX = 'imports/';

/**
 * Source files are stored once per content and shared by inspections, keyed
 * by their SHA-256: so each is checked against its name here, before
 * anything is stored, and a bundle whose file was altered can never replace
 * another inspection's copy (the reader checks it too; this holds for a
 * bundle however it was made).
 */
function alteredSource(fileName: string, parts: Bundle['parts']): Result<void> {
  for (const [name, bytes] of Object.entries(parts)) {
    if (name.startsWith(IMPORT_PREFIX) && sha256Hex(bytes) !== name.slice(IMPORT_PREFIX.length)) {
      return err(
        'bundle.part-altered',
        `${fileName}: the imported file "${name.slice(0, 80)}" is not the file it names (its bytes have changed); ask the sender to export it again.`,
      );
    }
  }
  return ok(undefined);
}

async function storeParts(
  db: WorkbookDb,
  inspectionId: string,
  parts: Bundle['parts'],
): Promise<void> {
  const files = Object.entries(parts)
    .filter(([name]) => name.startsWith(IMPORT_PREFIX))
    .map(([name, bytes]) => ({ sha256: name.slice(IMPORT_PREFIX.length), bytes }));
  await db.sourceFiles.bulkPut(files);
  const others = Object.entries(parts).filter(([name]) => !name.startsWith(IMPORT_PREFIX));
  await db.bundleParts.bulkPut(
    others.map(([name, bytes]) => ({ id: `${inspectionId}/${name}`, inspectionId, name, bytes })),
  );
}

/**
 * Stores what a bundle brought, in one transaction: new operations, the
 * list entry, the parts, and the rebuilt rows of its imports. A failure
 * anywhere leaves the store exactly as it was.
 */
async function storeInspection(
  db: WorkbookDb,
  inspectionId: string,
  operations: readonly Operation[],
  workbook: Workbook,
  parts: Bundle['parts'],
  rows: RebuiltRows,
): Promise<void> {
  await db.transaction(
    'rw',
    [
      db.operations,
      db.inspections,
      db.sourceFiles,
      db.bundleParts,
      db.imports,
      db.rowChunks,
      db.problemChunks,
    ],
    async () => {
      await db.operations.bulkAdd(operations.map((op) => ({ ...op, inspectionId })));
      await db.inspections.put(summaryOf(workbook, new Date().toISOString()));
      await storeParts(db, inspectionId, parts);
      await rows.store();
    },
  );
}

/**
 * Opens a bundle as a new inspection in the app: its log, its files, and the
 * rows of its imports re-read from those files (the log keeps what was
 * imported; the rows are rebuilt, as they are never part of a bundle).
 */
export async function openBundle(
  db: WorkbookDb,
  bundle: Bundle,
  parse: RebuildParser,
): Promise<Result<string>> {
  const sources = alteredSource('The bundle', bundle.parts);
  if (!sources.ok) return sources;
  const workbook = workbookFromOperations(bundle.operations);
  if (!workbook.ok) return workbook;
  const id = workbook.data.inspection.id;
  if ((await db.inspections.get(id)) !== undefined) {
    return err(
      'inspection.exists',
      `${workbook.data.inspection.council.name} is already in the app; merge this bundle into it instead.`,
    );
  }
  const rows = await rebuildImportedRows(db, id, bundle.operations, bundle.parts, parse);
  if (!rows.ok) return rows;
  await storeInspection(db, id, bundle.operations, workbook.data, bundle.parts, rows.data);
  return ok(id);
}

/** What a merge brought in. */
export type MergeReport = {
  /** Changes from the colleague's bundle that this copy did not have. */
  readonly added: number;
  /** Edits both made to the same field from the same starting value; the later one is kept. */
  readonly clashes: readonly Clash[];
  /** Edits hidden because the other side deleted the record. */
  readonly editsOfDeleted: number;
};

/**
 * Merges a colleague's bundle of the same inspection into the app's copy:
 * every change of both is kept, per field the later one wins, and every
 * clash is reported for review (shared/bundle/merge.ts).
 */
export async function mergeBundle(
  db: WorkbookDb,
  inspectionId: string,
  theirs: Bundle,
  exportedBy: string,
  parse: RebuildParser,
): Promise<Result<MergeReport>> {
  const ours = readInspectionBundle(
    'this inspection',
    await exportInspection(db, inspectionId, exportedBy),
  );
  if (!ours.ok) return ours;
  const sources = alteredSource("The colleague's bundle", theirs.parts);
  if (!sources.ok) return sources;
  // The command's `merge` runs the same task.
  const outcome = mergeWorkbooks(ours.data, theirs);
  if (!outcome.ok) return outcome;
  const merged = outcome.data;
  const known = new Set((await loadOperations(db, inspectionId)).map((op) => op.id));
  const added = merged.operations.filter((op) => !known.has(op.id));
  const rows = await rebuildImportedRows(db, inspectionId, merged.operations, merged.parts, parse);
  if (!rows.ok) return rows;
  await storeInspection(db, inspectionId, added, merged.workbook, merged.parts, rows.data);
  return ok({
    added: added.length,
    clashes: merged.clashes,
    editsOfDeleted: merged.editsOfDeleted.length,
  });
}

/**
 * Deletes an inspection and everything stored for it, in one transaction,
 * and its unsaved evidence draft from `drafts` (the encrypted drafts in the app).
 */
export async function deleteInspection(
  db: WorkbookDb,
  inspectionId: string,
  drafts?: KeyValueStorage,
): Promise<void> {
  await db.transaction(
    'rw',
    [
      db.operations,
      db.logSnapshots,
      db.inspections,
      db.bundleParts,
      db.imports,
      db.rowChunks,
      db.problemChunks,
      db.indicatorIndexes,
      db.importIndexes,
      db.placementIndexes,
      db.indicatorReports,
      db.conflictReports,
      db.teamFolders,
      db.folderHandles,
    ],
    async () => {
      const importIds = await db.imports.where('inspectionId').equals(inspectionId).primaryKeys();
      await db.rowChunks.where('importId').anyOf(importIds).delete();
      await db.problemChunks.where('importId').anyOf(importIds).delete();
      await db.imports.where('inspectionId').equals(inspectionId).delete();
      await db.bundleParts.where('inspectionId').equals(inspectionId).delete();
      await db.indicatorIndexes.delete(inspectionId);
      await db.importIndexes.where('inspectionId').equals(inspectionId).delete();
      await db.placementIndexes.where('inspectionId').equals(inspectionId).delete();
      await db.indicatorReports.delete(inspectionId);
      await db.conflictReports.delete(inspectionId);
      await db.operations.where('inspectionId').equals(inspectionId).delete();
      await db.logSnapshots.delete(inspectionId);
      // Leaving the team folder with the inspection: its files there are left as they are.
      await db.teamFolders.delete(inspectionId);
      await db.folderHandles.delete(inspectionId);
      await db.inspections.delete(inspectionId);
    },
  );
  forgetLog(db, inspectionId);
  if (drafts !== undefined) forgetEvidenceDrafts(drafts, inspectionId);
  // Imported files are kept once per content, shared by inspections: drop those no longer used.
  await db.transaction('rw', [db.imports, db.sourceFiles], async () => {
    const used = new Set((await db.imports.toArray()).map((record) => record.sha256));
    const unused = (await db.sourceFiles.toCollection().primaryKeys()).filter((h) => !used.has(h));
    await db.sourceFiles.bulkDelete(unused);
  });
}
