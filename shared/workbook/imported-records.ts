import type { Operation } from '../bundle';
import { readRecordFiles, type ParsedFile } from '../records/read-files';
import { importPartName, type ImportEntry } from './import-record';
import { importsFromOperations } from './imports';

/** The parsed records of one owner: the council, a provider, or the whole inspection. */
export type OwnedRecords = {
  readonly owner: string;
  readonly files: readonly (ParsedFile & { readonly importId: string })[];
};

/**
 * Reads every imported file again from its stored bytes, one owner at a
 * time (so an owner's 903 tables are checked together, as at import). The
 * bytes are the evidence: re-reading them gives the same rows the import
 * showed. A file whose bytes are missing from `parts` is reported by id.
 */
export function importedRecords(
  operations: readonly Operation[],
  parts: Readonly<Record<string, Uint8Array>>,
): { readonly owners: readonly OwnedRecords[]; readonly missing: readonly ImportEntry[] } {
  const byOwner = new Map<string, ImportEntry[]>();
  const missing: ImportEntry[] = [];
  for (const entry of importsFromOperations(operations)) {
    if (parts[importPartName(entry.sha256)] === undefined) {
      missing.push(entry);
      continue;
    }
    byOwner.set(entry.owner, [...(byOwner.get(entry.owner) ?? []), entry]);
  }
  const owners: OwnedRecords[] = [];
  for (const [owner, entries] of byOwner) {
    const parsed = readRecordFiles(
      entries.map((entry) => ({
        name: entry.fileName,
        bytes: parts[importPartName(entry.sha256)] ?? new Uint8Array(),
      })),
    );
    owners.push({
      owner,
      files: parsed.map((file, index) => ({ ...file, importId: entries[index]?.id ?? '' })),
    });
  }
  return { owners, missing };
}
