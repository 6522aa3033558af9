import type { RecordProblem } from '../../../shared/records/problem';
import { placeProblem, rowPositions, tableOfProblem } from '../../../shared/records/problem-place';
import type { WorkbookDb } from './db';
import { listImports, problemsOf, rowsOf } from './imports-repository';
import type { ImportRecord } from './schema';

/** One problem with the file it came from and where it sits among that file's stored rows. */
export type ProblemEntry = {
  readonly problem: RecordProblem;
  readonly importId: string;
  /** `council`, a delegated provider's id, or `inspection`. */
  readonly owner: string;
  readonly fileName: string;
  /** `previous`: the file is of the owner's previous-year return. */
  readonly period?: 'previous';
  /** The stored table the problem is in, if it is in one. */
  readonly table?: string;
  /** The problem's row as the rows view numbers it: 1-based position in `table` as stored. */
  readonly position?: number;
  /** The child whose row it is, read from the row. */
  readonly childId?: string;
};

/**
 * One import's problems in file order, each placed among the import's
 * stored rows. Only tables that have problems on rows are read.
 */
export async function placedProblemsOf(
  db: WorkbookDb,
  record: ImportRecord,
): Promise<ProblemEntry[]> {
  const problems = await problemsOf(db, record.id);
  const tables = Object.keys(record.tables);
  const needed = new Set<string>();
  for (const problem of problems) {
    const table = tableOfProblem(problem, tables);
    if (table !== undefined && problem.row !== undefined) needed.add(table);
  }
  const rows = new Map<string, readonly unknown[]>();
  await Promise.all(
    [...needed].map(async (table) => rows.set(table, await rowsOf(db, record.id, table))),
  );
  const positions = new Map<string, ReadonlyMap<number, number>>();
  const rowsFor = (table: string) => rows.get(table) ?? [];
  const positionsFor = (table: string) => {
    const known = positions.get(table);
    if (known !== undefined) return known;
    const made = rowPositions(rowsFor(table));
    positions.set(table, made);
    return made;
  };
  return problems.map((problem): ProblemEntry => ({
    problem,
    importId: record.id,
    owner: record.owner,
    fileName: record.fileName,
    ...(record.period === 'previous' ? { period: record.period } : {}),
    ...placeProblem(problem, tables, rowsFor, positionsFor),
  }));
}

/**
 * Every problem of every file imported for an inspection, newest file first
 * and each file's problems in file order, each placed among its file's
 * stored rows.
 */
export async function listInspectionProblems(
  db: WorkbookDb,
  inspectionId: string,
): Promise<ProblemEntry[]> {
  const imports = await listImports(db, inspectionId);
  const perFile = await Promise.all(imports.map((record) => placedProblemsOf(db, record)));
  return perFile.flat();
}
