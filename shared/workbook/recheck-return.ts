import type { Operation } from '../bundle';
import { FileRefusedError } from '../records/problem';
import { readRecordFiles, type ParsedFile } from '../records/read-files';
import { givenYearOf } from '../records/stored-read';
import type { CollectionYear } from '../records/ssda903';
import { err, ok, type Result } from '../util/result';
import { givenYearOfReturn, readOptionsFor, returnEntries } from './check-context';
import { checkContextFromParts, inputOf } from './context-from-parts';
import { currentWorkbook, type CommandContext } from './context';
import type { ImportEntry, ImportPeriod } from './import-record';
import { recordRecheck } from './imports';
import { storedJson } from './stored-read-part';

/** One owner's return checked again: the log's changes and each file's new read, by import id. */
export type RecheckedReturn = {
  readonly operations: readonly Operation[];
  readonly entries: readonly ImportEntry[];
  readonly reads: ReadonlyMap<string, ParsedFile>;
};

/** Who owns a return, in words for a message. */
function whose(owner: string): string {
  return owner === 'council' ? 'the council' : `"${owner}"`;
}

/**
 * Checks one owner's SSDA903 return of `period` again from the files the
 * bundle carries: under `year` (a collection year; `null` to go back to
 * the year the episodes imply; absent to keep the year chosen before), with
 * the owner's previous-year return, the inspection's provider lists and LA
 * code as they are now. The files are read together, as at import. Records
 * each import's new counts (and the year chosen) in the log.
 */
export function recheckReturn(
  context: CommandContext,
  parts: Readonly<Record<string, Uint8Array>>,
  owner: string,
  period: ImportPeriod,
  year?: CollectionYear | null,
): Result<RecheckedReturn> {
  const entries = returnEntries(context.operations, owner, period);
  const label = period === 'previous' ? 'previous-year SSDA903 return' : 'SSDA903 return';
  if (entries.length === 0) {
    return err(
      'recheck.nothing',
      `No ${label} of ${whose(owner)} is imported, so there is nothing to check again.`,
    );
  }
  const inputs = entries.flatMap((entry) => {
    const input = inputOf(entry, parts);
    return input === undefined ? [] : [input];
  });
  if (inputs.length !== entries.length) {
    const lost = entries.filter((entry) => inputOf(entry, parts) === undefined);
    return err(
      'recheck.missing-source',
      `The workbook does not carry ${lost.map((entry) => entry.fileName).join(', ')} (${label} of ${whose(owner)}), so the return was not checked again; import those files again.`,
    );
  }
  const chosen =
    year === undefined
      ? givenYearOfReturn(entries, (entry) => givenYearOf(storedJson(entry, parts)))
      : (year ?? undefined);
  const workbook = currentWorkbook(context);
  const options = readOptionsFor(
    chosen,
    checkContextFromParts(
      context.operations,
      parts,
      workbook.ok ? workbook.data : undefined,
      owner,
      period,
    ),
  );
  let files: ParsedFile[];
  try {
    files = readRecordFiles(inputs, options);
  } catch (error: unknown) {
    if (!(error instanceof FileRefusedError)) throw error;
    return err(
      'recheck.refused',
      `${error.message} It was read when it was imported, so the stored copy is damaged; import it again.`,
    );
  }
  const reads = new Map<string, ParsedFile>();
  entries.forEach((entry, index) => {
    const file = files[index];
    if (file !== undefined) reads.set(entry.id, file);
  });
  const outcome = recordRecheck(
    context,
    entries.flatMap((entry) => {
      const file = reads.get(entry.id);
      if (file === undefined) return [];
      return [
        {
          id: entry.id,
          rows: file.rows,
          tables: file.tableCounts,
          problems: file.problemCounts,
          ...(year === undefined ? {} : { givenYear: year }),
        },
      ];
    }),
  );
  if (!outcome.ok) return outcome;
  return ok({ operations: outcome.data.operations, entries, reads });
}
