/** Building the census tables' rows: every table's columns, and a new row with its keys. */
import { CIN_ROOT, columnOf, type CinNode } from './schema';
import { CIN_KEYS, perCinTable, type CinTable } from './tables';
import type { CinRow } from './types';

/** The ids a row inherits from the groups it sits in. */
export type RowIds = Readonly<Record<string, string>>;

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

/** Appends a row to `table`, every column blank but the inherited ids. */
export function newRow(tables: Record<CinTable, CinRow[]>, table: CinTable, ids: RowIds): CinRow {
  const rows = tables[table];
  const values: Record<string, string> = {};
  for (const column of CIN_COLUMNS[table]) values[column] = ids[column] ?? '';
  const row: CinRow = { row: rows.length + 1, values, problems: [] };
  rows.push(row);
  return row;
}
