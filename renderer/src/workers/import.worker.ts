import { FileRefusedError } from '../../../shared/records/problem';
import { readImportCall, readImportFiles, type ImportCallRead } from '../../../shared/tasks';
import { readOptionsFor } from '../../../shared/workbook';
import { forgetAllLogs } from '../db/workbook-repository';
import { openWorkbookDb, type WorkbookDb } from '../db/db';
import {
  isImportRequest,
  isImportWarmRequest,
  packFiles,
  type ImportReply,
  type ImportRequest,
} from './import-messages';
import { hashedFilesOf, storeInWorker } from './import-store';
import { dataKeySettled, takeDataKey, workerKeys } from './worker-keys';

// Parses and checks imported files off the main thread, so the page stays
// responsive through a 100,000-row return (the README’s How fast table,
// speed targets); asked to, stores them too, so the rows never cross to the page.

const databases = new Map<string, WorkbookDb>();

function databaseOf(dbName: string): WorkbookDb {
  const db = databases.get(dbName) ?? openWorkbookDb(dbName, workerKeys);
  databases.set(dbName, db);
  return db;
}

function reply(message: ImportReply): void {
  self.postMessage(message);
}

async function sha256(bytes: Uint8Array): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', bytes.slice().buffer);
  return [...new Uint8Array(digest)].map((byte) => byte.toString(16).padStart(2, '0')).join('');
}

/** The call's files read, keeping the readable ones only when the request asks to. */
function readCall(request: ImportRequest): ImportCallRead {
  const stored = request.stored ?? [];
  const options = readOptionsFor(request.year, request.context);
  if (request.keepReadable === true) return readImportFiles(request.files, stored, options);
  const files = readImportCall(request.files, stored, options);
  return { files, refused: [], read: request.files.map(() => true) };
}

/** Reads, checks and (when asked) stores one call, answering with one message. */
async function handle(request: ImportRequest): Promise<void> {
  const total = request.files.length + 1;
  const started = performance.now();
  // Hashed by WebCrypto off this thread while the files are read and checked here.
  const hashing = Promise.all(request.files.map((file) => sha256(file.bytes)));
  hashing.catch(() => undefined);
  for (const [index, file] of request.files.entries()) {
    reply({ type: 'progress', done: index, total, step: `Reading ${file.name}` });
  }
  reply({ type: 'progress', done: request.files.length, total, step: 'Checking the records' });
  const read = readCall(request);
  const hashes = await hashing;
  const [firstRefused] = read.refused;
  if (read.files.length === 0 && firstRefused !== undefined) {
    const message = read.refused.map((refused) => refused.message).join(' ');
    reply({ type: 'refused', file: firstRefused.file, message });
    return;
  }
  const files = hashedFilesOf(read, request.files, hashes);
  const target = request.store;
  if (target === undefined) {
    reply({
      type: 'done',
      refused: read.refused.map(({ file, message }) => ({ file, message })),
      files: packFiles(files.map(({ bytes: _bytes, ...file }) => file)),
    });
    return;
  }
  const readMs = performance.now() - started;
  reply({
    type: 'progress',
    done: request.files.length,
    total,
    step: 'Storing the records',
    phase: 'store',
  });
  // The page's data key, posted before the request, has taken effect.
  await dataKeySettled();
  reply(await storeInWorker(databaseOf(target.dbName), target, files, read, readMs));
}

self.addEventListener('message', (event: MessageEvent<unknown>) => {
  const request = event.data;
  // A lock forgets the logs read with the key.
  if (takeDataKey(request, () => databases.forEach((db) => forgetAllLogs(db)))) return;
  if (isImportWarmRequest(request)) {
    // Opened now, while the person chooses files; a failure shows when the import stores.
    databaseOf(request.dbName)
      .open()
      .catch(() => undefined);
    return;
  }
  if (!isImportRequest(request)) return;
  void handle(request).catch((error: unknown) => {
    if (error instanceof FileRefusedError) {
      reply({ type: 'refused', file: error.file, message: error.message });
    } else {
      reply({ type: 'failed', message: error instanceof Error ? error.message : String(error) });
    }
  });
});
