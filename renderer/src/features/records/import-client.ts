import type { CollectionYear } from '../../../../shared/records/ssda903';
import type { CheckContext } from '../../../../shared/workbook';
import type { ChosenFile } from '../../platform';
import { pageKeys } from '../../db/protection/page-keys';
import {
  unpackReply,
  type ImportReply,
  type ImportRequest,
  type ImportStoreTarget,
  type ImportWarmRequest,
} from '../../workers/import-messages';
import { shareDataKey } from '../../workers/share-data-key';

/** Progress of a running import, for the progress bar. */
export type ImportProgress = {
  readonly done: number;
  readonly total: number;
  readonly step: string;
  /** `store`: reading is over and the records are being stored. */
  readonly phase?: 'store';
};

/** How an import run ended. */
export type ImportRunOutcome =
  Exclude<ImportReply, { type: 'progress' }> | { readonly type: 'cancelled' };

/** A running import: its outcome, and a way to stop it. */
export type ImportRun = { readonly outcome: Promise<ImportRunOutcome>; cancel(): void };

/** An import worker started ahead of the files, with the data key shared with it since. */
type Spare = { readonly worker: Worker; readonly stopSharing: () => void };

let spare: Spare | undefined;

function newImportWorker(): Worker {
  return new Worker(new URL('../../workers/import.worker.ts', import.meta.url), {
    type: 'module',
  });
}

/** The spare worker, taken for one import (a new one is started when there is none). */
function takeWorker(): Spare {
  const taken = spare;
  spare = undefined;
  if (taken !== undefined) return taken;
  const worker = newImportWorker();
  return { worker, stopSharing: shareDataKey(worker, pageKeys) };
}

/**
 * Starts an import worker while the Records page is open, before any file
 * is chosen: loading and compiling the readers and rules and opening the
 * store take a fresh worker a good part of a second, which then overlaps
 * the person choosing files. The returned function ends the spare if no
 * import took it (the page was left).
 */
export function warmImportWorker(dbName: string): () => void {
  if (spare === undefined) {
    const worker = newImportWorker();
    spare = { worker, stopSharing: shareDataKey(worker, pageKeys) };
    const warm: ImportWarmRequest = { type: 'warm', dbName };
    worker.postMessage(warm);
  }
  const mine = spare;
  return () => {
    if (spare !== mine) return;
    spare = undefined;
    mine.stopSharing();
    mine.worker.terminate();
  };
}

/**
 * Parses files in a Web Worker. Cancelling terminates the worker at once:
 * nothing has been stored yet at that point, or the worker's store
 * transaction, not yet committed, dies with it, so the store stays as it was.
 * `options.store` has the worker store what it read (one transaction, as
 * import-call.ts) and answer `stored` with a summary.
 * `options.year` is the SSDA903 collection year the person chose, if any;
 * `options.context` what 903 files are checked in (previous-year return,
 * providers, LA code); `options.keepReadable` keeps the readable files when another is refused.
 */
export function startImport(
  files: readonly ChosenFile[],
  onProgress: (progress: ImportProgress) => void,
  stored: readonly { readonly name: string; readonly bytes: Uint8Array }[] = [],
  options: {
    readonly year?: CollectionYear;
    readonly context?: CheckContext;
    readonly keepReadable?: boolean;
    readonly store?: ImportStoreTarget;
  } = {},
): ImportRun {
  const { worker, stopSharing } = takeWorker();
  let resolveOutcome: ((outcome: ImportRunOutcome) => void) | undefined;
  const outcome = new Promise<ImportRunOutcome>((resolve) => {
    resolveOutcome = resolve;
  });
  const settle = (value: ImportRunOutcome): void => {
    stopSharing();
    worker.terminate();
    resolveOutcome?.(value);
  };
  worker.addEventListener('message', (event: MessageEvent<unknown>) => {
    const message = unpackReply(event.data);
    if (message === undefined) return;
    if (message.type === 'progress') onProgress(message);
    else settle(message);
  });
  worker.addEventListener('error', (event) =>
    settle({ type: 'failed', message: event.message || 'The import worker stopped.' }),
  );
  const request: ImportRequest = {
    type: 'import',
    files: files.map((f) => ({ name: f.name, bytes: f.bytes })),
    stored,
    ...(options.year === undefined ? {} : { year: options.year }),
    ...(options.context === undefined ? {} : { context: options.context }),
    ...(options.keepReadable === true ? { keepReadable: true } : {}),
    ...(options.store === undefined ? {} : { store: options.store }),
  };
  worker.postMessage(request);
  return { outcome, cancel: () => settle({ type: 'cancelled' }) };
}
