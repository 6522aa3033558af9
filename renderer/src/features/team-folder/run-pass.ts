import type { BundleParts } from '../../../../shared/bundle';
import {
  decodeState,
  encodeState,
  syncPartName,
  syncPass,
  type SyncFolder,
  type SyncPassResult,
} from '../../../../shared/sync';
import { ok, type Result } from '../../../../shared/util/result';
import { workbookFromOperations } from '../../../../shared/workbook';
import type { WorkbookDb } from '../../db/db';
import { rebuildImportedRows, type RebuildParser } from '../../db/rebuild-imports';
import { forgetLog, loadOperations, summaryOf } from '../../db/workbook-repository';
import { passParts, withSourcesToRead } from './pass-parts';
import { teamCrypt } from './team-crypt';

/*
 * One pass over the team folder in the app: the same pass the command runs
 * (shared/sync), over the host's folder (a directory handle in the browser,
 * the main process's folder in the desktop app), then what it merged stored
 * in one transaction as a merged bundle is (db/bundle-repository.ts), so a
 * pass that fails leaves the store as it was.
 */

const IMPORT_PREFIX = 'imports/';

/**
 * When what arrived cannot be stored (a colleague's import the readers
 * refuse), my segment is in the folder all the same: its mark is kept, so
 * the next pass does not write the same changes again, while the
 * colleagues' segments stay unmerged and are tried again.
 */
async function keepWritten(
  db: WorkbookDb,
  inspectionId: string,
  parts: BundleParts,
  result: SyncPassResult,
): Promise<void> {
  const name = syncPartName(result.authorId);
  const after = decodeState(result.parts[name]);
  if (result.written === null || after === undefined) return;
  const before = decodeState(parts[name]);
  const state =
    before === undefined
      ? { ...after, merged: {}, refused: [] }
      : {
          ...before,
          written: after.written,
          ...(after.sealedTo === undefined ? {} : { sealedTo: after.sealedTo }),
        };
  await db.bundleParts.put({
    id: `${inspectionId}/${name}`,
    inspectionId,
    name,
    bytes: encodeState(state),
  });
}

/** What to run a pass with. */
export type TeamPassInput = {
  readonly db: WorkbookDb;
  readonly inspectionId: string;
  /** Who is syncing: the author of their changes (Settings). */
  readonly author: string;
  readonly folder: SyncFolder;
  /** How imported files that arrive are read into rows (the import worker, in the app). */
  readonly parse: RebuildParser;
  readonly now?: () => Date;
};

/**
 * Writes my changes since my last pass, merges every colleague's segments
 * not merged yet, and stores what changed. Refuses (storing nothing) when
 * the merged log would not be a valid workbook or a merged import cannot be
 * read.
 */
export async function runTeamPass(input: TeamPassInput): Promise<Result<SyncPassResult>> {
  const { db, inspectionId } = input;
  const operations = await loadOperations(db, inspectionId);
  const crypt = await teamCrypt(db, inspectionId);
  const parts = await passParts(db, inspectionId, operations, input.author, crypt.recipients);
  const result = await syncPass({
    folder: input.folder,
    crypt,
    inspectionId,
    operations,
    parts,
    author: input.author,
    ...(input.now === undefined ? {} : { now: input.now }),
  });
  if (!result.changed) return ok(result);
  const workbook = workbookFromOperations(result.operations);
  if (!workbook.ok) {
    await keepWritten(db, inspectionId, parts, result);
    return workbook;
  }
  const known = new Set(operations.map((op) => op.id));
  const added = result.operations.filter((op) => !known.has(op.id));
  // Parts the pass made or brought: its sync record, and source files that arrived.
  const changed = Object.keys(result.parts).filter((name) => result.parts[name] !== parts[name]);
  const files = changed
    .filter((name) => name.startsWith(IMPORT_PREFIX))
    .flatMap((name) => {
      const bytes = result.parts[name];
      return bytes === undefined ? [] : [{ sha256: name.slice(IMPORT_PREFIX.length), bytes }];
    });
  const others = changed
    .filter((name) => !name.startsWith(IMPORT_PREFIX))
    .flatMap((name) => {
      const bytes = result.parts[name];
      return bytes === undefined
        ? []
        : [{ id: `${inspectionId}/${name}`, inspectionId, name, bytes }];
    });
  const rows = await rebuildImportedRows(
    db,
    inspectionId,
    result.operations,
    await withSourcesToRead(db, inspectionId, result.operations, result.parts),
    input.parse,
  );
  if (!rows.ok) {
    await keepWritten(db, inspectionId, parts, result);
    return rows;
  }
  try {
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
        await db.operations.bulkAdd(added.map((op) => ({ ...op, inspectionId })));
        if (added.length > 0) {
          await db.inspections.put(summaryOf(workbook.data, new Date().toISOString()));
        }
        await db.sourceFiles.bulkPut(files);
        await db.bundleParts.bulkPut(others);
        await rows.data.store();
      },
    );
  } finally {
    forgetLog(db, inspectionId);
  }
  return ok(result);
}
