import type { Operation } from '../bundle';
import { councilComparators } from '../comparators/compare';
import { withComparators } from '../comparators/indicator-comparators';
import { reportComparatorsFrom } from '../comparators/report';
import type { ComparatorDataset } from '../comparators/types';
import type { Workbook } from '../domain';
import type { ReportComparators, ReportConflicts, ReportIndicators } from '../reports/inputs';
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
  readonly comparators?: ReportComparators;
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
 * day the check is reported as made. With `dataset` (the comparators in
 * force), the indicators carry the DfE's published figures beside them and the
 * report lists the council's published comparators, records or not.
 */
export function reportInputs(
  workbook: Workbook,
  operations: readonly Operation[],
  records: ImportedRecords | undefined,
  checkedAt: string,
  wanted: WantedInputs = { indicators: true, conflicts: true },
  dataset?: ComparatorDataset,
): ReportInputs {
  const council = workbook.inspection.council;
  // The published figures need no records: a report made before any import still shows them.
  const published =
    dataset === undefined ? undefined : councilComparators(dataset, council.laCode, council.name);
  const comparators =
    published === undefined ? {} : { comparators: reportComparatorsFrom(published) };
  if (records === undefined || !reportNeedsRecords(operations)) return comparators;
  const computed = indicatorsFor(workbook, records);
  const indicators = wanted.indicators
    ? reportIndicatorsFrom(
        dataset === undefined ? computed : withComparators(computed, dataset, council.laCode),
        workbook,
        published?.la.region ?? null,
      )
    : undefined;
  const conflicts =
    wanted.conflicts && conflictInputs(workbook, operations).checked
      ? reportConflictsFrom(runConflicts(workbook, operations, records), checkedAt)
      : undefined;
  return {
    ...comparators,
    ...(indicators === undefined ? {} : { indicators }),
    ...(conflicts === undefined ? {} : { conflicts }),
  };
}
