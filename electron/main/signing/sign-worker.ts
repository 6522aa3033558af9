import { parentPort } from 'node:worker_threads';
import { SigningError } from '../../../shared/signing/errors';
import { signPdf } from '../../../shared/signing/sign-pdf';

// The worker thread the main process signs in: the PKCS#12 and passphrase
// arrive here from the main process and never reach the renderer, and the
// CPU-bound RSA work stays off the main thread (Node worker threads, https://nodejs.org/api/worker_threads.html).
parentPort?.on('message', (message: unknown) => {
  void (async () => {
    try {
      if (typeof message !== 'object' || message === null) throw new Error('no request');
      const pdf: unknown = Reflect.get(message, 'pdf');
      const p12: unknown = Reflect.get(message, 'p12');
      const passphrase: unknown = Reflect.get(message, 'passphrase');
      const signingTime: unknown = Reflect.get(message, 'signingTime');
      if (
        !(pdf instanceof Uint8Array) ||
        !(p12 instanceof Uint8Array) ||
        typeof passphrase !== 'string' ||
        !(signingTime instanceof Date)
      ) {
        throw new Error('malformed signing request');
      }
      const signed = await signPdf({ pdf, p12, passphrase, signingTime });
      parentPort?.postMessage({ ok: true, pdf: signed });
    } catch (error: unknown) {
      parentPort?.postMessage({
        ok: false,
        code: error instanceof SigningError ? error.code : 'sign-failed',
        message: error instanceof Error ? error.message : String(error),
      });
    }
  })();
});
