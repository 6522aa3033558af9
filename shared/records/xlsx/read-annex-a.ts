import type { RecordProblem } from '../problem';
import { quoted } from '../../limits';
import { addCapped, closeCapped } from '../problem-cap';
import { FileRefusedError } from '../problem';
import type { HeaderMatch } from './annex-a-headers';
import { headerPatterns, matchedCount, matchHeaders } from './annex-a-headers';
import type { AnnexAListName } from './annex-a-lists';
import { ANNEX_A_LIST_NAMES, ANNEX_A_LISTS, columnKey, listNameOf } from './annex-a-lists';
import type { AnnexARow } from './annex-a-rows';
import { readRows } from './annex-a-rows';
import { columnLetter } from './cell';
import type { ProblemFields } from './headers';
import { findHeaderRow, headerTexts, makeProblem } from './headers';
import type { XlsxRow } from './sheet-scan';
import type { XlsxWorkbook } from './workbook';
import { openXlsx } from './workbook';

/**
 * Reads an Ofsted Annex A workbook (ILACS child-level lists; ILACS Annex A, https://www.gov.uk/government/publications/inspecting-local-authority-childrens-services-from-2018,
 * ILACS Annex A, https://www.gov.uk/government/publications/inspecting-local-authority-childrens-services-from-2018): sheets `List 1` … `List 11`, a header row, then one
 * row per child (List 11: per adopter). Every non-empty row is kept with its
 * row number; problems are reported per cell.
 */

export type { AnnexARow } from './annex-a-rows';

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
  const patterns = headerPatterns(list);
  return findHeaderRow(
    rows,
    (headers) => matchedCount(columns, headers, patterns),
    MINIMUM_COLUMNS,
  );
}

function headerProblems(
  report: (fields: ProblemFields) => void,
  at: { readonly file: string; readonly sheet: string; readonly row: number },
  match: HeaderMatch,
): void {
  for (const { column, index, found, exact } of match.matches) {
    const header = columnKey(column);
    if (index === undefined && column.newer === true) {
      report({
        ...at,
        rule: 'annex-a.column.not-in-older-template',
        severity: 'info',
        column: header,
        message: `The column "${header}" is missing; the current Annex A template added it, so a list on the older template lacks it. Its answers are blank for every row.`,
      });
    } else if (index === undefined) {
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
        message: `Column ${columnLetter(index)} "${quoted(found ?? '')}" was read as the template's "${header}".`,
      });
    }
  }
  // A column the template does not have is common in councils' exports: a
  // warning naming it and the file, and the rest of the sheet is read.
  for (const { index, header } of match.extras) {
    report({
      ...at,
      rule: 'annex-a.column.extra',
      severity: 'warning',
      column: header,
      message: `${at.file}, sheet "${quoted(at.sheet)}": column ${columnLetter(index)} "${quoted(header)}" is not in the Annex A template; its values are kept as text under that header and the rest of the sheet was read.`,
    });
  }
  for (const { index, header } of match.duplicates) {
    report({
      ...at,
      rule: 'annex-a.column.duplicate',
      severity: 'warning',
      column: header,
      message: `Column ${columnLetter(index)} "${quoted(header)}" repeats a column already found to its left, so it was not read. Remove one of the two.`,
    });
  }
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
    addCapped(problems, makeProblem(fields));
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
        message: `Sheet "${quoted(sheet)}" has no header row with ${list}'s columns (such as "${columnKey(ANNEX_A_LISTS[list][0])}"), so it was not read. Restore the template's header row and import again.`,
      });
      continue;
    }
    const match = matchHeaders(ANNEX_A_LISTS[list], headerTexts(headerRow), headerPatterns(list));
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
      rows: readRows({ file, sheet, list }, rows.slice(headerIndex + 1), match, problems),
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
      message: `Sheet "${quoted(sheet)}" is not an Annex A list, so it was not read.`,
    });
  }
  closeCapped(problems);
  return { kind: 'annex-a', file, sheets, problems };
}

/** Reads an Annex A workbook from its bytes; see {@link readAnnexAFrom}. */
export function readAnnexA(file: string, bytes: Uint8Array): AnnexAResult {
  return readAnnexAFrom(openXlsx(file, bytes));
}
