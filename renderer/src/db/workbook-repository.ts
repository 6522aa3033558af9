import { createClock, createRecorder, type Operation } from '../../../shared/bundle';
import type { Workbook } from '../../../shared/domain';
import type { Result } from '../../../shared/util/result';
import { err, ok } from '../../../shared/util/result';
import { ed25519Signer } from '../../../shared/crypto/ed25519';
import {
  actingMember,
  currentWorkbook,
  isSignedLog,
  signOutcome,
  type OperationSigner,
  importPartName,
  rememberFold,
  importsFromOperations,
  workbookFromOperations,
  type CommandContext,
  type CommandOutcome,
} from '../../../shared/workbook';
import type { WorkbookDb } from './db';
import { currentIdentity } from './identity-store';
import { readLog } from './log-snapshot';
import type { InspectionSummary } from './schema';

// loadWorkbook only folds: it records nothing, so its context needs no recorder or clock.
const noRecorder = createRecorder(createClock('reader'), []);
const noClock = () => new Date(0).toISOString();

/** A fresh random id such as `ev-3f9a1c2b`. */
export function newId(prefix: string): string {
  return `${prefix}-${crypto.randomUUID().replaceAll('-', '').slice(0, 8)}`;
}

/**
 * The last log read or written per inspection. Reading 100,000 operations
 * from IndexedDB and folding them takes seconds, and every screen does it
 * on each change; the log is append-only, so a cached log is current exactly
 * when the store holds as many operations for the inspection (a count on an
 * index, which is fast). Another tab's append changes the count.
 */
const logs = new WeakMap<WorkbookDb, Map<string, readonly Operation[]>>();

function cacheOf(db: WorkbookDb): Map<string, readonly Operation[]> {
  let cache = logs.get(db);
  if (cache === undefined) {
    cache = new Map();
    logs.set(db, cache);
  }
  return cache;
}

function byHlc(a: Operation, b: Operation): number {
  return a.hlc < b.hlc ? -1 : a.hlc > b.hlc ? 1 : 0;
}

/** Records what the store now holds for an inspection, after a write made here. */
function remember(db: WorkbookDb, inspectionId: string, operations: readonly Operation[]): void {
  cacheOf(db).set(inspectionId, operations);
}

/** Forgets an inspection's cached log (after a delete, or a write made elsewhere). */
export function forgetLog(db: WorkbookDb, inspectionId: string): void {
  cacheOf(db).delete(inspectionId);
}

/** Forgets every cached log (when the store locks: nothing read with the key outlives it). */
export function forgetAllLogs(db: WorkbookDb): void {
  logs.delete(db);
}

/**
 * The log of one inspection, in HLC order. The array is shared: never change it.
 *
 * Its signatures are not checked again here: each change was checked against
 * the team roster when it entered the store (a bundle opened or merged,
 * bundle-repository.ts through shared/tasks/bundles.ts) or was signed here by
 * the person's own key (runCommand); and the store's records are encrypted
 * with AES-GCM, whose tag authenticates each one under the data key
 * (protection/record-cipher.ts), so a record altered on disk fails to decrypt
 * instead of reaching this list. Checking every chain again on each open would
 * cost a signed workbook its speed and prove nothing more.
 */
export async function loadOperations(
  db: WorkbookDb,
  inspectionId: string,
): Promise<readonly Operation[]> {
  const cached = cacheOf(db).get(inspectionId);
  if (
    cached !== undefined &&
    (await db.operations.where('inspectionId').equals(inspectionId).count()) === cached.length
  ) {
    return cached;
  }
  const operations = (await readLog(db, inspectionId)).sort(byHlc);
  remember(db, inspectionId, operations);
  return operations;
}

/** The workbook of one inspection, folded from its log and checked (the fold is kept per log). */
export async function loadWorkbook(
  db: WorkbookDb,
  inspectionId: string,
): Promise<Result<Workbook>> {
  const operations = await loadOperations(db, inspectionId);
  return currentWorkbook({ operations, recorder: noRecorder, author: '', now: noClock, newId });
}

/** The inspections-list entry for a workbook. */
export function summaryOf(workbook: Workbook, updatedAt: string): InspectionSummary {
  const { inspection } = workbook;
  return {
    id: inspection.id,
    council: inspection.council.name,
    laCode: inspection.council.laCode,
    kind: inspection.kind,
    framework: inspection.framework,
    onSiteStart: inspection.onSite.start,
    onSiteEnd: inspection.onSite.end,
    updatedAt,
  };
}

/**
 * Runs one command of shared/workbook as `author` and stores its operations
 * in one transaction with the inspection's list entry. `inspectionId` is
 * null when the command creates the inspection. A refused command stores
 * nothing and returns its message. A command may be async: beginning the
 * team roster (shared/tasks/team-roster.ts) signs its own changes with the
 * lead's key, in a workbook not yet signed, which this leaves as they are.
 */
