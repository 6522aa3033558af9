import type { DataKeys } from '../db/protection/data-keys';
import type { DataKeyMessage } from './key-messages';

function messageOf(keys: DataKeys): DataKeyMessage {
  const unlocked = keys.current();
  return {
    type: 'data-key',
    // A copy: posting must never hand over (or let a transfer detach) the page's own bytes.
    key: unlocked === undefined ? null : unlocked.raw.slice(),
    acceptsPlain: keys.acceptsPlain(),
  };
}

/**
 * Gives `worker` the page's data key now, and again at every unlock and
 * lock, until the returned function is called (when the worker ends).
 * Messages reach a worker in the order posted, so the key arrives before
 * any request posted after this.
 */
export function shareDataKey(worker: Worker, keys: DataKeys): () => void {
  worker.postMessage(messageOf(keys));
  return keys.subscribe(() => worker.postMessage(messageOf(keys)));
}
