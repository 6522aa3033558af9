import type { Operation } from '../bundle';
import { readRecordFiles, type ParsedFile } from '../records/read-files';
import { givenYearOf } from '../records/stored-read';
import { givenYearOfReturn, is903, readOptionsFor } from './check-context';
import { checkContextFromParts, providersFromParts } from './context-from-parts';
import { importPartName, periodOf, type ImportEntry, type ImportPeriod } from './import-record';
import { importsFromOperations } from './imports';
import { workbookFromOperations } from './materialise';
import { storedJson, storedRead } from './stored-read-part';

export { storedRead, storedReadBytes } from './stored-read-part';

/** One imported file as read, with its import's id and, for a previous-year return, its period. */
export type OwnedFile = ParsedFile & {
  readonly importId: string;
  /** `previous`: the owner's previous-year return, never counted; absent: the current one. */
  readonly period?: 'previous';
};

/** The parsed records of one owner: the council, a provider, or the whole inspection. */
export type OwnedRecords = {
  readonly owner: string;
  readonly files: readonly OwnedFile[];
};

/** Every owner's records, and the imports whose source bytes are missing. */
export type ImportedRecords = {
  readonly owners: readonly OwnedRecords[];
  readonly missing: readonly ImportEntry[];
};

/** How many times source files were parsed here: tests count it to prove stored reads are used. */
let sourceReads = 0;

/** The number of owners whose source files had to be parsed again, since the process started. */
export function sourceReadCount(): number {
  return sourceReads;
}

/** The files of one owner's return (or other records) that are read together. */
type Group = { readonly owner: string; readonly period: ImportPeriod; entries: ImportEntry[] };

/**
 * Every import's records, one owner at a time. What the readers made of each
 * file at import is stored beside it (`reads/<import id>.json`) and used as
 * it is; only an owner with a file whose stored read is missing, damaged or
 * made under other rules has its files read again from their bytes, together
 * (so an owner's 903 tables are checked together, as at import, under the
 * year chosen for them, with the owner's previous-year return, the provider
 * lists and the LA code). Those are returned in `reread`, so a caller that
 * saves can store their reads.
 */
export function importedRecords(
  operations: readonly Operation[],
  parts: Readonly<Record<string, Uint8Array>>,
): ImportedRecords & { readonly reread: ReadonlyMap<string, ParsedFile> } {
  const groups = new Map<string, Group>();
  const missing: ImportEntry[] = [];
  for (const entry of importsFromOperations(operations)) {
    if (parts[importPartName(entry.sha256)] === undefined) {
      missing.push(entry);
      continue;
    }
    const period = periodOf(entry);
    const key = `${period}:${entry.owner}`;
    const group = groups.get(key) ?? { owner: entry.owner, period, entries: [] };
    group.entries.push(entry);
    groups.set(key, group);
  }
  const files = new Map<string, OwnedFile[]>();
  const reread = new Map<string, ParsedFile>();
  let context:
    ((owner: string, period: ImportPeriod) => ReturnType<typeof readOptionsFor>) | undefined;
  for (const { owner, period, entries } of groups.values()) {
    const stored = entries.map((entry) => storedRead(entry, parts));
    let read: readonly (ParsedFile | undefined)[] = stored;
    if (stored.some((file) => file === undefined)) {
      sourceReads += 1;
      // A 903 year chosen for the return still holds when its files are read again.
      const year = givenYearOfReturn(entries, (entry) => givenYearOf(storedJson(entry, parts)));
      context ??= contextReader(operations, parts);
      read = readRecordFiles(
        entries.map((entry) => ({
          name: entry.fileName,
          bytes: parts[importPartName(entry.sha256)] ?? new Uint8Array(),
        })),
        entries.some(is903)
          ? { ...context(owner, period), ...(year === undefined ? {} : { year }) }
          : {},
      );
      read.forEach((file, index) => {
        const id = entries[index]?.id;
        if (file !== undefined && id !== undefined) reread.set(id, file);
      });
    }
    const owned = entries.flatMap((entry, index): OwnedFile[] => {
      const file = read[index];
      if (file === undefined) return [];
      return [{ ...file, importId: entry.id, ...(period === 'previous' ? { period } : {}) }];
    });
    files.set(owner, [...(files.get(owner) ?? []), ...owned]);
  }
  const owners = [...files].map(([owner, list]) => ({ owner, files: list }));
  return { owners, missing, reread };
}

/** The check context of each owner's return, worked out once (provider lists, LA code). */
function contextReader(
  operations: readonly Operation[],
  parts: Readonly<Record<string, Uint8Array>>,
): (owner: string, period: ImportPeriod) => ReturnType<typeof readOptionsFor> {
  const providers = providersFromParts(operations, parts);
  const folded = workbookFromOperations(operations);
  const workbook = folded.ok ? folded.data : undefined;
  return (owner, period) =>
    readOptionsFor(
      undefined,
      checkContextFromParts(operations, parts, workbook, owner, period, providers),
    );
}
