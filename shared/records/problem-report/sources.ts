/**
 * The report's sources from parsed files (a bundle's stored reads): each
 * problem placed among its file's rows, so its child is read from the row.
 */
import { placeProblem, rowPositions } from '../problem-place';
import type { ParsedFile } from '../read-files';
import type { PlacedProblem, ReportSource } from './report';

/** One owner's parsed files, as `importedRecords` (shared/workbook) gives them. */
export type OwnerFiles = {
  readonly owner: string;
  readonly files: readonly (ParsedFile & { readonly period?: 'previous' })[];
};

/** One parsed file's problems, each placed among its rows (problem-place.ts). */
export function placedProblemsOf(file: ParsedFile): PlacedProblem[] {
  const tables = Object.keys(file.tables);
  const positions = new Map<string, ReadonlyMap<number, number>>();
  const rowsOf = (table: string): readonly unknown[] => file.tables[table] ?? [];
  const positionsOf = (table: string): ReadonlyMap<number, number> => {
    const known = positions.get(table);
    if (known !== undefined) return known;
    const made = rowPositions(rowsOf(table));
    positions.set(table, made);
    return made;
  };
  return file.problems.map((problem) => {
    const place = placeProblem(problem, tables, rowsOf, positionsOf);
    return {
      problem,
      ...(place.table === undefined ? {} : { table: place.table }),
      ...(place.childId === undefined ? {} : { childId: place.childId }),
    };
  });
}

/** Every file of `owners` as a report source, in their order; `owner` keeps one owner's. */
export function reportSources(owners: readonly OwnerFiles[], owner?: string): ReportSource[] {
  return owners
    .filter((entry) => owner === undefined || entry.owner === owner)
    .flatMap((entry) =>
      entry.files.map((file): ReportSource => ({
        owner: entry.owner,
        file: file.file,
        kind: file.kind,
        ...(file.year === undefined ? {} : { year: file.year }),
        ...(file.period === 'previous' ? { period: file.period } : {}),
        tables: Object.keys(file.tables),
        problems: placedProblemsOf(file),
      })),
    );
}
