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
