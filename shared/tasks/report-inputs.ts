import type { Operation } from '../bundle';
import type { Workbook } from '../domain';
import type { ReportConflicts, ReportIndicators } from '../reports/inputs';
import {
  conflictInputs,
  importsFromOperations,
  indicatorsFor,
  reportConflictsFrom,
  reportIndicatorsFrom,
  runConflicts,
  type ImportedRecords,
} from '../workbook';

/** What the report shows from the imported records: indicators and conflicts, where there are any. */
export type ReportInputs = {
  readonly indicators?: ReportIndicators;
  readonly conflicts?: ReportConflicts;
};

/** Which inputs to build from the workbook's own records (a caller may bring its own file instead). */
export type WantedInputs = { readonly indicators: boolean; readonly conflicts: boolean };

/**
 * Whether the report needs the imported records at all: only when some file
 * was imported. Lets a caller skip reading the store for a workbook without
 * records.
 */
export function reportNeedsRecords(operations: readonly Operation[]): boolean {
  return importsFromOperations(operations).length > 0;
}

/**
 * The report's indicators and conflicts, built from what the readers made of
 * the imported files, for the command and the app alike. Indicators appear
 * once any file is imported; conflicts only once the register and the
 * placements they are checked against are there — the Conflicts screen's own
 * "not checked" rule (shared/workbook `conflictInputs`), so a report never
 * says "no conflicts" about a check that was not made. `checkedAt` is the
 * day the check is reported as made.
 */
export function reportInputs(
  workbook: Workbook,
  operations: readonly Operation[],
  records: ImportedRecords | undefined,
  checkedAt: string,
  wanted: WantedInputs = { indicators: true, conflicts: true },
): ReportInputs {
  if (records === undefined || !reportNeedsRecords(operations)) return {};
  const indicators = wanted.indicators
    ? reportIndicatorsFrom(indicatorsFor(workbook, records), workbook)
    : undefined;
  const conflicts =
    wanted.conflicts && conflictInputs(workbook, operations).checked
      ? reportConflictsFrom(runConflicts(workbook, operations, records), checkedAt)
      : undefined;
  return {
    ...(indicators === undefined ? {} : { indicators }),
    ...(conflicts === undefined ? {} : { conflicts }),
  };
}
