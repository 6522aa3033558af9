import type { Operation } from '../../../shared/bundle';
import type { ParsedFile } from '../../../shared/records/read-files';
import type { Result } from '../../../shared/util/result';
import { err, ok } from '../../../shared/util/result';
import {
  importPartName,
  importsFromOperations,
  storedRead,
  type ImportEntry,
} from '../../../shared/workbook';
import type { WorkbookDb } from './db';
import { removeImportIn, storeImportsIn, type ParsedImport } from './imports-repository';
import { RULES_VERSION } from '../../../shared/records/rules-version';

/** Parses files as an import does (in the app, the import worker): refuses with a message. */
export type RebuildParser = (
  files: readonly { readonly name: string; readonly bytes: Uint8Array }[],
) => Promise<Result<readonly ParsedFile[]>>;

/** The rows to store, ready to write inside the caller's transaction. */
export type RebuiltRows = { readonly store: () => Promise<void> };

function byOwner(entries: readonly ImportEntry[]): Map<string, ImportEntry[]> {
  const groups = new Map<string, ImportEntry[]>();
  for (const entry of entries) groups.set(entry.owner, [...(groups.get(entry.owner) ?? []), entry]);
  return groups;
}

/**
 * Brings the stored rows of an inspection's imports in line with a log: the
 * log says which files are imported (and holds their bytes as parts); rows
 * and problems are re-read from those bytes for imports the store lacks, and
 * dropped for imports the log has removed. Each owner's files are read
 * together, so the SSDA903 cross-table checks see the whole return.
 */
export async function rebuildImportedRows(
  db: WorkbookDb,
  inspectionId: string,
  operations: readonly Operation[],
  parts: Readonly<Record<string, Uint8Array>>,
  parse: RebuildParser,
): Promise<Result<RebuiltRows>> {
  const entries = importsFromOperations(operations);
  const stored = await db.imports.where('inspectionId').equals(inspectionId).toArray();
  const storedIds = new Set(stored.map((record) => record.id));
  const wanted = new Set(entries.map((entry) => entry.id));
  const stale = stored.filter((record) => !wanted.has(record.id)).map((record) => record.id);
  const missing = entries.filter((entry) => !storedIds.has(entry.id));
  const batch: ParsedImport[] = [];
  for (const [owner, group] of byOwner(missing)) {
    const files = [];
    for (const entry of group) {
      const bytes = parts[importPartName(entry.sha256)];
      if (bytes === undefined) {
        return err(
          'bundle.missing-file',
          `The bundle records the import of ${entry.fileName} (for ${owner}) but does not carry the file; ask the sender to export it again.`,
        );
      }
      files.push({ name: entry.fileName, bytes });
    }
    // What the sender's readers made of the files travels with them: read
    // the files again only when a stored read is missing or from other rules.
    const reads = group.map((entry) => storedRead(entry, parts));
    const parsed = reads.every((read) => read !== undefined)
      ? ok(reads.filter((read) => read !== undefined))
      : await parse(files);
    if (!parsed.ok) return parsed;
    for (const entry of group) {
      const file = parsed.data.find((candidate) => candidate.file === entry.fileName);
      if (file === undefined) continue;
      batch.push({
        record: {
          id: entry.id,
          inspectionId,
          owner: entry.owner,
          fileName: entry.fileName,
          size: entry.size,
          sha256: entry.sha256,
          kind: entry.kind,
          importedAt: entry.importedAt,
          importedBy: entry.importedBy,
          rows: file.rows,
          tables: file.tableCounts,
          problems: file.problemCounts,
          ...(file.year === undefined ? {} : { year: file.year }),
          ...(file.yearSource === undefined ? {} : { yearSource: file.yearSource }),
          ...(file.date === undefined ? {} : { date: file.date }),
          rulesVersion: RULES_VERSION,
        },
        tables: file.tables,
        problems: file.problems,
      });
    }
  }
  return ok({
    store: async () => {
      for (const id of stale) await removeImportIn(db, id);
      await storeImportsIn(db, batch);
    },
  });
}
