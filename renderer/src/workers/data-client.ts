import type { DataKind } from './data-protocol';
import { pageKeys } from '../db/protection/page-keys';
import { keptWorker, type KeptWorker } from './kept-worker';
import { shareDataKey } from './share-data-key';

// One data worker for the page's life, shared by every screen that asks it.
// It opens the store itself, so it is given the data key as it starts and at every unlock and lock.
let stopSharing: (() => void) | undefined;
const dataWorker = keptWorker(() => {
  const worker = new Worker(new URL('./data.worker.ts', import.meta.url), { type: 'module' });
  stopSharing?.();
  stopSharing = shareDataKey(worker, pageKeys);
  return worker;
});

/** The data worker, asked for one kind of answer (`{ dbName, inspectionId }` in, the answer out). */
export function dataWorkerFor(kind: DataKind): KeptWorker {
  return { ask: (message) => dataWorker.ask({ ...Object(message), kind }) };
}

const warmWorker = dataWorkerFor('warm');

/**
 * Starts the data worker for an inspection just opened, once the page is
 * idle: it opens the store and reads the results it kept, so the first
 * visit to Indicators or Conflicts does not wait for a worker to start.
 * A failure here is the screens' to report when they ask.
 */
export function warmDataWorker(dbName: string, inspectionId: string): () => void {
  const start = () => {
    warmWorker.ask({ dbName, inspectionId }).catch(() => undefined);
  };
  if (typeof requestIdleCallback === 'function') {
    const handle = requestIdleCallback(start, { timeout: 1_000 });
    return () => cancelIdleCallback(handle);
  }
  const handle = setTimeout(start, 0);
  return () => clearTimeout(handle);
}
