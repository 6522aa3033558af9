/**
 * From the record readers' output to the engine's input. An import's parsed
 * tables arrive as `Record<string, readonly unknown[]>` (records/read-files.ts
 * `ParsedFile.tables`: 903 tables by name, Annex A lists by `List n`); these
 * helpers check their shape and keep the tables the engine reads.
 */
import { TABLE_NAMES } from '../ssda903/tables';
import type { IndicatorSource, IndicatorTableName, RecordRow, Ssda903TableName } from './types';

const SSDA903_TABLES: ReadonlySet<string> = new Set<Ssda903TableName>(TABLE_NAMES);

function isTableName(name: string): name is IndicatorTableName {
  return SSDA903_TABLES.has(name) || /^List \d{1,2}$/.test(name);
}

/**
 * True for a row as the readers keep it: a row number and a values object.
 * Values are not checked one by one: the engine reads any value as text.
 */
function isRecordRow(row: unknown): row is RecordRow {
  if (typeof row !== 'object' || row === null || !('row' in row) || !('values' in row)) {
    return false;
  }
  const values: unknown = row.values;
  return typeof row.row === 'number' && typeof values === 'object' && values !== null;
}

/** The rows among `rows` shaped as {@link RecordRow}s (provider-list settings and the like are not). */
export function recordRows(rows: readonly unknown[]): RecordRow[] {
  return rows.filter(isRecordRow);
}

/**
 * A source from parsed tables (one imported file or several, merged by the
 * caller). Tables the engine does not know (provider-list sheets) are left out.
 */
export function sourceFromTables(
  kind: IndicatorSource['kind'],
  id: string,
  name: string,
  tables: Readonly<Record<string, readonly unknown[]>>,
): IndicatorSource {
  const kept: Partial<Record<IndicatorTableName, readonly RecordRow[]>> = {};
  for (const [table, rows] of Object.entries(tables)) {
    if (isTableName(table)) kept[table] = recordRows(rows);
  }
  return { kind, id, name, tables: kept };
}

/** A CIN census file's parsed tables, each table's rows checked as {@link RecordRow}s. */
export function cinCensusTables(
  tables: Readonly<Record<string, readonly unknown[]>>,
): Partial<Record<string, readonly RecordRow[]>> {
  const kept: Partial<Record<string, readonly RecordRow[]>> = {};
  for (const [table, rows] of Object.entries(tables)) kept[table] = recordRows(rows);
  return kept;
}
