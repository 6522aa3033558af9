/**
 * One call for a whole 903 import: read every file (CSV tables and/or the XML
 * return, told apart by content), check them against each other, and mark
 * every row with all its problems. If any file is refused, the whole import is
 * refused (FileRefusedError), so nothing half-read is stored.
 */
import type { RecordProblem } from '../problem';
import { read903 } from './detect';
import { TABLE_NAMES, type TableName } from './tables';
import { addProblem, type CollectionYear, type Ssda903Result, type Ssda903Row } from './types';
import { crossTableFindings, tablesOf, type ValidateOptions, type YearSource } from './validate';

/** One file to import: its name as the user chose it, and its bytes (or text). */
export type Ssda903File = { readonly name: string; readonly bytes: Uint8Array | string };

/** The outcome of `import903`. */
export type Ssda903Import = {
  readonly year: CollectionYear | undefined;
  readonly yearSource: YearSource;
  /** One result per file, in the order given; each file's `problems` include its cross-table ones. */
  readonly results: readonly Ssda903Result[];
};

function tablesIn(result: Ssda903Result): readonly TableName[] {
  return result.kind === 'ssda903-csv'
    ? [result.table]
    : TABLE_NAMES.filter((table) => (result.tables[table] ?? []).length > 0);
}

/**
 * Reads and validates a set of 903 files. Two files holding the same table are
 * both kept (and checked together) with a warning on the later one.
 */
export function import903(
  files: readonly Ssda903File[],
  options: ValidateOptions = {},
): Ssda903Import {
  const results = files.map((file) => read903(file.name, file.bytes));
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
  return { year, yearSource, results };
}
