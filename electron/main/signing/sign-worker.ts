import { parentPort } from 'node:worker_threads';
import { SigningError } from '../../../shared/signing/errors';
import { readSignRequest, signPdf } from '../../../shared/signing/sign-pdf';

// The worker thread the main process signs in: the PKCS#12 and passphrase
// arrive here from the main process and never reach the renderer, and the
// CPU-bound RSA work stays off the main thread (Node worker threads,
// https://nodejs.org/api/worker_threads.html). The signing is the shared
// pipeline's (shared/signing/sign-pdf.ts); this thread only carries bytes.
parentPort?.on('message', (message: unknown) => {
  void (async () => {
    try {
      const signed = await signPdf(readSignRequest(message));
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
