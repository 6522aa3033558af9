import type { ConflictReport } from '../../../shared/conflicts';
import type { WorkbookDb } from './db';
import { importsKey } from './indicator-index-store';
import type { ImportRecord } from './schema';

/**
 * The conflicts found for an inspection, kept so that a fresh page shows
 * them without reading every placement and walking the ownership graph
 * again. A cache: keyed by everything the check reads (the imports, and
 * every change in the log, which holds the providers, link decisions and
 * reviews), recomputed whenever any of it differs.
 */

/** Bump when the report's shape or the rules that make it change: older ones are recomputed. */
export const CONFLICT_REPORT_VERSION = 1;

/** One inspection's kept conflicts and what they were found from. */
export type StoredConflictReport = {
  readonly inspectionId: string;
  readonly key: string;
  readonly report: ConflictReport;
};

/** What a conflicts report is found from: the imports, and a SHA-256 of every change's id. */
export async function conflictReportKey(
  imports: readonly ImportRecord[],
  operationIds: readonly string[],
): Promise<string> {
  const ids = new TextEncoder().encode([...operationIds].sort().join('\n'));
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', ids));
  const log = [...digest].map((byte) => byte.toString(16).padStart(2, '0')).join('');
  return JSON.stringify([CONFLICT_REPORT_VERSION, importsKey(imports), operationIds.length, log]);
}

function looksLikeReport(value: unknown): value is ConflictReport {
  return (
    typeof value === 'object' &&
    value !== null &&
    Array.isArray(Reflect.get(value, 'conflicts')) &&
    Array.isArray(Reflect.get(value, 'leads'))
  );
}

/** The kept conflicts found from `key`, or undefined. */
export async function readConflictReport(
  db: WorkbookDb,
  inspectionId: string,
  key: string,
): Promise<ConflictReport | undefined> {
  const stored = await db.conflictReports.get(inspectionId);
  return stored?.key === key && looksLikeReport(stored.report) ? stored.report : undefined;
}

/** Keeps the conflicts found from `key`, replacing any other. */
export async function keepConflictReport(
  db: WorkbookDb,
  inspectionId: string,
  key: string,
  report: ConflictReport,
): Promise<void> {
  await db.conflictReports.put({ inspectionId, key, report });
}
