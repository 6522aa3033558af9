/**
 * Checks every cell of a read 903 file against the spec of its collection
 * year. Reading and checking are two steps so that a whole import call is
 * read first, its year worked out from the episodes (year.ts), and only then
 * every cell checked against that year's code lists (a 2024/25 return has
 * SEX `M`/`F`/`U` where a 2017/18 one has `1`/`2`).
 */
import { NOTHING_COVERED, withoutCovered, type CoveredChecks } from './spec-covered';
import { checkRow, columnChecks, specYearOf, tableInYear } from './spec';
import { SPEC_BY_YEAR, SPEC_YEARS, type SpecYear } from './spec-years';
import { TABLE_NAMES, type TableName } from './tables';
import {
  addProblem,
  type CollectionYear,
  type Ssda903Result,
  type Ssda903Row,
  type Ssda903Tables,
} from './types';
import { collectionYear, collectionYearLabel, detectCollectionYear } from './year';

/** What the cell checks are run against. */
export type CellCheckOptions = {
  /** The return's collection year; by default the one the file's own episodes imply. */
  readonly year?: CollectionYear;
  /** Checks a DfE rule in force does itself, not to be reported twice (spec-covered.ts). */
  readonly covered?: CoveredChecks;
};

/** The rows of each table of one read file. */
function tablesIn(
  result: Ssda903Result,
): ReadonlyArray<readonly [TableName, readonly Ssda903Row[]]> {
  if (result.kind === 'ssda903-csv') return [[result.table, result.rows]];
  return TABLE_NAMES.flatMap((table) => {
    const rows = result.tables[table];
    return rows === undefined ? [] : [[table, rows] as const];
  });
}

/** The year the episodes of some read files imply, if any (year.ts). */
export function yearOfResults(results: readonly Ssda903Result[]): CollectionYear | undefined {
  const tables: Ssda903Tables = {
    Episodes: results.flatMap((result) =>
      tablesIn(result).flatMap(([table, rows]) =>
        table === 'Episodes' ? [{ file: result.file, table, rows }] : [],
      ),
    ),
  };
  return detectCollectionYear(tables);
}

/** The first collection year whose spec has `table` (SW_Episodes: 2023/24). */
function firstYearWith(table: TableName): SpecYear | undefined {
  return SPEC_YEARS.find((year) => SPEC_BY_YEAR[year].tables[table] !== undefined);
}

/** The start of a spec year (`2023/24` → 1 April 2023), to compile its checks. */
function startOf(year: SpecYear): CollectionYear {
  return collectionYear(Number(year.slice(0, 4)));
}

/**
 * Checks every cell of `result` against the spec of `year` (given, or else the
 * year its own episodes imply, or else DEFAULT_SPEC_YEAR), adding each problem
 * to the result and marking its row. A table that year's return does not have
 * (SW_Episodes before 2023/24) gets one warning, and its cells are checked
 * against the first year's spec that has it.
 */
export function checkCells(result: Ssda903Result, options: CellCheckOptions = {}): void {
  const year = options.year ?? yearOfResults([result]);
  const covered = options.covered ?? NOTHING_COVERED;
  for (const [table, rows] of tablesIn(result)) {
    let checkYear = year;
    const first = firstYearWith(table);
    if (!tableInYear(table, year) && first !== undefined) {
      checkYear = startOf(first);
      if (rows.length > 0) {
        const label = year === undefined ? specYearOf(year) : collectionYearLabel(year);
        addProblem(result.problems, {
          rule: '903.year.table-not-in-year',
          severity: 'warning',
          file: result.file,
          sheet: table,
          message:
            `The ${table} table is not part of the SSDA903 return for ${label}: it was added for ${first}. ` +
            `Its cells were checked against the ${first} spec. Check the collection year of this file.`,
        });
      }
    }
    const checks = withoutCovered(columnChecks(table, checkYear), table, covered);
    for (let at = 0; at < rows.length; at += 1) {
      const row = rows[at];
      if (row !== undefined) checkRow(result.file, table, checks, row, result.problems);
    }
  }
}
