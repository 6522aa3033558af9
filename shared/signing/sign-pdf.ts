import { SignPdf } from '@signpdf/signpdf';
import { Pkcs12CmsSigner } from './cms-signer';
import { SigningError } from './errors';

/** What {@link signPdf} needs: plain data, so a `worker_threads` worker can take it as its message. */
export type SignRequest = {
  /** The finished PDF with its signature placeholder (see reports/render-pdf.ts). */
  readonly pdf: Uint8Array;
  readonly p12: Uint8Array;
  readonly passphrase: string;
  /** The CMS signingTime; the visible block prints the same moment. */
  readonly signingTime: Date;
};

/**
 * Signs a PDF that carries a signature placeholder: PAdES basic,
 * `adbe.pkcs7.detached`, SHA-256 with RSA, over the whole file except the
 * /Contents hole (ETSI EN 319 142-1 (PAdES) and ISO 32000-1 §12.8, https://opensource.adobe.com/dc-acrobat-sdk-docs/pdfstandards/PDF32000_2008.pdf), with @signpdf's
 * SignPdf and our PKCS#12 signer (cms-signer.ts). Pure data in and
 * out, so the main process can run it in a worker thread, keeping the
 * certificate and passphrase out of the renderer (ETSI EN 319 142-1 (PAdES) and ISO 32000-1 §12.8, https://opensource.adobe.com/dc-acrobat-sdk-docs/pdfstandards/PDF32000_2008.pdf,
 * "Recommendation"). Check the certificate first with `openCertificate`.
 */
export async function signPdf(request: SignRequest): Promise<Uint8Array> {
  try {
    const signer = new Pkcs12CmsSigner(request.p12, request.passphrase);
    const signed = await new SignPdf().sign(Buffer.from(request.pdf), signer, request.signingTime);
    return new Uint8Array(signed.buffer, signed.byteOffset, signed.byteLength);
  } catch (error: unknown) {
    throw new SigningError(
      'sign-failed',
      `signing failed: ${error instanceof Error ? error.message : String(error)}`,
    );
  }
}
