import { runConflicts, workbookFromOperations } from '../../../shared/workbook';
import type { Operation } from '../../../shared/bundle';
import { inspectionWideKinds, indicatorsFor, type ImportedRecords } from '../../../shared/workbook';
import { openWorkbookDb, type WorkbookDb } from '../db/db';
import { storedRecords } from '../db/stored-records';
import {
  isDataRequest,
  type ConflictsReply,
  type DataRequest,
  type IndicatorsReply,
} from './data-protocol';

// Indicators and conflicts, computed off the main thread from what the
// readers made of each file at import (rows and problems in the store):
// no source file is parsed again here.

const databases = new Map<string, WorkbookDb>();

/** The records last read, kept while the same imports are live, so a review or a new grade does not read them again. */
let kept: { readonly key: string; readonly records: ImportedRecords } | undefined;

async function load(request: DataRequest) {
  const db = databases.get(request.dbName) ?? openWorkbookDb(request.dbName);
  databases.set(request.dbName, db);
  const stored = await db.operations.where('inspectionId').equals(request.inspectionId).toArray();
  const operations: Operation[] = stored
    .map(({ inspectionId: _omit, ...op }) => op)
    .sort((a, b) => (a.hlc < b.hlc ? -1 : a.hlc > b.hlc ? 1 : 0));
  const importIds = await db.imports
    .where('inspectionId')
    .equals(request.inspectionId)
    .primaryKeys();
  const key = `${request.dbName}\u0000${request.inspectionId}\u0000${[...importIds].sort().join(',')}`;
  if (kept?.key !== key) kept = { key, records: await storedRecords(db, request.inspectionId) };
  return { operations, records: kept.records };
}

async function indicators(request: DataRequest): Promise<IndicatorsReply> {
  const { operations, records } = await load(request);
  const workbook = workbookFromOperations(operations);
  if (!workbook.ok) return { type: 'failed', message: workbook.error.message };
  // Provider lists and Companies House files describe the market, not any
  // body's children: without a 903 return or Annex A list there is nothing to count.
  const counted = records.owners.some((owner) =>
    owner.files.some((file) => !inspectionWideKinds.some((kind) => kind === file.kind)),
  );
  if (!counted) return { type: 'empty' };
  const report = indicatorsFor(workbook.data, records);
  // Every delegated provider, so one with no records imported still has its column.
  const providers = workbook.data.providers.map((p) => ({ id: p.id, name: p.name }));
  return { type: 'done', report, providers };
}

async function conflicts(request: DataRequest): Promise<ConflictsReply> {
  const { operations, records } = await load(request);
  const workbook = workbookFromOperations(operations);
  if (!workbook.ok) return { ok: false, message: workbook.error.message };
  return {
    ok: true,
    report: runConflicts(workbook.data, operations, records, request.whatIf),
  };
}

self.addEventListener('message', (event: MessageEvent<unknown>) => {
  const request = event.data;
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
      self.postMessage(
        request.kind === 'indicators' ? await indicators(request) : await conflicts(request),
      );
    } catch (error: unknown) {
      const message = error instanceof Error ? error.message : String(error);
      self.postMessage(
        request.kind === 'indicators' ? { type: 'failed', message } : { ok: false, message },
      );
    }
  })();
});
