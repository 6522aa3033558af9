import type { Result } from '../../../shared/util/result';
import { err, ok } from '../../../shared/util/result';
import {
  isSigningReply,
  type SigningReply,
  type SigningRequest,
} from '../workers/signing-messages';

/**
 * Talks to a signing worker one request at a time. The worker lives as long
 * as this client, so a chosen certificate stays there for later signing.
 */
export type SigningClient = { ask(request: SigningRequest): Promise<Result<SigningReply>> };

function startWorker(): Worker {
  return new Worker(new URL('../workers/signing.worker.ts', import.meta.url), { type: 'module' });
}

export function createSigningClient(): SigningClient {
  let worker: Worker | undefined;
  let queue: Promise<unknown> = Promise.resolve();
  const once = (request: SigningRequest) =>
    new Promise<Result<SigningReply>>((resolve) => {
      worker ??= startWorker();
      const current = worker;
      const done = (result: Result<SigningReply>) => {
        current.removeEventListener('message', onMessage);
        current.removeEventListener('error', onError);
        resolve(result);
      };
      const onMessage = (event: MessageEvent<unknown>) => {
        if (!isSigningReply(event.data)) return;
        done(
          event.data.type === 'refused'
            ? err('signing.refused', event.data.message)
            : ok(event.data),
        );
      };
      const onError = (event: ErrorEvent) => {
        worker = undefined;
        current.terminate();
        done(err('signing.worker', event.message || 'The signing worker stopped.'));
      };
      current.addEventListener('message', onMessage);
      current.addEventListener('error', onError);
      current.postMessage(request);
    });
  return {
    ask(request) {
      const next = queue.then(() => once(request));
      queue = next;
      return next;
    },
  };
}
