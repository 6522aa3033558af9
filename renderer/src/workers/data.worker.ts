import {
  conflictsBasis,
  conflictsFrom,
  unreviewedConflictsFrom,
  withFlagReviews,
  workbookFromOperations,
} from '../../../shared/workbook';
import type { Operation } from '../../../shared/bundle';
import type { IndicatorReport } from '../../../shared/records/indicators';
import { councilComparators } from '../../../shared/comparators/compare';
import { withComparators } from '../../../shared/comparators/indicator-comparators';
import { comparatorsInForce } from '../db/comparators-store';
import type { ConflictReport } from '../../../shared/conflicts';
import type { Workbook } from '../../../shared/domain';
import {
  crossChecksFor,
  inspectionWideKinds,
  type ImportedRecords,
} from '../../../shared/workbook';
import { crossChecksReadTable } from '../../../shared/records/cin/cross-checks';
import { openWorkbookDb, type WorkbookDb } from '../db/db';
import { readLog } from '../db/log-snapshot';
import { dataKeySettled, takeDataKey, workerKeys } from './worker-keys';
import {
  conflictReportKey,
  keepConflictReport,
  readConflictReport,
} from '../db/conflict-report-store';
import { conflictSourcesFromStore } from '../db/conflicts-from-store';
import { indicatorsFromStore } from '../db/indicators-from-store';
import {
  indicatorIndexKey,
  keepIndicatorReport,
  readIndicatorReport,
} from '../db/indicator-index-store';
import type { ImportRecord } from '../db/schema';
import { storedRecords, type StoredReading } from '../db/stored-records';
import {
  isDataRequest,
  type ConflictsReply,
  type WarmReply,
  type CrossChecksReply,
  type DataRequest,
  type IndicatorsReply,
} from './data-protocol';

// Indicators and conflicts, computed off the main thread from what the
// readers made of each file at import (the indexes kept beside its rows,
// else the rows): no source file is parsed again here.

const databases = new Map<string, WorkbookDb>();

/** The records last read, kept while the same imports are live, so a review or a new grade does not read them again. */
let kept: { readonly key: string; readonly records: ImportedRecords } | undefined;

/**
 * Writes a kept result after the answer has gone: the page does not wait
 * for it, and a write that fails (a full disk) only means the next fresh
 * page computes it again, since nothing reads a result its key does not match.
 */
function keepLater(write: Promise<void>): void {
  write.catch((error: unknown) => {
    console.warn('A computed result could not be kept for next time:', error);
  });
}

/** The conflicts last shown (before reviews), so a revisit does not read them from the store again. */
let keptConflicts: { readonly key: string; readonly report: ConflictReport } | undefined;

/** The indicators last shown, so a revisit does not read them from the store again. */
let keptReport: { readonly key: string; readonly report: IndicatorReport } | undefined;

function databaseOf(request: DataRequest): WorkbookDb {
  const db = databases.get(request.dbName) ?? openWorkbookDb(request.dbName, workerKeys);
  databases.set(request.dbName, db);
  return db;
}

async function operationsOf(db: WorkbookDb, inspectionId: string): Promise<Operation[]> {
  const stored = await readLog(db, inspectionId);
  return stored.sort((a, b) => (a.hlc < b.hlc ? -1 : a.hlc > b.hlc ? 1 : 0));
}

/**
 * The cross-checks read the stored rows of the tables they compare (no
 * problems); the indicators and conflicts read the indexes kept at import.
 */
const CROSS_CHECKS_READING: StoredReading = {
  table: (_owner, table) => crossChecksReadTable(table),
  problems: false,
};

/** The stored records a task reads, read again only when the inspection's imports changed. */
async function recordsOf(db: WorkbookDb, request: DataRequest): Promise<ImportedRecords> {
  const importIds = await db.imports
    .where('inspectionId')
    .equals(request.inspectionId)
    .primaryKeys();
  const key = [request.kind, request.dbName, request.inspectionId, ...[...importIds].sort()].join(
    '\u0000',
  );
  if (kept?.key !== key) {
    kept = { key, records: await storedRecords(db, request.inspectionId, CROSS_CHECKS_READING) };
  }
  return kept.records;
}

/**
 * The indicators for what `key` names: kept from the last request, else
 * stored, else computed by pooling the imports' indexes, and kept.
 */
async function indicatorReportFor(
  db: WorkbookDb,
  request: DataRequest,
  workbook: Workbook,
  imports: readonly ImportRecord[],
  key: string,
): Promise<IndicatorReport> {
  const memoKey = `${request.dbName}\u0000${request.inspectionId}\u0000${key}`;
  if (keptReport?.key === memoKey) return keptReport.report;
  let report = await readIndicatorReport(db, request.inspectionId, key);
  if (report === undefined) {
    report = await indicatorsFromStore(db, request.inspectionId, workbook, imports, keepLater);
    keepLater(keepIndicatorReport(db, request.inspectionId, key, report));
  }
  keptReport = { key: memoKey, report };
  return report;
}

/** The key the indicators of this log and these imports are kept under (see {@link indicatorReportFor}). */
function indicatorsKeyOf(workbook: Workbook, imports: readonly ImportRecord[]): string {
  return indicatorIndexKey(imports, {
    council: workbook.inspection.council.name,
    providers: workbook.providers,
  });
}

/** The key the conflicts of this log and these imports are kept under, and its in-memory form. */
async function conflictsKeysOf(
  request: DataRequest,
  workbook: Workbook,
  operations: readonly Operation[],
  imports: readonly ImportRecord[],
): Promise<{ readonly key: string; readonly memoKey: string }> {
  const key = await conflictReportKey(imports, conflictsBasis(workbook, operations));
  return { key, memoKey: `${request.dbName}\u0000${request.inspectionId}\u0000${key}` };
}

