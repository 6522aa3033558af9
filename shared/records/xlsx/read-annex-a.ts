import type { RecordProblem, Severity } from '../problem';
import { FileRefusedError } from '../problem';
import type { ColumnMatch, HeaderMatch } from './annex-a-headers';
import { matchedCount, matchHeaders } from './annex-a-headers';
import type { AnnexAListName } from './annex-a-lists';
import { ANNEX_A_LIST_NAMES, ANNEX_A_LISTS, columnKey, listNameOf } from './annex-a-lists';
import type { AnnexAValue } from './annex-a-values';
import { readAnnexACell } from './annex-a-values';
import type { CellValue } from './cell';
import { cellText, columnLetter, isFormulaWithoutValue } from './cell';
import type { ProblemFields } from './headers';
import { findHeaderRow, headerTexts, isBlankRow, makeProblem } from './headers';
import type { XlsxRow } from './sheet-scan';
import type { XlsxWorkbook } from './workbook';
import { openXlsx } from './workbook';

/**
 * Reads an Ofsted Annex A workbook (ILACS child-level lists; domain.md §3.1,
 * data-formats.md §5): sheets `List 1` … `List 11`, a header row, then one
 * row per child (List 11: per adopter). Every non-empty row is kept with its
 * row number; problems are reported per cell.
 */

/** One data row: its row number in the sheet and its values by column key. */
export type AnnexARow = {
  readonly row: number;
  /**
   * Values by the template header (trimmed; see {@link columnKey}), in
   * template order, then any extra columns by their own header. A template
   * column the sheet lacks is null.
   */
  readonly values: Readonly<Record<string, AnnexAValue>>;
};

/** Where one template column was found. */
export type AnnexAColumn = {
  /** The key its values are stored under. */
  readonly key: string;
  /** The header as the sheet writes it, or null if the sheet lacks the column. */
  readonly header: string | null;
  /** The sheet column's letters (`A`, `AB`), or null. */
  readonly letter: string | null;
};

/** One list as read. */
export type AnnexAList = {
  readonly list: AnnexAListName;
  /** The sheet's name as the workbook writes it. */
  readonly sheet: string;
  readonly headerRow: number;
  readonly columns: readonly AnnexAColumn[];
  readonly rows: readonly AnnexARow[];
};

/** An Annex A workbook as read. */
export type AnnexAResult = {
  readonly kind: 'annex-a';
  readonly file: string;
  /** The lists found, by list name; a list the workbook lacks is absent. */
  readonly sheets: Partial<Record<AnnexAListName, AnnexAList>>;
  readonly problems: readonly RecordProblem[];
};

/** A header row must match this many of its list's template columns. */
const MINIMUM_COLUMNS = 3;

type ListSheet = { readonly list: AnnexAListName; readonly sheet: string };

/** The sheets named as Annex A lists (first sheet per list), in workbook order. */
export function listSheets(workbook: XlsxWorkbook): ListSheet[] {
  const found: ListSheet[] = [];
  for (const sheet of workbook.sheetNames) {
    const list = listNameOf(sheet);
    if (list !== undefined && !found.some((entry) => entry.list === list))
      found.push({ list, sheet });
  }
  return found;
}

/** The index of the header row among `rows` for a list, if any row has enough template headers. */
export function annexAHeaderIndex(
  list: AnnexAListName,
  rows: readonly XlsxRow[],
): number | undefined {
  const columns = ANNEX_A_LISTS[list];
  return findHeaderRow(rows, (headers) => matchedCount(columns, headers), MINIMUM_COLUMNS);
}

function headerProblems(
  report: (fields: ProblemFields) => void,
  at: { readonly file: string; readonly sheet: string; readonly row: number },
  match: HeaderMatch,
): void {
  for (const { column, index, found, exact } of match.matches) {
    const header = columnKey(column);
    if (index === undefined) {
      report({
        ...at,
        rule: 'annex-a.column.missing',
        severity: 'warning',
        column: header,
        message: `The column "${header}" is missing, so its answers are blank for every row. Add it from the Annex A template if the data exists.`,
      });
    } else if (!exact) {
      report({
        ...at,
        rule: 'annex-a.column.variant',
        severity: 'info',
        column: found,
        message: `Column ${columnLetter(index)} "${found ?? ''}" was read as the template's "${header}".`,
      });
    }
  }
  for (const { index, header } of match.extras) {
    report({
      ...at,
      rule: 'annex-a.column.extra',
      severity: 'info',
      column: header,
      message: `Column ${columnLetter(index)} "${header}" is not in the Annex A template; its values are kept as text under that header.`,
    });
  }
  for (const { index, header } of match.duplicates) {
    report({
      ...at,
      rule: 'annex-a.column.duplicate',
      severity: 'warning',
      column: header,
      message: `Column ${columnLetter(index)} "${header}" repeats a column already found to its left, so it was not read. Remove one of the two.`,
    });
  }
}

/** A cell as the user would quote it in a problem: a formula without a result as `=formula`. */
function shownValue(cell: CellValue | undefined): string {
  if (cell === undefined) return '';
  return isFormulaWithoutValue(cell) ? `=${cell.formula}` : cellText(cell);
}

type Issue = readonly [rule: string, severity: Severity, message: string];

/** Reads one template column's cells, row after row, reporting problems at the cell. */
type ColumnReader = {
  readonly key: string;
  readonly index: number | undefined;
  readonly read: (cell: CellValue | undefined, row: number) => AnnexAValue;
};

