/**
 * Where a child's id sits in each imported table. The SSDA903 tables all key
 * their rows on `CHILD` (ssda903/tables.ts, after the DfE 903 guidance and
 * csc-validator-be-903); the Annex A lists that describe children key them on
 * `Child Unique ID` (xlsx/annex-a-lists.ts, from the Ofsted Annex A template).
 * List 11 (adopters) names adopters and families, not children, so it has none.
 */
import { TABLE_COLUMNS, TABLE_NAMES, type TableName } from '../ssda903/tables';
import { ANNEX_A_LISTS, columnKey, listNameOf } from '../xlsx/annex-a-lists';

const ssda903Tables: ReadonlySet<string> = new Set<string>(TABLE_NAMES);

function is903Table(table: string): table is TableName {
  return ssda903Tables.has(table);
}

/** The column holding the child's id in `table` (a 903 table or an Annex A list), if it has one. */
export function childIdColumn(table: string): string | undefined {
  if (is903Table(table)) return TABLE_COLUMNS[table].includes('CHILD') ? 'CHILD' : undefined;
  const list = listNameOf(table);
  if (list === undefined) return undefined;
  const column = ANNEX_A_LISTS[list].find(
    (each) => each.kind.type === 'id' && /^child unique id$/i.test(columnKey(each)),
  );
  return column === undefined ? undefined : columnKey(column);
}

/** The child id a stored row names, trimmed; undefined when the table has no child column or the cell is blank. */
export function childIdOfRow(table: string, row: unknown): string | undefined {
  const column = childIdColumn(table);
  if (column === undefined || typeof row !== 'object' || row === null) return undefined;
  const values: unknown = Reflect.get(row, 'values');
  if (typeof values !== 'object' || values === null) return undefined;
  const cell: unknown = Reflect.get(values, column);
  const id = typeof cell === 'string' ? cell.trim() : typeof cell === 'number' ? String(cell) : '';
  return id === '' ? undefined : id;
}
