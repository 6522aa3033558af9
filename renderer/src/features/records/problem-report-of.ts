import {
  problemReport,
  type PlacedProblem,
  type ProblemReport,
} from '../../../../shared/records/problem-report/report';
import type { ProblemEntry } from '../../db/problems-repository';
import type { ImportRecord } from '../../db/schema';

/** Which imports the report lists: one owner's (`''` for everyone's), and whether only those with a problem shown. */
export type ReportFiles = { readonly owner: string; readonly onlyWithProblems: boolean };

/**
 * The problem report (shared/records/problem-report) of the problems the
 * page shows, so the CSV and xlsx saved here are the ones `workbook
 * problems` writes. `files` are the imports the report lists: when the
 * list is narrowed by more than whose records they are, only the files with
 * a problem shown, so a file is never listed as having none when its
 * problems were merely filtered out.
 */
export function reportOfEntries(
  imports: readonly ImportRecord[],
  entries: readonly ProblemEntry[],
  files: ReportFiles,
): ProblemReport {
  const byImport = new Map<string, PlacedProblem[]>();
  for (const entry of entries) {
    const placed: PlacedProblem = {
      problem: entry.problem,
      ...(entry.table === undefined ? {} : { table: entry.table }),
      ...(entry.childId === undefined ? {} : { childId: entry.childId }),
    };
    const list = byImport.get(entry.importId);
    if (list === undefined) byImport.set(entry.importId, [placed]);
    else list.push(placed);
  }
  const listed = imports.filter((record) =>
    files.onlyWithProblems
      ? byImport.has(record.id)
      : files.owner === '' || record.owner === files.owner,
  );
  return problemReport(
    listed.map((record) => ({
      owner: record.owner,
      file: record.fileName,
      kind: record.kind,
      ...(record.year === undefined ? {} : { year: record.year }),
      ...(record.period === 'previous' ? { period: record.period } : {}),
      tables: Object.keys(record.tables),
      problems: byImport.get(record.id) ?? [],
    })),
  );
}