function columnReader(
  file: string,
  sheet: string,
  match: ColumnMatch,
  problems: RecordProblem[],
): ColumnReader {
  const key = columnKey(match.column);
  const column = match.found ?? key;
  const kind = match.column.kind;
  let row = 0;
  let cell: CellValue | undefined;
  const report = (rule: string, severity: Severity, message: string): void => {
    problems.push({ rule, severity, file, sheet, row, column, value: shownValue(cell), message });
  };
  // Coded answers repeat (a few dozen distinct texts in 100,000 rows): each
  // distinct text is read once and its reading and problems replayed.
  const memo =
    kind.type === 'code' || kind.type === 'option'
      ? new Map<string, { value: AnnexAValue; issues: Issue[] }>()
      : undefined;
  const read = (current: CellValue | undefined, rowNumber: number): AnnexAValue => {
    row = rowNumber;
    cell = current;
    if (memo === undefined || typeof current !== 'string')
      return readAnnexACell(kind, current, report);
    let known = memo.get(current);
    if (known === undefined) {
      const issues: Issue[] = [];
      const value = readAnnexACell(kind, current, (...issue) => issues.push(issue));
      known = { value, issues };
      if (memo.size < 10_000) memo.set(current, known);
    }
    for (const [rule, severity, message] of known.issues) report(rule, severity, message);
    return known.value;
  };
  return { key, index: match.index, read };
}

/** Reads the data rows of one list sheet into rows of values, reporting per cell. */
function readRows(
  file: string,
  sheet: string,
  rows: readonly XlsxRow[],
  matches: readonly ColumnMatch[],
  extras: HeaderMatch['extras'],
  problems: RecordProblem[],
): AnnexARow[] {
  const read: AnnexARow[] = [];
  const readers = matches.map((match) => columnReader(file, sheet, match, problems));
  const id = readers[0]?.index === undefined ? undefined : readers[0];
  const idColumn = matches[0]?.found ?? id?.key ?? '';
  for (const row of rows) {
    const cells = row.cells;
    if (isBlankRow(cells)) continue;
    const values: Record<string, AnnexAValue> = {};
    for (const reader of readers) {
      values[reader.key] = reader.read(
        reader.index === undefined ? undefined : cells[reader.index],
        row.row,
      );
    }
    for (const { index, header } of extras) {
      const text = cellText(cells[index] ?? null).trim();
      values[header] = text === '' ? null : text;
    }
    if (id !== undefined && values[id.key] === null) {
      problems.push({
        rule: 'annex-a.id.blank',
        severity: 'error',
        file,
        sheet,
        row: row.row,
        column: idColumn,
        message: `This row has no ${id.key}, so it cannot be linked to other lists or returns. Add the identifier.`,
      });
    }
    read.push({ row: row.row, values });
  }
  return read;
}

/**
 * Reads the Annex A lists of an opened workbook. Throws {@link FileRefusedError}
 * if no sheet is a list (named `List 1` … `List 11` with at least three of
 * that list's template headers).
 */
export function readAnnexAFrom(workbook: XlsxWorkbook): AnnexAResult {
  const file = workbook.file;
  const problems: RecordProblem[] = [];
  const report = (fields: ProblemFields): void => {
    problems.push(makeProblem(fields));
  };
  const sheets: Partial<Record<AnnexAListName, AnnexAList>> = {};
  const listed = listSheets(workbook);
  for (const { list, sheet } of listed) {
    const rows = workbook.rows(sheet);
    const headerIndex = annexAHeaderIndex(list, rows);
    const headerRow = headerIndex === undefined ? undefined : rows[headerIndex];
    if (headerIndex === undefined || headerRow === undefined) {
      report({
        rule: 'annex-a.header.not-found',
        severity: 'error',
        file,
        sheet,
        message: `Sheet "${sheet}" has no header row with ${list}'s columns (such as "${columnKey(ANNEX_A_LISTS[list][0])}"), so it was not read. Restore the template's header row and import again.`,
      });
      continue;
    }
    const match = matchHeaders(ANNEX_A_LISTS[list], headerTexts(headerRow));
    headerProblems(report, { file, sheet, row: headerRow.row }, match);
    sheets[list] = {
      list,
      sheet,
      headerRow: headerRow.row,
      columns: match.matches.map(({ column, index, found }) => ({
        key: columnKey(column),
        header: found ?? null,
        letter: index === undefined ? null : columnLetter(index),
      })),
      rows: readRows(
        file,
        sheet,
        rows.slice(headerIndex + 1),
        match.matches,
        match.extras,
        problems,
      ),
    };
  }
  if (Object.keys(sheets).length === 0) {
    throw new FileRefusedError(
      file,
      'annex-a.no-lists',
      `${file} is not an Annex A workbook: no sheet is named "List 1" … "List 11" with that list's header row. ` +
        'Check you chose the Annex A return, with its sheet names and header rows unchanged, and import it again.',
    );
  }
  for (const list of ANNEX_A_LIST_NAMES) {
    if (listed.some((entry) => entry.list === list)) continue;
    report({
      rule: 'annex-a.list.missing',
      severity: 'warning',
      file,
      sheet: list,
      message: `The workbook has no "${list}" sheet, so that list is empty. Ask the council for it if it should have data.`,
    });
  }
  for (const sheet of workbook.sheetNames) {
    if (listed.some((entry) => entry.sheet === sheet)) continue;
    report({
      rule: 'annex-a.sheet.skipped',
      severity: 'info',
      file,
      sheet,
      message: `Sheet "${sheet}" is not an Annex A list, so it was not read.`,
    });
  }
  return { kind: 'annex-a', file, sheets, problems };
}

/** Reads an Annex A workbook from its bytes; see {@link readAnnexAFrom}. */
export function readAnnexA(file: string, bytes: Uint8Array): AnnexAResult {
  return readAnnexAFrom(openXlsx(file, bytes));
}
