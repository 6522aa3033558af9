import { strFromU8, strToU8 } from 'fflate';
import type { Operation } from '../bundle';
import { readRecordFiles, type ParsedFile } from '../records/read-files';
import { checkStoredRead, fromStoredRead, givenYearOf, toStoredRead } from '../records/stored-read';
import { importPartName, readPartName, type ImportEntry } from './import-record';
import { importsFromOperations } from './imports';

/** The parsed records of one owner: the council, a provider, or the whole inspection. */
export type OwnedRecords = {
  readonly owner: string;
  readonly files: readonly (ParsedFile & { readonly importId: string })[];
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

/** One import's stored read as bundle-part bytes. */
export function storedReadBytes(parsed: ParsedFile): Uint8Array {
  return strToU8(JSON.stringify(toStoredRead(parsed)));
}

function storedJson(entry: ImportEntry, parts: Readonly<Record<string, Uint8Array>>): unknown {
  const bytes = parts[readPartName(entry.id)];
  if (bytes === undefined) return undefined;
  try {
    return JSON.parse(strFromU8(bytes));
  } catch {
    return undefined;
  }
}

/**
 * One import's stored read from bundle parts, or `undefined` when it is
 * missing, damaged or made under other rules (then the source is read again).
 */
export function storedRead(
  entry: ImportEntry,
  parts: Readonly<Record<string, Uint8Array>>,
): ParsedFile | undefined {
  const json = storedJson(entry, parts);
  if (json === undefined) return undefined;
  const checked = checkStoredRead(json, readPartName(entry.id));
  return checked.ok ? fromStoredRead(checked.read) : undefined;
}

/**
 * Every import's records, one owner at a time. What the readers made of each
 * file at import is stored beside it (`reads/<import id>.json`) and used as
 * it is; only an owner with a file whose stored read is missing, damaged or
 * made under other rules has its files read again from their bytes, together
 * (so an owner's 903 tables are checked together, as at import). Those are
 * returned in `reread`, so a caller that saves can store their reads.
 */
export function importedRecords(
  operations: readonly Operation[],
  parts: Readonly<Record<string, Uint8Array>>,
): ImportedRecords & { readonly reread: ReadonlyMap<string, ParsedFile> } {
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
  const reread = new Map<string, ParsedFile>();
  for (const [owner, entries] of byOwner) {
    const stored = entries.map((entry) => storedRead(entry, parts));
    let files: readonly (ParsedFile | undefined)[] = stored;
    if (stored.some((read) => read === undefined)) {
      sourceReads += 1;
      // A 903 year given at import still holds when the files are read again.
      const year = entries
        .map((entry) => givenYearOf(storedJson(entry, parts)))
        .find((given) => given !== undefined);
      files = readRecordFiles(
        entries.map((entry) => ({
          name: entry.fileName,
          bytes: parts[importPartName(entry.sha256)] ?? new Uint8Array(),
        })),
        year === undefined ? {} : { year },
      );
      files.forEach((file, index) => {
        const id = entries[index]?.id;
        if (file !== undefined && id !== undefined) reread.set(id, file);
      });
    }
    owners.push({
      owner,
      files: entries.flatMap((entry, index) => {
        const file = files[index];
        return file === undefined ? [] : [{ ...file, importId: entry.id }];
      }),
    });
  }
  return { owners, missing, reread };
}
