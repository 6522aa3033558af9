import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { InputFile, ParsedFile } from '../../shared/records/read-files';
import {
  collectionYearLabel,
  parseCollectionYear,
  type CollectionYear,
} from '../../shared/records/ssda903';
import {
  importPartName,
  ownersWithReturn,
  readPartName,
  recheckReturn,
  returnEntries,
  storedReadBytes,
  type ImportEntry,
  type ImportPeriod,
} from '../../shared/workbook';
import type { Operation } from '../../shared/bundle';
import { CliError, usageError } from './errors';
import { commandContext } from './store';

/** The files named on the command line, read. */
export async function readInputs(paths: readonly string[]): Promise<InputFile[]> {
  return Promise.all(
    paths.map(async (filePath) => {
      try {
        return { name: path.basename(filePath), bytes: new Uint8Array(await readFile(filePath)) };
      } catch (error: unknown) {
        throw new CliError(
          `${filePath}: cannot be read (${error instanceof Error ? error.message : String(error)}).`,
        );
      }
    }),
  );
}

/** The stored bytes of the owner's files this call is read with (they travel as bundle parts). */
export function storedInputs(
  entries: readonly ImportEntry[],
  parts: Readonly<Record<string, Uint8Array>>,
): InputFile[] {
  return entries.flatMap((e) => {
    const bytes = parts[importPartName(e.sha256)];
    return bytes === undefined ? [] : [{ name: e.fileName, bytes }];
  });
}

/** The `--year` flag: a collection year as `2025/26` or `2025-26`. */
export function yearOption(value: string | undefined): CollectionYear | undefined {
  if (value === undefined) return undefined;
  const year = parseCollectionYear(value);
  if (year === undefined) {
    throw usageError(
      `--year "${value}" is not a collection year: use the form 2025/26 or 2025-26 (the year starting 1 April 2025)`,
    );
  }
  return year;
}

/** The 903 collection year some files were checked against, for `--json` and the text. */
export function callYear(results: readonly ParsedFile[]) {
  const first = results.find((result) => result.year !== undefined);
  if (first?.year === undefined) return undefined;
  return {
    ...first.year,
    label: collectionYearLabel(first.year),
    source: first.yearSource ?? 'detected',
  };
}

/** The owner's name as the command's messages give it. */
export function ownerWords(owner: string): string {
  return owner === 'council' ? 'the council' : owner;
}

/** One file checked again, as `--json` lists it. */
export type RecheckedFile = {
  readonly id: string;
  readonly owner: string;
  readonly file: string;
  readonly problems: ParsedFile['problemCounts'];
  readonly year?: CollectionYear;
  readonly yearSource?: 'given' | 'detected';
};

/** What re-checking some owners' returns made: the log and parts after, and each file's counts. */
export type RecheckOutcome = {
  readonly operations: Operation[];
  readonly parts: Record<string, Uint8Array>;
  readonly files: RecheckedFile[];
  /** Why an owner's return could not be checked again (the rest were). */
  readonly failures: string[];
};

/**
 * Checks again the current returns an import call changes the context of:
 * the owner's, after their previous-year return came in; every owner's,
 * after a provider list came in. Each re-check's log changes and new stored
 * reads are added to `operations` and `parts`.
 */
export function recheckAfterImport(
  author: string,
  operations: readonly Operation[],
  parts: Readonly<Record<string, Uint8Array>>,
  owners: readonly string[],
  period: ImportPeriod = 'current',
  year?: CollectionYear | null,
): RecheckOutcome {
  const ops = [...operations];
  const after: Record<string, Uint8Array> = { ...parts };
  const files: RecheckedFile[] = [];
  const failures: string[] = [];
  for (const owner of owners) {
    const outcome = recheckReturn(commandContext(author, ops), after, owner, period, year);
    if (!outcome.ok) {
      failures.push(outcome.error.message);
      continue;
    }
    ops.push(...outcome.data.operations);
    for (const entry of outcome.data.entries) {
      const read = outcome.data.reads.get(entry.id);
      if (read === undefined) continue;
      after[readPartName(entry.id)] = storedReadBytes(read);
      files.push({
        id: entry.id,
        owner,
        file: entry.fileName,
        problems: read.problemCounts,
        ...(read.year === undefined ? {} : { year: read.year }),
        ...(read.yearSource === undefined ? {} : { yearSource: read.yearSource }),
      });
    }
  }
  return { operations: ops, parts: after, files, failures };
}

/** The owners whose current return an import call of `period` and these kinds makes stale. */
export function ownersToRecheck(
  operations: readonly Operation[],
  owner: string,
  period: ImportPeriod,
  kinds: readonly string[],
): string[] {
  if (period === 'previous') {
    return returnEntries(operations, owner, 'current').length > 0 ? [owner] : [];
  }
  return kinds.includes('ofsted-providers') ? ownersWithReturn(operations, 'current') : [];
}

/** The text lines saying which files were checked again. */
export function recheckText(files: readonly RecheckedFile[]): string[] {
  return files.map(
    (file) =>
      `Checked again: ${file.file} (${ownerWords(file.owner)}): ${file.problems.error} errors, ${file.problems.warning} warnings, ${file.problems.info} notes`,
  );
}
