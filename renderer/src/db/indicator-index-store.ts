import type { IndicatorIndex, IndicatorReport } from '../../../shared/records/indicators';
import type { WorkbookDb } from './db';
import type { ImportRecord } from './schema';

/**
 * The indicators' prebuilt index, kept per inspection so that a fresh
 * page computes the Indicators screen from a few typed arrays instead of
 * reading every stored row again. It is a cache: keyed by what it was built
 * from, rebuilt whenever that differs, never the only copy of anything.
 */

/** Bump when the index's shape or the rules that build it change: older ones are rebuilt. */
export const INDICATOR_INDEX_VERSION = 1;

/** One inspection's stored index and what it was built from. */
export type StoredIndicatorIndex = {
  readonly inspectionId: string;
  readonly key: string;
  readonly index: IndicatorIndex;
};

/**
 * The indicators computed from that index with the default options (the
 * year the data implies): the engine is a pure function of the index, so
 * the screen can show them without reading the index again.
 */
export type StoredIndicatorReport = {
  readonly inspectionId: string;
  readonly key: string;
  readonly report: IndicatorReport;
};

/** The names the index carries (scopes are named in its figures and notes). */
export type IndexNames = {
  readonly council: string;
  readonly providers: readonly { readonly id: string; readonly name: string }[];
};

/**
 * What an index is built from: the index version, every import (its id,
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
    ]);
}

/** Whether a value read back has the typed columns an index is made of (else it is rebuilt). */
function looksLikeIndex(value: unknown): value is IndicatorIndex {
  if (typeof value !== 'object' || value === null) return false;
  const council: unknown = Reflect.get(value, 'council');
  const providers: unknown = Reflect.get(value, 'providers');
  const notes: unknown = Reflect.get(value, 'notes');
  const scopes = Array.isArray(providers) ? [council, ...providers] : [];
  return (
    Array.isArray(notes) &&
    scopes.length > 0 &&
    scopes.every((scope) => {
      if (typeof scope !== 'object' || scope === null) return false;
      const ssda903: unknown = Reflect.get(scope, 'ssda903');
      if (typeof ssda903 !== 'object' || ssda903 === null) return false;
      const episodes: unknown = Reflect.get(ssda903, 'episodes');
      return (
        Array.isArray(Reflect.get(ssda903, 'ids')) &&
        typeof episodes === 'object' &&
        episodes !== null &&
        Reflect.get(episodes, 'start') instanceof Int32Array &&
        Reflect.get(ssda903, 'tables') instanceof Set &&
        Reflect.get(ssda903, 'skipped') instanceof Map
      );
    })
  );
}

/** The stored index built from `key`, or undefined when there is none, it is older, or damaged. */
export async function readIndicatorIndex(
  db: WorkbookDb,
  inspectionId: string,
  key: string,
): Promise<IndicatorIndex | undefined> {
  const stored = await db.indicatorIndexes.get(inspectionId);
  return stored?.key === key && looksLikeIndex(stored.index) ? stored.index : undefined;
}

/** Keeps `index` as the inspection's, replacing any other. */
export async function keepIndicatorIndex(
  db: WorkbookDb,
  inspectionId: string,
  key: string,
  index: IndicatorIndex,
): Promise<void> {
  await db.indicatorIndexes.put({ inspectionId, key, index });
}

function looksLikeReport(value: unknown): value is IndicatorReport {
  return (
    typeof value === 'object' &&
    value !== null &&
    Array.isArray(Reflect.get(value, 'indicators')) &&
    Array.isArray(Reflect.get(value, 'notes'))
  );
}

/** The stored indicators computed from the index built from `key`, or undefined. */
export async function readIndicatorReport(
  db: WorkbookDb,
  inspectionId: string,
  key: string,
): Promise<IndicatorReport | undefined> {
  const stored = await db.indicatorReports.get(inspectionId);
  return stored?.key === key && looksLikeReport(stored.report) ? stored.report : undefined;
}

/** Keeps the indicators computed (with the default options) from the index built from `key`. */
export async function keepIndicatorReport(
  db: WorkbookDb,
  inspectionId: string,
  key: string,
  report: IndicatorReport,
): Promise<void> {
  await db.indicatorReports.put({ inspectionId, key, report });
}