export async function runCommand(
  db: WorkbookDb,
  inspectionId: string | null,
  author: string,
  command: (context: CommandContext) => Result<CommandOutcome> | Promise<Result<CommandOutcome>>,
): Promise<Result<string>> {
  const started = performance.now();
  const operations = inspectionId === null ? [] : await loadOperations(db, inspectionId);
  const loaded = performance.now();
  // In a workbook whose lead signed the team roster, the person's key says who acts.
  const acting = await actingIn(db, operations, author);
  if (!acting.ok) return acting;
  const context: CommandContext = {
    operations,
    recorder: createRecorder(createClock(acting.data.author), operations),
    author: acting.data.author,
    now: () => new Date().toISOString(),
    newId,
  };
  const ran = await command(context);
  if (!ran.ok) return ran;
  const signer = acting.data.signer;
  const done: CommandOutcome =
    signer === undefined
      ? ran.data
      : await signOutcome(operations, ran.data, acting.data.author, signer);
  // The recorder's clock is past every op in the log, so the new ops sort last.
  const log = [...operations, ...done.operations];
  const after = done.workbook === undefined ? workbookFromOperations(log) : ok(done.workbook);
  if (!after.ok) return after;
  const finished = performance.now();
  const id = after.data.inspection.id;
  // Known before the write commits: the live queries that wake on the commit
  // then find the new log and its fold here instead of re-reading it all.
  remember(db, id, log);
  rememberFold(log, after.data);
  try {
    await db.transaction('rw', db.operations, db.inspections, async () => {
      await db.operations.bulkAdd(done.operations.map((op) => ({ ...op, inspectionId: id })));
      await db.inspections.put(summaryOf(after.data, new Date().toISOString()));
    });
  } catch (error: unknown) {
    forgetLog(db, id);
    throw error;
  }
  // Marks for `npm run bench` (DevTools shows them too): where a save's time goes.
  performance.measure('workbook:command:load', { start: started, end: loaded });
  performance.measure('workbook:command:run', { start: loaded, end: finished });
  performance.measure('workbook:command:store', { start: finished, end: performance.now() });
  return ok(done.id);
}

/** Who acts on a log, and how their changes are signed (when the workbook is signed). */
async function actingIn(
  db: WorkbookDb,
  operations: readonly Operation[],
  author: string,
): Promise<Result<{ author: string; signer?: OperationSigner }>> {
  if (!isSignedLog(operations)) return ok({ author });
  const identity = await currentIdentity(db);
  const member = actingMember(operations, identity.signingKey);
  if (!member.ok) return member;
  const signer = await ed25519Signer(identity.secretKey);
  return ok({
    author: member.data.member,
    signer: { signingKey: identity.signingKey, sign: (message) => signer.sign(message) },
  });
}

/** Stores a whole log (a demo, or a bundle opened from disk) as a new inspection. */
export async function storeLog(
  db: WorkbookDb,
  operations: readonly Operation[],
): Promise<Result<string>> {
  const workbook = workbookFromOperations(operations);
  if (!workbook.ok) return workbook;
  const id = workbook.data.inspection.id;
  if ((await db.inspections.get(id)) !== undefined) {
    return err(
      'inspection.exists',
      'This inspection is already in the app; merge the bundle instead.',
    );
  }
  await db.transaction('rw', db.operations, db.inspections, async () => {
    await db.operations.bulkAdd(operations.map((op) => ({ ...op, inspectionId: id })));
    await db.inspections.put(summaryOf(workbook.data, new Date().toISOString()));
  });
  return ok(id);
}

/** Every inspection, most recently changed first. */
export async function listInspections(db: WorkbookDb): Promise<InspectionSummary[]> {
  const all = await db.inspections.toArray();
  return all.sort((a, b) => (a.updatedAt < b.updatedAt ? 1 : a.updatedAt > b.updatedAt ? -1 : 0));
}

/**
 * The log of one inspection with the bytes of its imported files, keyed by
 * bundle part name: what the workers need to re-read the records.
 */
export async function loadLogAndParts(
  db: WorkbookDb,
  inspectionId: string,
): Promise<{ operations: readonly Operation[]; parts: Record<string, Uint8Array> }> {
  const operations = await loadOperations(db, inspectionId);
  const hashes = [...new Set(importsFromOperations(operations).map((entry) => entry.sha256))];
  const files = await db.sourceFiles.bulkGet(hashes);
  const parts: Record<string, Uint8Array> = {};
  for (const file of files) if (file !== undefined) parts[importPartName(file.sha256)] = file.bytes;
  const others = await db.bundleParts.where('inspectionId').equals(inspectionId).toArray();
  for (const part of others) parts[part.name] = part.bytes;
  return { operations, parts };
}
