import { clipped } from '../../limits';
import { addCapped } from '../problem-cap';
import type { RecordProblem, Severity } from '../problem';
import type { ColumnMatch, HeaderMatch } from './annex-a-headers';
import type { AnnexAListName } from './annex-a-lists';
import { columnKey } from './annex-a-lists';
import { COLUMN_SPELLINGS, SPELLING_TABLES } from './annex-a-spellings';
import type { AnnexAValue, Spellings } from './annex-a-values';
import { readAnnexACell, SPELLING_RULE } from './annex-a-values';
import type { CellValue } from './cell';
import { cellText, isFormulaWithoutValue } from './cell';
import { isBlankRow } from './headers';
import type { XlsxRow } from './sheet-scan';

/**
 * Turns an Annex A list's data rows into rows of values keyed by template
 * header, every non-empty row kept with its row number, each problem
 * reported at its cell (file, sheet, row, column, value).
 */

/** Where the rows are: the file, the sheet as named, and the list it is. */
export type RowsAt = {
  readonly file: string;
  readonly sheet: string;
  readonly list: AnnexAListName;
};

/** The councils' spellings of a list's column (annex-a-spellings.ts), if it has any. */
export function columnSpellings(list: AnnexAListName, key: string): Spellings | undefined {
  const table = COLUMN_SPELLINGS[list]?.[key];
  return table === undefined ? undefined : SPELLING_TABLES[table];
}

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

/** A cell as the user would quote it in a problem: a formula without a result as `=formula`. */
function shownValue(cell: CellValue | undefined): string {
  if (cell === undefined) return '';
  return clipped(isFormulaWithoutValue(cell) ? `=${cell.formula}` : cellText(cell));
}

type Issue = readonly [rule: string, severity: Severity, message: string];

/** Reads one template column's cells, row after row, reporting problems at the cell. */
type ColumnReader = {
  readonly key: string;
  readonly index: number | undefined;
  readonly read: (cell: CellValue | undefined, row: number) => AnnexAValue;
  /** Adds the notes held back until the whole column was read (see `respelled`). */
  readonly finish: () => void;
};

type Respelling = { readonly row: number; readonly message: string; count: number };

function columnReader(at: RowsAt, match: ColumnMatch, problems: RecordProblem[]): ColumnReader {
  const { file, sheet } = at;
  const key = columnKey(match.column);
  const column = match.found ?? key;
  const kind = match.column.kind;
  const spellings = columnSpellings(at.list, key);
  let row = 0;
  let cell: CellValue | undefined;
  // A council's spelling read as the template's answer is noted once per
  // column and spelling, at its first row, with how many rows have it: a
  // council's system writes its spelling in every row (every Gender "1 -
  // Male"), so a note per cell would be thousands alike, reach the cap on one
  // rule's problems and say nothing more than one note does.
  const respelled = new Map<string, Respelling>();
  const report = (rule: string, severity: Severity, message: string): void => {
    const value = shownValue(cell);
    if (rule === SPELLING_RULE) {
      const held = respelled.get(value);
      if (held === undefined) respelled.set(value, { row, message, count: 1 });
      else held.count += 1;
      return;
    }
    addCapped(problems, { rule, severity, file, sheet, row, column, value, message });
  };
  const finish = (): void => {
    for (const [value, { row: first, message, count }] of respelled) {
      const more =
        count === 1
          ? ''
          : ` ${count - 1} more ${count === 2 ? 'row has' : 'rows have'} it in this column too; this note stands for them all.`;
      addCapped(problems, {
        rule: SPELLING_RULE,
        severity: 'info',
        file,
        sheet,
        row: first,
        column,
        value,
        message: `${message}${more}`,
      });
    }
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
      return readAnnexACell(kind, current, report, spellings);
    let known = memo.get(current);
    if (known === undefined) {
      const issues: Issue[] = [];
      const value = readAnnexACell(kind, current, (...issue) => issues.push(issue), spellings);
      known = { value, issues };
      if (memo.size < 10_000) memo.set(current, known);
    }
    for (const [rule, severity, message] of known.issues) report(rule, severity, message);
    return known.value;
  };
  return { key, index: match.index, read, finish };
}

/** Reads the data rows of one list sheet into rows of values, reporting per cell. */
export function readRows(
  at: RowsAt,
  rows: readonly XlsxRow[],
  match: Pick<HeaderMatch, 'matches' | 'extras'>,
  problems: RecordProblem[],
): AnnexARow[] {
  const { file, sheet } = at;
  const { matches, extras } = match;
  const read: AnnexARow[] = [];
  const readers = matches.map((column) => columnReader(at, column, problems));
  const id = readers[0]?.index === undefined ? undefined : readers[0];
  const idColumn = matches[0]?.found ?? id?.key ?? '';
  for (const row of rows) {
    const cells = row.cells;
    if (isBlankRow(cells)) continue;
    // A Map first: a header from the file named `__proto__` must be a column, not a prototype.
    const values = new Map<string, AnnexAValue>();
    for (const reader of readers) {
      values.set(
        reader.key,
        reader.read(reader.index === undefined ? undefined : cells[reader.index], row.row),
      );
    }
    for (const { index, header } of extras) {
      const text = cellText(cells[index] ?? null).trim();
      values.set(header, text === '' ? null : text);
    }
    if (id !== undefined && values.get(id.key) === null) {
      addCapped(problems, {
        rule: 'annex-a.id.blank',
        severity: 'error',
        file,
        sheet,
        row: row.row,
        column: idColumn,
        message: `This row has no ${id.key}, so it cannot be linked to other lists or returns. Add the identifier.`,
      });
    }
    read.push({ row: row.row, values: Object.fromEntries(values) });
  }
  for (const reader of readers) reader.finish();
  return read;
}
