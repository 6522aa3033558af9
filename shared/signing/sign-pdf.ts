import { SignPdf } from '@signpdf/signpdf';
import { Pkcs12CmsSigner } from './cms-signer';
import { SigningError } from './errors';
import { verifyPdf, VerifyError, type VerifiedPdf } from './verify-pdf';

/** What {@link signPdf} needs: plain data, so a worker (a Node thread or a browser worker) can take it as its message. */
export type SignRequest = {
  /** The finished PDF with its signature placeholder (./render-pdf.ts). */
  readonly pdf: Uint8Array;
  readonly p12: Uint8Array;
  readonly passphrase: string;
  /** The CMS signingTime; the visible block prints the same moment. */
  readonly signingTime: Date;
};

/**
 * Reads a signing request that crossed a worker boundary: a Node worker
 * thread keeps a Date as a Date, a message may also carry it as ISO 8601.
 * Throws on anything else, so a worker never signs half a request.
 */
export function readSignRequest(message: unknown): SignRequest {
  if (typeof message !== 'object' || message === null) throw new Error('no signing request');
  const pdf: unknown = Reflect.get(message, 'pdf');
  const p12: unknown = Reflect.get(message, 'p12');
  const passphrase: unknown = Reflect.get(message, 'passphrase');
  const time: unknown = Reflect.get(message, 'signingTime');
  const signingTime =
    time instanceof Date ? time : typeof time === 'string' ? new Date(time) : undefined;
  if (
    !(pdf instanceof Uint8Array) ||
    !(p12 instanceof Uint8Array) ||
    typeof passphrase !== 'string' ||
    signingTime === undefined ||
    Number.isNaN(signingTime.getTime())
  ) {
    throw new Error('malformed signing request');
  }
  return { pdf, p12, passphrase, signingTime };
}

/**
 * Signs a PDF that carries a signature placeholder: PAdES basic,
 * `adbe.pkcs7.detached`, SHA-256 with RSA, over the whole file except the
 * /Contents hole (ISO 32000-1 §12.8,
 * https://opensource.adobe.com/dc-acrobat-sdk-docs/pdfstandards/PDF32000_2008.pdf;
 * ETSI EN 319 142-1), with @signpdf's SignPdf and our PKCS#12 signer
 * (cms-signer.ts). Then checks its own work with the shared verifier
 * ({@link verifyPdf}), so no host ever hands out or seals a signature the
 * workbook itself would not accept. The one signer of every host: the
 * command calls it directly, the desktop app in a main-process worker thread
 * (the certificate never reaches the renderer), the browser host in its
 * signing worker. Check the certificate first with `openCertificate`.
 */
export async function signPdf(request: SignRequest): Promise<Uint8Array> {
  const signed = await signOnly(request);
  verifySigned(signed);
  return signed;
}

async function signOnly(request: SignRequest): Promise<Uint8Array> {
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

function verifySigned(signed: Uint8Array): VerifiedPdf {
  try {
    return verifyPdf(signed);
  } catch (error: unknown) {
    if (!(error instanceof VerifyError)) throw error;
    throw new SigningError(
      'sign-failed',
      `signing failed: the signature made does not verify (${error.message})`,
    );
  }
}
