import type { Operation } from '../bundle';
import { FileRefusedError } from '../records/problem';
import { detect903 } from '../records/ssda903/detect';
import {
  mayBeSsda903,
  readRecordCall,
  type InputFile,
  type ParsedFile,
  type ReadOptions,
  type RefusedFile,
} from '../records/read-files';
import type { Result } from '../util/result';
import {
  importsFromOperations,
  inspectionWideKinds,
  periodOf,
  recordImports,
  replacedBy,
  type CommandContext,
  type ImportShape,
  type ImportEntry,
  type ImportPeriod,
} from '../workbook';

/**
 * Importing records, as one task for the command and the app alike: which
 * files already stored must be read again with the new ones, reading them
 * together, and recording the call in the log.
 *
 * An SSDA903 return arrives as several files (Header, Episodes, Reviews, …)
 * and the DfE's checks run across them: every episode's child must be in the
 * Header, and so on (https://www.gov.uk/government/publications/children-looked-after-by-local-authorities-in-england-guide-to-submitting-data).
 * A council often imports those files one at a time, so each import of an
 * owner's 903 files is read together with the owner's 903 files already in
 * the workbook that it does not replace.
 */

/**
 * The stored files of `owner` that a new import call must be read with: the
 * owner's other 903 files of the same return (this year's with this year's,
 * the previous year's with the previous year's) that the new files do not
 * replace (shared/workbook/import-supersede.ts).
 */
export function filesToReadWith(
  operations: readonly Operation[],
  owner: string,
  newFiles: readonly InputFile[],
  period: ImportPeriod = 'current',
): ImportEntry[] {
  const shapes = newFiles.map((file) => shapeOf(file, owner, period));
  return importsFromOperations(operations).filter(
    (entry) =>
      entry.owner === owner &&
      entry.kind.startsWith('ssda903') &&
      periodOf(entry) === period &&
      !replacedBy(entry, shapes),
  );
}

/**
 * What a new file will replace, told from its first bytes before it is read
 * (detect903): the 903 table of a CSV, the whole return of a 903 XML file,
 * else its name alone.
 */
function shapeOf(file: InputFile, owner: string, period: ImportPeriod): ImportShape {
  const base = { owner, fileName: file.name, ...(period === 'previous' ? { period } : {}) };
  if (!mayBeSsda903(file)) return { ...base, kind: 'other', tables: {} };
  const found = detect903(file.name, file.bytes);
  if (found.kind === 'ssda903-csv')
    return { ...base, kind: found.kind, tables: { [found.table]: 0 } };
  if (found.kind === 'ssda903-xml') return { ...base, kind: found.kind, tables: {} };
  return { ...base, kind: 'other', tables: {} };
}

/** How an import call is recorded: which return it belongs to, and the year a person chose. */
export type ImportCallMeta = {
  readonly period?: ImportPeriod;
  readonly givenYear?: { readonly start: string; readonly end: string };
};

/** What an import call made of its new files: those read, and those refused. */
export type ImportCallRead = {
  readonly files: readonly ParsedFile[];
  readonly refused: readonly RefusedFile[];
  /** Per new file, in order: whether it was read (so callers can pair files with their bytes). */
  readonly read: readonly boolean[];
};

/**
 * Reads the new files with the stored ones they belong with, and returns
 * what was read of the new files only (the stored files were checked when
 * they came in). A new file that cannot be read is refused on its own and
 * listed in `refused`; the others are read. `options.year` is the 903
 * collection year the person importing gave (otherwise the episodes' year is used).
 */
export function readImportFiles(
  newFiles: readonly InputFile[],
  storedFiles: readonly InputFile[],
  options: ReadOptions = {},
): ImportCallRead {
  // The stored files are the owner's 903 tables, wanted only by the checks across a return's
  // tables: a call bringing no 903 file (a census, a workbook, a Companies House file) reads alone.
  const readWith = newFiles.some(mayBeSsda903) ? storedFiles : [];
  const call = readRecordCall([...newFiles, ...readWith], options);
  const outcomes = call.outcomes.slice(0, newFiles.length);
  return {
    files: outcomes.flatMap((outcome) => (outcome.ok ? [outcome.parsed] : [])),
    refused: outcomes.flatMap((outcome) => (outcome.ok ? [] : [outcome.refused])),
    read: outcomes.map((outcome) => outcome.ok),
  };
}

/**
 * `readImportFiles`, all or nothing: throws `FileRefusedError` for the first
 * new file that cannot be read, naming it.
 */
export function readImportCall(
  newFiles: readonly InputFile[],
  storedFiles: readonly InputFile[],
  options: ReadOptions = {},
): ParsedFile[] {
  const read = readImportFiles(newFiles, storedFiles, options);
  const [refused] = read.refused;
  if (refused !== undefined)
    throw new FileRefusedError(refused.file, refused.reason, refused.message);
  return [...read.files];
}

/** One file read, with the SHA-256 of its bytes (the name its bytes are kept under). */
export type HashedParsedFile = { readonly parsed: ParsedFile; readonly sha256: string };

/** Who a file belongs to: registers and Companies House files belong to the whole inspection. */
export function importOwner(kind: string, owner: string): string {
  return inspectionWideKinds.some((wide) => wide === kind) ? 'inspection' : owner;
}

/**
 * Records one import call in the log: each file with its owner, size, hash,
 * kind and counts; a file of the same name for the same owner is replaced.
 * Refuses an owner that is neither the council nor a delegated provider.
 * `meta.period` marks an owner's previous-year 903 files (a provider list
 * or Companies House file is never a previous-year return: it is the
 * inspection's); `meta.givenYear` the 903 year a person chose.
 */
export function recordImportCall(
  context: CommandContext,
  owner: string,
  files: readonly HashedParsedFile[],
  meta: ImportCallMeta = {},
): Result<{
  readonly operations: readonly Operation[];
  readonly ids: readonly string[];
  /** The stored imports this call replaces (import-supersede.ts), removed by its operations. */
  readonly replaced: readonly ImportEntry[];
}> {
  const outcome = recordImports(
    context,
    files.map(({ parsed, sha256 }) => ({
      ...(meta.period === 'previous' && parsed.kind.startsWith('ssda903')
        ? { period: 'previous' as const }
        : {}),
      ...(meta.givenYear !== undefined && parsed.kind.startsWith('ssda903')
        ? { givenYear: { ...meta.givenYear } }
        : {}),
      owner: importOwner(parsed.kind, owner),
      fileName: parsed.file,
      size: parsed.size,
      sha256,
      kind: parsed.kind,
      rows: parsed.rows,
      tables: { ...parsed.tableCounts },
      problems: { ...parsed.problemCounts },
    })),
  );
  if (!outcome.ok) return outcome;
  const { operations, ids, replaced } = outcome.data;
  return { ok: true, data: { operations, ids, replaced } };
}
