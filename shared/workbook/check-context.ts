import type { Operation } from '../bundle';
import { FileRefusedError } from '../records/problem';
import type { InputFile, ReadOptions } from '../records/read-files';
import { tablesOf, type CollectionYear, type Ssda903Tables } from '../records/ssda903';
import { read903Unchecked } from '../records/ssda903/detect';
import type { RegisteredProvider } from '../records/ssda903/dfe/rule';
import type { Ssda903Result } from '../records/ssda903/types';
import { periodOf, type ImportEntry, type ImportPeriod } from './import-record';
import { importsFromOperations } from './imports';

/**
 * What a 903 return is checked in, beyond its own files: the same owner's
 * return for the year before (the DfE rules that compare a child's record
 * across years), the Ofsted providers the inspection's provider lists hold
 * (the DfE's URN rules) and the placing council's LA code. DfE 903
 * validation rules: https://www.gov.uk/guidance/children-looked-after-return
 */
export type CheckContext = {
  /** The owner's previous-year 903 files, as stored. */
  readonly previous?: readonly InputFile[];
  /** Absent when no provider list is imported: the URN rules then flag nothing. */
  readonly providers?: ReadonlyMap<string, RegisteredProvider>;
  readonly laCode?: string;
};

/** Whether an import entry is one of an SSDA903 return's files. */
export function is903(entry: Pick<ImportEntry, 'kind'>): boolean {
  return entry.kind === 'ssda903-csv' || entry.kind === 'ssda903-xml';
}

/** An owner's 903 files of one period (the files a re-check reads again together). */
export function returnEntries(
  operations: readonly Operation[],
  owner: string,
  period: ImportPeriod,
): ImportEntry[] {
  return importsFromOperations(operations).filter(
    (entry) => entry.owner === owner && is903(entry) && periodOf(entry) === period,
  );
}

/** The owners with a 903 return of `period` imported. */
export function ownersWithReturn(
  operations: readonly Operation[],
  period: ImportPeriod = 'current',
): string[] {
  const owners = importsFromOperations(operations)
    .filter((entry) => is903(entry) && periodOf(entry) === period)
    .map((entry) => entry.owner);
  return [...new Set(owners)];
}

/** The Ofsted provider lists imported for the inspection. */
export function providerListEntries(operations: readonly Operation[]): ImportEntry[] {
  return importsFromOperations(operations).filter(
    (entry) => entry.owner === 'inspection' && entry.kind === 'ofsted-providers',
  );
}

/**
 * The tables of a previous-year return, as the rules that compare years
 * read them: only the rows matter, so the files are read without checking
 * their cells (their own problems were listed when they were imported). A
 * file that cannot be read is left out.
 */
export function previousTablesOf(files: readonly InputFile[]): Ssda903Tables | undefined {
  const results = files.flatMap((file): Ssda903Result[] => {
    try {
      return [read903Unchecked(file.name, file.bytes)];
    } catch (error: unknown) {
      if (error instanceof FileRefusedError) return [];
      throw error;
    }
  });
  return results.length === 0 ? undefined : tablesOf(results);
}

/** The readers' options for a 903 import or re-check under `year` (absent: the episodes' year). */
export function readOptionsFor(
  year: CollectionYear | undefined,
  context: CheckContext = {},
): ReadOptions {
  const previous = context.previous === undefined ? undefined : previousTablesOf(context.previous);
  return {
    ...(year === undefined ? {} : { year }),
    ...(previous === undefined ? {} : { previous }),
    ...(context.providers === undefined ? {} : { providers: context.providers }),
    ...(context.laCode === undefined ? {} : { laCode: context.laCode }),
  };
}

/**
 * The year a person chose for an owner's return: the latest choice recorded
 * on any of its files (`null` records a return to the episodes' year).
 * `fallback` gives, for a file with no choice in the log, the year given at
 * import in an older workbook (kept only in its stored read).
 */
export function givenYearOfReturn(
  entries: readonly ImportEntry[],
  fallback: (entry: ImportEntry) => CollectionYear | undefined = () => undefined,
): CollectionYear | undefined {
  for (const entry of entries) {
    if (entry.givenYear === null) return undefined;
    if (entry.givenYear !== undefined) return entry.givenYear;
  }
  for (const entry of entries) {
    const year = fallback(entry);
    if (year !== undefined) return year;
  }
  return undefined;
}