/**
 * On opening an inspection: the store opened and the results kept last
 * time read into memory, so the Indicators and Conflicts screens' first
 * visit finds them ready. Nothing missing is computed here.
 */
async function warm(request: DataRequest): Promise<WarmReply> {
  const db = databaseOf(request);
  const operations = await operationsOf(db, request.inspectionId);
  const workbook = workbookFromOperations(operations);
  if (!workbook.ok) return { ok: false, message: workbook.error.message };
  const imports = await db.imports.where('inspectionId').equals(request.inspectionId).toArray();
  if (imports.length === 0) return { ok: true };
  const { key, memoKey } = await conflictsKeysOf(request, workbook.data, operations, imports);
  if (keptConflicts?.key !== memoKey) {
    const report = await readConflictReport(db, request.inspectionId, key);
    if (report !== undefined) keptConflicts = { key: memoKey, report };
  }
  const indicatorsKey = indicatorsKeyOf(workbook.data, imports);
  const indicatorsMemo = `${request.dbName}\u0000${request.inspectionId}\u0000${indicatorsKey}`;
  if (keptReport?.key !== indicatorsMemo) {
    const report = await readIndicatorReport(db, request.inspectionId, indicatorsKey);
    if (report !== undefined) keptReport = { key: indicatorsMemo, report };
  }
  return { ok: true };
}

async function indicators(request: DataRequest): Promise<IndicatorsReply> {
  const db = databaseOf(request);
  const workbook = workbookFromOperations(await operationsOf(db, request.inspectionId));
  if (!workbook.ok) return { type: 'failed', message: workbook.error.message };
  const imports = await db.imports.where('inspectionId').equals(request.inspectionId).toArray();
  // The DfE's published figures need no records: shown before any import too.
  const dataset = await comparatorsInForce(db);
  const { council } = workbook.data.inspection;
  const published = councilComparators(dataset, council.laCode, council.name);
  // Provider lists and Companies House files describe the market, not any
  // body's children: without a 903 return or Annex A list there is nothing to count.
  const counted = imports.some((file) => !inspectionWideKinds.some((kind) => kind === file.kind));
  if (!counted) return { type: 'empty', published };
  const key = indicatorsKeyOf(workbook.data, imports);
  const report = await indicatorReportFor(db, request, workbook.data, imports, key);
  // Every delegated provider, so one with no records imported still has its column.
  const providers = workbook.data.providers.map((p) => ({ id: p.id, name: p.name }));
  // Added after the cache: a newer DfE release loaded in Settings shows at once.
  return {
    type: 'done',
    report: withComparators(report, dataset, council.laCode),
    providers,
    published,
  };
}

async function conflicts(request: DataRequest): Promise<ConflictsReply> {
  const db = databaseOf(request);
  const operations = await operationsOf(db, request.inspectionId);
  const workbook = workbookFromOperations(operations);
  if (!workbook.ok) return { ok: false, message: workbook.error.message };
  const imports = await db.imports.where('inspectionId').equals(request.inspectionId).toArray();
  const sources = () => conflictSourcesFromStore(db, request.inspectionId, imports, keepLater);
  // "What would this change?" is asked of a log the check has not seen: never kept.
  if (request.whatIf !== undefined) {
    const report = conflictsFrom(workbook.data, operations, await sources(), request.whatIf);
    return { ok: true, report };
  }
  // The conflicts found from these imports and what the check reads of the log, when kept;
  // else found and kept. Reviews are added on every answer, so recording one finds nothing again.
  const { key, memoKey } = await conflictsKeysOf(request, workbook.data, operations, imports);
  let report = keptConflicts?.key === memoKey ? keptConflicts.report : undefined;
  report ??= await readConflictReport(db, request.inspectionId, key);
  if (report === undefined) {
    report = unreviewedConflictsFrom(workbook.data, operations, await sources());
    keepLater(keepConflictReport(db, request.inspectionId, key, report));
  }
  keptConflicts = { key: memoKey, report };
  return { ok: true, report: withFlagReviews(report, operations) };
}

/** The CIN census cross-checks of the inspection's imports (read from the store, never kept). */
async function crossChecks(request: DataRequest): Promise<CrossChecksReply> {
  const db = databaseOf(request);
  return { ok: true, report: crossChecksFor(await recordsOf(db, request)) };
}

function answer(
  request: DataRequest,
): Promise<IndicatorsReply | CrossChecksReply | ConflictsReply | WarmReply> {
  switch (request.kind) {
    case 'indicators':
      return indicators(request);
    case 'cross-checks':
      return crossChecks(request);
    case 'conflicts':
      return conflicts(request);
    case 'warm':
      return warm(request);
  }
}

/** On lock: the key is gone, and so is every record and result read with it. */
function forgetAll(): void {
  for (const db of databases.values()) db.close();
  databases.clear();
  kept = undefined;
  keptConflicts = undefined;
  keptReport = undefined;
}

self.addEventListener('message', (event: MessageEvent<unknown>) => {
  const request = event.data;
  if (takeDataKey(request, forgetAll)) return;
  if (!isDataRequest(request)) {
    self.postMessage({
      type: 'failed',
      ok: false,
      message: 'The page sent the data worker a message it does not know.',
    });
    return;
  }
  void (async () => {
    try {
      await dataKeySettled();
      self.postMessage(await answer(request));
    } catch (error: unknown) {
      const message = error instanceof Error ? error.message : String(error);
      self.postMessage(
        request.kind === 'indicators' ? { type: 'failed', message } : { ok: false, message },
      );
    }
  })();
});
