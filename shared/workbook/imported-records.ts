import type { Operation } from '../bundle';
import { readRecordFiles, type ParsedFile } from '../records/read-files';
import { importPartName, type ImportEntry } from './import-record';
import { importsFromOperations } from './imports';

/** The parsed records of one owner: the council, a provider, or the whole inspection. */
export type OwnedRecords = {
  readonly owner: string;
  readonly files: readonly (ParsedFile & { readonly importId: string })[];
};

// The indicators and the conflicts of one report each re-read the same
// files; reading an owner's files is the slow step (seconds for a large
// return), so the last few reads are kept, keyed by the files' names and
// SHA-256 (same bytes, same rows). Parsed files are never changed once made.
const recentReads = new Map<string, readonly ParsedFile[]>();
const KEEP_READS = 8;

function readOwnerFiles(
  entries: readonly ImportEntry[],
  parts: Readonly<Record<string, Uint8Array>>,
): readonly ParsedFile[] {
  const key = entries.map((entry) => `${entry.sha256}:${entry.fileName}`).join('|');
  const known = recentReads.get(key);
  if (known !== undefined) return known;
  const parsed = readRecordFiles(
    entries.map((entry) => ({
      name: entry.fileName,
      bytes: parts[importPartName(entry.sha256)] ?? new Uint8Array(),
    })),
  );
  recentReads.set(key, parsed);
  for (const old of recentReads.keys()) {
    if (recentReads.size <= KEEP_READS) break;
    recentReads.delete(old);
  }
  return parsed;
}

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
    const parsed = readOwnerFiles(entries, parts);
    owners.push({
      owner,
      files: parsed.map((file, index) => ({ ...file, importId: entries[index]?.id ?? '' })),
    });
  }
  return { owners, missing };
}
