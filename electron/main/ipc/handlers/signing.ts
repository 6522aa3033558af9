import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { BrowserWindow, Dialog } from 'electron';
import type { IpcParsedRequest, IpcResponse } from '../../../../shared/ipc/contract';
import { openCertificate } from '../../../../shared/signing/certificate';
import { SigningError } from '../../../../shared/signing/errors';
import { signingMoment } from '../../../../shared/signing/placeholder';
import type { SignRequest } from '../../../../shared/signing/sign-pdf';
import { SIGN_BUTTON, signingConfirmation } from '../../signing/confirm-signing';
import { PdfSummaryError, summarisePdf, type PdfSummary } from '../../signing/pdf-summary';
import { IpcHandlerError } from '../router';

type SigningDeps = {
  readonly dialog: Pick<Dialog, 'showOpenDialog' | 'showMessageBox'>;
  readonly window: () => BrowserWindow | undefined;
  /** Signs in a worker thread in the app (sign-in-worker.ts); injectable for tests. */
  readonly sign: (request: SignRequest) => Promise<Uint8Array>;
  readonly now?: () => Date;
};

/** What main shows of the PDF; one it cannot read is refused, not signed. */
function summary(pdf: Uint8Array): PdfSummary {
  try {
    return summarisePdf(pdf);
  } catch (error: unknown) {
    if (!(error instanceof PdfSummaryError)) throw error;
    throw new IpcHandlerError('signing.unreadable', `Not signed: ${error.message}.`);
  }
}

/**
 * The two signing channels. The certificate is chosen in the main process
 * (its own open dialog) and held only in main memory for this session; the
 * renderer sends the finished PDF with its placeholder and gets the signed
 * bytes back, so the private key never enters the renderer (Electron's
 * process model, https://www.electronjs.org/docs/latest/tutorial/process-model).
 * The signing itself is the shared pipeline's (shared/signing/sign-pdf.ts).
 * Validity dates and keyUsage are checked as the certificate is opened.
 * Before signing, main shows its own confirmation (title, pages, SHA-256 of
 * the bytes, certificate subject) and takes the signing time from its own
 * clock: the renderer only supplies bytes, never the decision or the time.
 */
export function createSigningHandlers(deps: SigningDeps) {
  let chosen:
    | {
        readonly p12: Uint8Array;
        readonly passphrase: string;
        readonly name: string;
        readonly subject: string;
      }
    | undefined;
  const now = deps.now ?? (() => new Date());

  async function chooseCertificate(
    request: IpcParsedRequest<'chooseCertificate'>,
  ): Promise<IpcResponse<'chooseCertificate'>> {
    const options: Electron.OpenDialogOptions = {
      title: 'Choose your signing certificate',
      properties: ['openFile'],
      filters: [{ name: 'Certificates (PKCS#12)', extensions: ['p12', 'pfx'] }],
    };
    const owner = deps.window();
    const choice = owner
      ? await deps.dialog.showOpenDialog(owner, options)
      : await deps.dialog.showOpenDialog(options);
    const file = choice.filePaths[0];
    if (choice.canceled || file === undefined) return { chosen: false };
    const p12 = new Uint8Array(await readFile(file));
    try {
      const certificate = openCertificate(p12, request.passphrase, now());
      chosen = {
        p12,
        passphrase: request.passphrase,
        name: path.basename(file),
        subject: certificate.subject,
      };
      return {
        chosen: true,
        subject: certificate.subject,
        commonName: certificate.commonName,
        issuer: certificate.issuer,
        notBefore: certificate.notBefore.toISOString(),
        notAfter: certificate.notAfter.toISOString(),
        sha256: certificate.sha256,
      };
    } catch (error: unknown) {
      if (error instanceof SigningError) {
        throw new IpcHandlerError(
          `signing.${error.code}`,
          `${path.basename(file)}: ${error.message}`,
        );
      }
      throw error;
    }
  }

  async function confirmed(pdf: Uint8Array, subject: string, signingTime: Date): Promise<boolean> {
    const options = signingConfirmation({
      ...summary(pdf),
      sha256: createHash('sha256').update(pdf).digest('hex'),
      subject,
      signingTime,
    });
    const owner = deps.window();
    const answer = owner
      ? await deps.dialog.showMessageBox(owner, options)
      : await deps.dialog.showMessageBox(options);
    return answer.response === SIGN_BUTTON;
  }

  async function signPdf(request: IpcParsedRequest<'signPdf'>): Promise<IpcResponse<'signPdf'>> {
    const certificate = chosen;
    if (certificate === undefined) {
      throw new IpcHandlerError(
        'signing.no-certificate',
        'Choose your signing certificate before signing.',
      );
    }
    // Main's clock, in whole seconds as the CMS signingTime holds it.
    const signingTime = signingMoment(now());
    if (!(await confirmed(request.pdf, certificate.subject, signingTime))) {
      throw new IpcHandlerError('signing.cancelled', 'Not signed: you cancelled the signing.');
    }
    try {
      const pdf = await deps.sign({
        pdf: request.pdf,
        p12: certificate.p12,
        passphrase: certificate.passphrase,
        signingTime,
      });
      return { pdf, signedAt: signingTime.toISOString() };
    } catch (error: unknown) {
      const message = error instanceof Error ? error.message : String(error);
      throw new IpcHandlerError('signing.failed', `${certificate.name}: ${message}`);
    }
  }

  return { chooseCertificate, signPdf };
}
