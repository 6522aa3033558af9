import type { ConflictReport } from '../../../shared/conflicts';
import type { WorkbookDb } from './db';
import { importsKey } from './indicator-index-store';
import type { ImportRecord } from './schema';

/**
 * The conflicts found for an inspection before reviews, kept so that a
 * fresh page shows them without pooling every placement and walking the
 * ownership graph again. A cache: keyed by everything the check reads (the
 * imports, and what it reads of the log: the providers, the on-site date
 * and the link decisions), recomputed whenever any of it differs. Reviews
 * are added to it on every answer, so recording one, or any change the
 * check does not read (a grade, evidence), keeps it.
 */

/** Bump when the report's shape or the rules that make it change: older ones are recomputed. */
export const CONFLICT_REPORT_VERSION = 2;

/** One inspection's kept conflicts and what they were found from. */
export type StoredConflictReport = {
  readonly inspectionId: string;
  readonly key: string;
  readonly report: ConflictReport;
};

/**
 * What a conflicts report is found from — the version, the imports and
 * what the check reads of the log (`basis`, JSON) — as one SHA-256, short
 * enough to be indexed, so a stale report is never read only to be dropped.
 */
export async function conflictReportKey(
  imports: readonly ImportRecord[],
  basis: unknown,
): Promise<string> {
  const text = JSON.stringify([CONFLICT_REPORT_VERSION, importsKey(imports), basis]);
  const digest = new Uint8Array(
    await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text)),
  );
  return [...digest].map((byte) => byte.toString(16).padStart(2, '0')).join('');
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
  // By the index first: a report kept for other imports or another log is large, and not read.
  const kept = await db.conflictReports
    .where('[inspectionId+key]')
    .equals([inspectionId, key])
    .count();
  if (kept === 0) return undefined;
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
