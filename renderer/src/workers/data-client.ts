import type { DataKind } from './data-protocol';
import { keptWorker, type KeptWorker } from './kept-worker';

// One data worker for the page's life, shared by every screen that asks it.
const dataWorker = keptWorker(
  () => new Worker(new URL('./data.worker.ts', import.meta.url), { type: 'module' }),
);

/** The data worker, asked for one kind of answer (`{ dbName, inspectionId }` in, the answer out). */
export function dataWorkerFor(kind: DataKind): KeptWorker {
  return { ask: (message) => dataWorker.ask({ ...Object(message), kind }) };
}
