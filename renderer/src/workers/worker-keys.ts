import { createDataKeys } from '../db/protection/data-keys';
import { isDataKeyMessage } from './key-messages';

/** The data key in this worker, as the page last sent it (locked until then). */
export const workerKeys = createDataKeys();

let settled: Promise<void> = Promise.resolve();

/**
 * Takes the page's key messages (share-data-key.ts); `onLock` drops what
 * the worker keeps from the store. A key message is answered by nothing:
 * returns true for one, so the worker's own handler ignores it.
 */
export function takeDataKey(message: unknown, onLock: () => void): boolean {
  if (!isDataKeyMessage(message)) return false;
  const { key, acceptsPlain } = message;
  settled = settled.then(async () => {
    if (key === null) {
      workerKeys.lock();
      onLock();
    } else {
      await workerKeys.unlock(new Uint8Array(key), { acceptsPlain });
      key.fill(0);
    }
  });
  return true;
}

/** Resolves once every key message received so far has taken effect. */
export function dataKeySettled(): Promise<void> {
  return settled;
}
