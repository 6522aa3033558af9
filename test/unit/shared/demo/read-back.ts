/**
 * Generates the demo records once and reads every file group back through
 * the app's readers, as the tests need them.
 */
import type { InputFile, ParsedFile } from '../../../../shared/records/read-files';
import { readRecordFiles } from '../../../../shared/records/read-files';
import { generateDemoRecords, type DemoRecords } from '../../../../shared/demo';

/** A row as the 903 readers keep it. */
export type Row903 = { readonly row: number; readonly values: Readonly<Record<string, string>> };

/** The generated records and each group read back. */
export type ReadBack = {
  readonly records: DemoRecords;
  readonly groups: Readonly<
    Record<'council' | 'trust' | 'swp' | 'inspection', readonly ParsedFile[]>
  >;
};

/** Every file group of `records`, by name. */
export function groupsOf(
  records: DemoRecords,
): Record<keyof ReadBack['groups'], readonly InputFile[]> {
  return {
    council: records.council,
    trust: records.providers.trust,
    swp: records.providers.swp,
    inspection: records.inspection,
  };
}

let cached: ReadBack | undefined;

/** Generates with the default options and reads back each group (once per test file). */
export function readBack(): ReadBack {
  if (cached !== undefined) return cached;
  const records = generateDemoRecords();
  const files = groupsOf(records);
  cached = {
    records,
    groups: {
      council: readRecordFiles(files.council),
      trust: readRecordFiles(files.trust),
      swp: readRecordFiles(files.swp),
      inspection: readRecordFiles(files.inspection),
    },
  };
  return cached;
}

/** True for a row as the 903 and Annex A readers keep it (a row number and values). */
export function isRow(row: unknown): row is Row903 {
  return typeof row === 'object' && row !== null && 'row' in row && 'values' in row;
}

/** The rows of 903 table or Annex A list `table` in a group. */
export function table903(parsed: readonly ParsedFile[], table: string): Row903[] {
  const file = parsed.find((candidate) => candidate.tables[table] !== undefined);
  return (file?.tables[table] ?? []).filter(isRow);
}

/** The group names, in order. */
export const GROUPS = ['council', 'trust', 'swp', 'inspection'] as const;

/** Distinct values of `column` in `rows`. */
export function distinct(rows: readonly Row903[], column: string): Set<string> {
  return new Set(rows.map((row) => row.values[column] ?? ''));
}
