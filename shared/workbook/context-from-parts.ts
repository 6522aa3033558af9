import type { Operation } from '../bundle';
import type { Workbook } from '../domain';
import { FileRefusedError } from '../records/problem';
import { readRecordFiles, type InputFile, type ParsedFile } from '../records/read-files';
import { providersFrom } from '../records/registered-providers';
import type { RegisteredProvider } from '../records/ssda903/dfe/rule';
import { providerListEntries, returnEntries, type CheckContext } from './check-context';
import { importPartName, type ImportEntry, type ImportPeriod } from './import-record';
import { storedRead } from './stored-read-part';

/** An import's source bytes as a file to read, when the bundle carries them. */
export function inputOf(
  entry: ImportEntry,
  parts: Readonly<Record<string, Uint8Array>>,
): InputFile | undefined {
  const bytes = parts[importPartName(entry.sha256)];
  return bytes === undefined ? undefined : { name: entry.fileName, bytes };
}

/** One import as read: its stored read, or else its bytes read again (`undefined` if neither). */
function parsedOf(
  entry: ImportEntry,
  parts: Readonly<Record<string, Uint8Array>>,
): ParsedFile | undefined {
  const stored = storedRead(entry, parts);
  if (stored !== undefined) return stored;
  const input = inputOf(entry, parts);
  if (input === undefined) return undefined;
  try {
    return readRecordFiles([input])[0];
  } catch (error: unknown) {
    if (error instanceof FileRefusedError) return undefined;
    throw error;
  }
}

/**
 * The providers of the provider lists imported for the inspection, by URN;
 * `undefined` when none is imported (the URN rules then flag nothing, rather
 * than every URN).
 */
export function providersFromParts(
  operations: readonly Operation[],
  parts: Readonly<Record<string, Uint8Array>>,
): ReadonlyMap<string, RegisteredProvider> | undefined {
  const lists = providerListEntries(operations).flatMap((entry) => {
    const parsed = parsedOf(entry, parts);
    return parsed === undefined ? [] : [parsed];
  });
  return lists.length === 0 ? undefined : providersFrom(lists);
}

/**
 * What one owner's return of `period` is checked in: for this year's, the
 * owner's previous-year files; for either, the provider lists and the
 * council's LA code. `providers` may be passed when already worked out.
 */
export function checkContextFromParts(
  operations: readonly Operation[],
  parts: Readonly<Record<string, Uint8Array>>,
  workbook: Workbook | undefined,
  owner: string,
  period: ImportPeriod,
  providers: ReadonlyMap<string, RegisteredProvider> | undefined = providersFromParts(
    operations,
    parts,
  ),
): CheckContext {
  const previous =
    period === 'current'
      ? returnEntries(operations, owner, 'previous').flatMap((entry) => {
          const input = inputOf(entry, parts);
          return input === undefined ? [] : [input];
        })
      : [];
  const laCode = workbook?.inspection.council.laCode;
  return {
    ...(previous.length === 0 ? {} : { previous }),
    ...(providers === undefined ? {} : { providers }),
    ...(laCode === undefined ? {} : { laCode }),
  };
}
