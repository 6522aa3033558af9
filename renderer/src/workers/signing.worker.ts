import './buffer-global';
import { openCertificate } from '../../../shared/signing/certificate';
import { SigningError } from '../../../shared/signing/errors';
import { readSignRequest, signPdf } from '../../../shared/signing/sign-pdf';
import { VerifyError } from '../../../shared/signing/verify-pdf';
import type { SigningReply } from './signing-messages';
import { verifySummary } from './verify-summary';

/**
 * The browser host's signer. The desktop app keeps the certificate in the
 * main process (Node worker threads, https://nodejs.org/api/worker_threads.html); a browser has no such
 * process, so this dedicated worker plays its part: the PKCS#12 file and its
 * passphrase stay in this worker's memory, never in the page's, and are
 * gone when the page closes. Signing and verifying are the shared pipeline's
 * (shared/signing): this worker only holds the certificate and carries
 * bytes. Verification needs no certificate and runs here too, off the
 * page's thread, judging trust against the certificates the page sends
 * (kept in Settings).
 */
let held: { readonly p12: Uint8Array; readonly passphrase: string } | undefined;

function reply(message: SigningReply, transfer: Transferable[] = []): void {
  self.postMessage(message, { transfer });
}

function refusal(error: unknown): SigningReply {
  const known = error instanceof SigningError || error instanceof VerifyError;
  const message = error instanceof Error ? error.message : String(error);
  return { type: 'refused', message: known ? message : `could not be done: ${message}` };
}

async function handle(data: unknown): Promise<void> {
  if (typeof data !== 'object' || data === null) return;
  const type: unknown = Reflect.get(data, 'type');
  const pdf: unknown = Reflect.get(data, 'pdf');
  if (type === 'choose') {
    const p12: unknown = Reflect.get(data, 'p12');
    const passphrase: unknown = Reflect.get(data, 'passphrase');
    if (!(p12 instanceof Uint8Array) || typeof passphrase !== 'string') return;
    const certificate = openCertificate(p12, passphrase);
    held = { p12, passphrase };
    reply({
      type: 'chosen',
      subject: certificate.subject,
      commonName: certificate.commonName,
      issuer: certificate.issuer,
      notBefore: certificate.notBefore.toISOString(),
      notAfter: certificate.notAfter.toISOString(),
      sha256: certificate.sha256,
    });
  } else if (type === 'sign' && pdf instanceof Uint8Array) {
    if (held === undefined) {
      reply({ type: 'refused', message: 'choose your certificate first' });
      return;
    }
    // The shared pipeline signs and checks its own signature, as in the other hosts.
    const signingTime: unknown = Reflect.get(data, 'signingTime');
    const signed = await signPdf(readSignRequest({ ...held, pdf, signingTime }));
    reply({ type: 'signed', pdf: signed }, [signed.buffer]);
  } else if (type === 'verify' && pdf instanceof Uint8Array) {
    const given: unknown = Reflect.get(data, 'anchors');
    const anchors = Array.isArray(given)
      ? given.filter((a): a is Uint8Array => a instanceof Uint8Array)
      : [];
    reply({ type: 'verified', result: verifySummary(pdf, anchors) });
  }
}

self.addEventListener('message', (event: MessageEvent<unknown>) => {
  handle(event.data).catch((error: unknown) => reply(refusal(error)));
});
