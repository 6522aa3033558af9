/**
 * One call for a whole 903 import: read every file (CSV tables and/or the XML
 * return, told apart by content), work out the collection year, check every
 * cell against that year's spec, check the files against each other, and mark
 * every row with all its problems. A file that cannot be read is refused on
 * its own: the others are still read and checked, each with a warning naming
 * the refused 903 table it was checked without.
 */
import { FileRefusedError, type RecordProblem } from '../problem';
import { detect903, read903Unchecked } from './detect';
import { coveredChecks } from './spec-covered';
import { checkCells, yearOfResults } from './spec-cells';
import { TABLE_NAMES, type TableName } from './tables';
import { addProblem, type CollectionYear, type Ssda903Result, type Ssda903Row } from './types';
import { crossTableFindings, tablesOf, type ValidateOptions, type YearSource } from './validate';

/** One file to import: its name as the user chose it, and its bytes (or text). */
export type Ssda903File = { readonly name: string; readonly bytes: Uint8Array | string };

/** A file that could not be read: its name, the refusal's reason code and its one-line message. */
export type RefusedFile = {
  readonly file: string;
  readonly reason: string;
  readonly message: string;
};

/** What became of one file: read, or refused. */
export type Ssda903Outcome =
  | { readonly ok: true; readonly result: Ssda903Result }
  | { readonly ok: false; readonly refused: RefusedFile };

/** The outcome of `import903`. */
export type Ssda903Import = {
  readonly year: CollectionYear | undefined;
  readonly yearSource: YearSource;
  /** The files read, in the order given; each file's `problems` include its cross-table ones. */
  readonly results: readonly Ssda903Result[];
  /** The files refused, in the order given. */
  readonly refused: readonly RefusedFile[];
  /** One outcome per file given, in order. */
  readonly outcomes: readonly Ssda903Outcome[];
};

function tablesIn(result: Ssda903Result): readonly TableName[] {
  return result.kind === 'ssda903-csv'
    ? [result.table]
    : TABLE_NAMES.filter((table) => (result.tables[table] ?? []).length > 0);
}

function readOne(file: Ssda903File): Ssda903Outcome {
  try {
    return { ok: true, result: read903Unchecked(file.name, file.bytes) };
  } catch (error: unknown) {
    if (!(error instanceof FileRefusedError)) throw error;
    return {
      ok: false,
      refused: { file: error.file, reason: error.reason, message: error.message },
    };
  }
}

/** What a refused file held, when its content still shows it was a 903 table or return. */
function refusedTable(file: Ssda903File): string | undefined {
  const detection = detect903(file.name, file.bytes);
  if (detection.kind === 'ssda903-csv') return `the ${detection.table} table`;
  return detection.kind === 'ssda903-xml' ? 'a 903 XML return' : undefined;
}

function warnSameTable(results: readonly Ssda903Result[]): void {
  const holder = new Map<TableName, string>();
  for (const result of results) {
    for (const table of tablesIn(result)) {
      const first = holder.get(table);
      if (first === undefined) {
        holder.set(table, result.file);
        continue;
      }
      result.problems.push({
        rule: '903.import.same-table',
        severity: 'warning',
        file: result.file,
        sheet: table,
        message: `This file holds the ${table} table, as ${first} does. Both are kept and checked together; if one is a copy or an old version, import only the other.`,
      });
    }
  }
}

/**
 * Reads and validates a set of 903 files. Two files holding the same table are
 * both kept (and checked together) with a warning on the later one. The year
 * is `options.year` or else the one the episodes imply; cells are checked
 * against its spec, leaving out the checks a DfE rule in force does itself.
 */
export function import903(
  files: readonly Ssda903File[],
  options: ValidateOptions = {},
): Ssda903Import {
  const outcomes = files.map(readOne);
  const results = outcomes.flatMap((outcome) => (outcome.ok ? [outcome.result] : []));
  const refused = outcomes.flatMap((outcome) => (outcome.ok ? [] : [outcome.refused]));
  const cellYear = options.year ?? yearOfResults(results);
  const covered = coveredChecks(cellYear);
  for (const result of results) {
    checkCells(result, cellYear === undefined ? { covered } : { year: cellYear, covered });
  }
  warnSameTable(results);
  outcomes.forEach((outcome, index) => {
    const file = files[index];
    if (outcome.ok || file === undefined) return;
    const what = refusedTable(file);
    if (what === undefined) return;
    for (const result of results) {
      result.problems.push({
        rule: '903.import.refused-file',
        severity: 'warning',
        file: result.file,
        message: `${file.name} (${what}) was refused in the same import, so this file was checked without it: checks across the return's tables that need it were not made. Fix ${file.name} and import it again.`,
      });
    }
  });
  // A finding's source shares its rows array with the result it came from.
  const owner = new Map<readonly Ssda903Row[], Ssda903Result>();
  for (const result of results) {
    if (result.kind === 'ssda903-csv') owner.set(result.rows, result);
    else for (const rows of Object.values(result.tables)) owner.set(rows, result);
  }
  const { year, yearSource, findings } = crossTableFindings(tablesOf(results), options);
  for (const finding of findings) {
    const problems: RecordProblem[] | undefined = owner.get(finding.source.rows)?.problems;
    if (problems !== undefined) addProblem(problems, finding.problem, finding.row);
  }
  return { year, yearSource, results, refused, outcomes };
}
