import { Worker } from 'node:worker_threads';
import { SigningError } from '../../../shared/signing/errors';
import type { SignRequest } from '../../../shared/signing/sign-pdf';

/**
 * Signs a PDF in a worker thread running `workerFile` (the bundled
 * sign-worker.cjs beside main.cjs). One worker per signature: signing is
 * rare, and a fresh thread holds the key only as long as it is needed.
 */
export function signInWorker(request: SignRequest, workerFile: string): Promise<Uint8Array> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(workerFile);
    const finish = (outcome: () => void) => {
      void worker.terminate();
      outcome();
    };
    worker.once('message', (answer: unknown) => {
      const ok =
        typeof answer === 'object' && answer !== null && Reflect.get(answer, 'ok') === true;
      const pdf: unknown = ok ? Reflect.get(Object(answer), 'pdf') : undefined;
      if (pdf instanceof Uint8Array) return finish(() => resolve(pdf));
      const message = String(Reflect.get(Object(answer), 'message') ?? 'signing failed');
      return finish(() => reject(new SigningError('sign-failed', message)));
    });
    worker.once('error', (error) =>
      finish(() =>
        reject(new SigningError('sign-failed', `the signing thread failed: ${error.message}`)),
      ),
    );
    worker.postMessage(request);
  });
}
