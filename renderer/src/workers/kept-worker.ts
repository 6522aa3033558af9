/**
 * A worker kept for the life of the page and asked one question at a time,
 * each answered by one message. Keeping it keeps what it has learnt: the
 * indicators and conflicts workers remember the last files they read
 * (shared/workbook/imported-records.ts), so coming back to a screen does not
 * read a 100,000-row return again. If the worker dies it is started afresh.
 */
export type KeptWorker = { ask(message: unknown): Promise<unknown> };

export function keptWorker(start: () => Worker): KeptWorker {
  let worker: Worker | undefined;
  let queue: Promise<unknown> = Promise.resolve();
  const once = (message: unknown) =>
    new Promise<unknown>((resolve, reject) => {
      worker ??= start();
      const current = worker;
      const finish = () => {
        current.removeEventListener('message', onMessage);
        current.removeEventListener('error', onError);
      };
      const onMessage = (event: MessageEvent<unknown>) => {
        finish();
        resolve(event.data);
      };
      const onError = (event: ErrorEvent) => {
        finish();
        current.terminate();
        worker = undefined;
        reject(new Error(event.message || 'The worker stopped.'));
      };
      current.addEventListener('message', onMessage);
      current.addEventListener('error', onError);
      current.postMessage(message);
    });
  return {
    ask(message) {
      const next = queue.then(
        () => once(message),
        () => once(message),
      );
      queue = next.catch(() => undefined);
      return next;
    },
  };
}
