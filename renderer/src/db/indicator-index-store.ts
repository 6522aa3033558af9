import type { IndicatorReport } from '../../../shared/records/indicators';
import type { WorkbookDb } from './db';
import type { ImportRecord } from './schema';

/**
 * The indicators computed for an inspection with the default options (the
 * year the data implies), kept so that a fresh page can show them without
 * pooling the imports' indexes again. A cache: keyed by what it was
 * computed from, recomputed whenever that differs.
 */

/** Bump when the indicators' rules or what the key covers change: older results are recomputed. */
export const INDICATOR_INDEX_VERSION = 2;

/** One inspection's kept indicators and what they were computed from. */
export type StoredIndicatorReport = {
  readonly inspectionId: string;
  readonly key: string;
  readonly report: IndicatorReport;
};

/** The names the indicators carry (scopes are named in its figures and notes). */
export type IndexNames = {
  readonly council: string;
  readonly providers: readonly { readonly id: string; readonly name: string }[];
};

/**
 * What the indicators are computed from: the version, every import (its id,
 * owner, file hash and counts, so an import replaced or re-checked changes
 * the key) and the names of the council and providers.
 */
export function indicatorIndexKey(imports: readonly ImportRecord[], names: IndexNames): string {
  const providers = names.providers.map(({ id, name }) => [id, name]);
  return JSON.stringify([INDICATOR_INDEX_VERSION, importsKey(imports), names.council, providers]);
}

/** Every import, by what identifies its stored rows: the part of a cache key records make. */
export function importsKey(imports: readonly ImportRecord[]): unknown[] {
  return [...imports]
    .sort((a, b) => a.id.localeCompare(b.id))
    .map((record) => [
      record.id,
      record.owner,
      record.sha256,
      record.importedAt,
      record.rows,
      record.tables,
      record.problems,
      record.rulesVersion ?? 1,
    ]);
}

function looksLikeReport(value: unknown): value is IndicatorReport {
  return (
    typeof value === 'object' &&
    value !== null &&
    Array.isArray(Reflect.get(value, 'indicators')) &&
    Array.isArray(Reflect.get(value, 'notes'))
  );
}

/** The stored indicators computed from what `key` names, or undefined. */
export async function readIndicatorReport(
  db: WorkbookDb,
  inspectionId: string,
  key: string,
): Promise<IndicatorReport | undefined> {
  const stored = await db.indicatorReports.get(inspectionId);
  return stored?.key === key && looksLikeReport(stored.report) ? stored.report : undefined;
}

/** Keeps the indicators computed (with the default options) from what `key` names. */
export async function keepIndicatorReport(
  db: WorkbookDb,
  inspectionId: string,
  key: string,
  report: IndicatorReport,
): Promise<void> {
  await db.indicatorReports.put({ inspectionId, key, report });
}
