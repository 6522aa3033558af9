/** Building the census tables' rows: every table's columns, and a new row with its keys. */
import { CIN_ROOT, columnOf, type CinNode } from './schema';
import { CIN_ID_COLUMN, CIN_KEYS, perCinTable, type CinTable } from './tables';
import type { CinRow } from './types';

function collect(node: CinNode, table: CinTable | undefined, into: Map<CinTable, string[]>): void {
  const own = node.table ?? table;
  if (node.leaf !== undefined && own !== undefined) {
    const columns = into.get(own) ?? [];
    if (!columns.includes(columnOf(node))) columns.push(columnOf(node));
    into.set(own, columns);
  }
  for (const child of node.children ?? []) collect(child, own, into);
}

function tableColumns(): Readonly<Record<CinTable, readonly string[]>> {
  const leaves = new Map<CinTable, string[]>();
  collect(CIN_ROOT, undefined, leaves);
  return perCinTable((table): readonly string[] => {
    const keys = CIN_KEYS[table];
    return [...keys, ...(leaves.get(table) ?? []).filter((column) => !keys.includes(column))];
  });
}

/** Every table's columns: its keys, then its values in schema order. */
export const CIN_COLUMNS = tableColumns();

/** A fresh set of tables, each empty. */
export function emptyTables(): Record<CinTable, CinRow[]> {
  return perCinTable((): CinRow[] => []);
}

/**
 * Each table's blank values, every column `''`: a row's values are a copy,
 * so every row of a table has the same shape (one property lookup, however
 * many rows).
 */
const BLANK = perCinTable((table): Readonly<Record<string, string>> => {
  const values: Record<string, string> = {};
  for (const column of CIN_COLUMNS[table]) values[column] = '';
  return values;
});

/** The id columns a table's rows take from the row they sit in (the episode's, the plan's…). */
const INHERITED = perCinTable((table): readonly string[] =>
  CIN_KEYS[table].filter(
    (column) => column !== CIN_ID_COLUMN[table] && Object.values(CIN_ID_COLUMN).includes(column),
  ),
);

/**
 * Row numbers as text, made once each: every census numbers its rows from 1,
 * so each read of a large census would otherwise make the same million
 * strings again.
 */
const NUMBER_TEXTS: string[] = [];

function numberText(row: number): string {
  let text = NUMBER_TEXTS[row];
  if (text === undefined) {
    text = String(row);
    if (row === NUMBER_TEXTS.length) NUMBER_TEXTS.push(text);
  }
  return text;
}

/**
 * Appends a row to `table`, every column blank but its ids: those of the
 * groups it sits in, from `parent` (the row of the group around it), and its
 * own position when the table numbers the rows below it.
 */
export function newRow(
  tables: Record<CinTable, CinRow[]>,
  table: CinTable,
  parent: CinRow | undefined,
): CinRow {
  const rows = tables[table];
  const values = { ...BLANK[table] };
  if (parent !== undefined) {
    for (const column of INHERITED[table]) values[column] = parent.values[column] ?? '';
  }
  const row: CinRow = { row: rows.length + 1, values, problems: [] };
  const own = CIN_ID_COLUMN[table];
  if (own !== undefined) values[own] = numberText(row.row);
  rows.push(row);
  return row;
}
