import { createClock, createRecorder } from '../../../shared/bundle';
import type { PlacementIndex } from '../../../shared/conflicts';
import type { ImportIndex } from '../../../shared/records/indicators';
import type { ParsedFile } from '../../../shared/records/read-files';
import type { Result } from '../../../shared/util/result';
import { err, ok } from '../../../shared/util/result';
import type { InputFile } from '../../../shared/records/read-files';
import {
  filesToReadWith,
  importOwner,
  recordImportCall,
  type ImportCallMeta,
} from '../../../shared/tasks';
import {
  removeImportEntry,
  workbookFromOperations,
  type ImportPeriod,
} from '../../../shared/workbook';
import type { WorkbookDb } from './db';
import { keepImportIndexes } from './import-index-store';
import { keepPlacementIndexes } from './placement-index-store';
import { removeImportIn, storeImportsIn, type ParsedImport } from './imports-repository';
import { newId, loadOperations } from './workbook-repository';
import { RULES_VERSION } from '../../../shared/records/rules-version';

/** One parsed file with its bytes' SHA-256 and the bytes themselves. */
export type HashedFile = {
  readonly parsed: ParsedFile;
  readonly sha256: string;
  readonly bytes: Uint8Array;
  /** The file's index for the indicators, when the reader's worker built it (else built when first needed). */
  readonly index?: ImportIndex;
  /** The file's placements for the conflict check, when the reader's worker built them. */
  readonly placements?: PlacementIndex;
};

/**
 * Stores one import call: the log entries (who imported what, when), the
 * rows and problems in chunks, and the source bytes — in one transaction,
 * so a failure leaves the store exactly as it was.
 */
/** What one import call stored: its imports' ids, in the call's order, and the names of the files it replaced. */
export type StoredCall = { readonly ids: readonly string[]; readonly replaced: readonly string[] };

export async function storeImportCall(
  db: WorkbookDb,
  inspectionId: string,
  owner: string,
  author: string,
  files: readonly HashedFile[],
  meta: ImportCallMeta = {},
): Promise<Result<StoredCall>> {
  const operations = await loadOperations(db, inspectionId);
  const context = {
    operations,
    recorder: createRecorder(createClock(author), operations),
    author,
    now: () => new Date().toISOString(),
    newId,
  };
  const outcome = recordImportCall(context, owner, files, meta);
  if (!outcome.ok) return outcome;
  const after = workbookFromOperations([...operations, ...outcome.data.operations]);
  if (!after.ok) return after;
  const importedAt = context.now();
  const batch: ParsedImport[] = files.map(({ parsed, sha256 }, index) => ({
    record: {
      id: outcome.data.ids[index] ?? newId('imp'),
      inspectionId,
      owner: importOwner(parsed.kind, owner),
      fileName: parsed.file,
      size: parsed.size,
      sha256,
      kind: parsed.kind,
      importedAt,
      importedBy: author,
      rows: parsed.rows,
      tables: parsed.tableCounts,
      problems: parsed.problemCounts,
      ...(parsed.year === undefined ? {} : { year: parsed.year }),
      ...(parsed.yearSource === undefined ? {} : { yearSource: parsed.yearSource }),
      ...(parsed.date === undefined ? {} : { date: parsed.date }),
      ...(meta.period === 'previous' && parsed.kind.startsWith('ssda903')
        ? { period: 'previous' as const }
        : {}),
      ...(meta.givenYear !== undefined && parsed.kind.startsWith('ssda903')
        ? { givenYear: meta.givenYear }
        : {}),
      rulesVersion: RULES_VERSION,
    },
    tables: parsed.tables,
    problems: parsed.problems,
  }));
  const indexes = files.flatMap(({ index }, at) => {
    const record = batch[at]?.record;
    return index === undefined || record === undefined ? [] : [{ record, index }];
  });
  const placements = files.flatMap((file, at) => {
    const record = batch[at]?.record;
    return file.placements === undefined || record === undefined
      ? []
      : [{ record, placements: file.placements }];
  });
  try {
    await db.transaction(
      'rw',
      [
        db.operations,
        db.inspections,
        db.imports,
        db.rowChunks,
        db.problemChunks,
        db.sourceFiles,
        db.importIndexes,
        db.placementIndexes,
      ],
      async () => {
        await db.operations.bulkAdd(outcome.data.operations.map((op) => ({ ...op, inspectionId })));
        await db.inspections.update(inspectionId, { updatedAt: importedAt });
        await db.sourceFiles.bulkPut(files.map(({ sha256, bytes }) => ({ sha256, bytes })));
        // The files this call replaces, as the log says (the same name, or a 903 table brought again).
        for (const old of outcome.data.replaced) await removeImportIn(db, old.id);
        await storeImportsIn(db, batch);
        await keepImportIndexes(db, indexes);
        await keepPlacementIndexes(db, placements);
      },
    );
  } catch (error: unknown) {
    // IndexedDB rolled the transaction back at its first failed write, so nothing of the
    // call is stored: said plainly, so the person can import again.
    const reason = error instanceof Error ? error.message : String(error);
    return err('records.store-failed', `The records could not be stored: ${reason}`);
  }
  return ok({
    ids: outcome.data.ids,
    replaced: outcome.data.replaced.map((entry) => entry.fileName),
  });
}

/** Removes one import: its log entry (history kept), rows, problems — in one transaction. */
export async function removeImportCall(
  db: WorkbookDb,
  inspectionId: string,
  author: string,
  importId: string,
): Promise<Result<string>> {
  const operations = await loadOperations(db, inspectionId);
  const outcome = removeImportEntry(
    {
      operations,
      recorder: createRecorder(createClock(author), operations),
      author,
      now: () => new Date().toISOString(),
      newId,
    },
    importId,
  );
  if (!outcome.ok) return outcome;
  await db.transaction(
    'rw',
    [db.operations, db.imports, db.rowChunks, db.problemChunks],
    async () => {
      await db.operations.bulkAdd(outcome.data.operations.map((op) => ({ ...op, inspectionId })));
      await removeImportIn(db, importId);
    },
  );
  return ok(importId);
}

/**
 * The stored files a new import call for `owner` is read with (the owner's
 * other SSDA903 files of the same return, so the checks across a return's
 * tables see all of it), with their bytes from the store.
 */
export async function storedFilesToReadWith(
  db: WorkbookDb,
  inspectionId: string,
  owner: string,
  newFiles: readonly InputFile[],
  period: ImportPeriod = 'current',
): Promise<InputFile[]> {
  const entries = filesToReadWith(await loadOperations(db, inspectionId), owner, newFiles, period);
  const stored = await db.sourceFiles.bulkGet(entries.map((entry) => entry.sha256));
  return entries.flatMap((entry, index) => {
    const source = stored[index];
    return source === undefined ? [] : [{ name: entry.fileName, bytes: source.bytes }];
  });
}
