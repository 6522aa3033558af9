import { useState, type FormEvent } from 'react';
import { useApp } from '../../app/app-context';
import { Button } from '../../components/govuk/Button';
import { loadLogAndParts } from '../../db/workbook-repository';
import { getPlatform } from '../../platform';
import { renderReport, type RenderedReport } from './report-client';

/**
 * Signing: the passphrase goes to the main process with a request to choose
 * the certificate there; the report is rendered with the placeholder and the
 * signer's block, and its bytes cross one IPC channel to be signed in a
 * worker thread (pdf-signing.md). In a browser this says the desktop app is
 * needed.
 */
export function SignPanel({
  inspectionId,
  signedBy,
  role,
  onSigned,
}: {
  readonly inspectionId: string;
  readonly signedBy: string;
  readonly role: 'Lead inspector' | 'Council officer';
  readonly onSigned: (report: RenderedReport) => Promise<void>;
}) {
  const { db } = useApp();
  const platform = getPlatform();
  const [passphrase, setPassphrase] = useState('');
  const [message, setMessage] = useState<string | undefined>();

  /** Renders the report with its placeholder and the signer's block; the CMS time has whole seconds. */
  async function renderForSigning(signer: string, subject: string) {
    const signedAt = new Date(Math.floor(Date.now() / 1000) * 1000).toISOString();
    const { operations, parts } = await loadLogAndParts(db, inspectionId);
    const report = await renderReport(
      operations,
      parts,
      { signer, subject, signedBy, role, signedAt },
      () => undefined,
    );
    return { report, signedAt };
  }

  async function prepare() {
    const { report } = await renderForSigning(signedBy, `CN=${signedBy}`);
    const saved = await platform.saveFile(`report-v${report.version}-for-signing.pdf`, report.pdf, {
      mimeType: 'application/pdf',
    });
    setMessage(saved.ok ? 'Saved the PDF prepared for signing.' : saved.error.message);
  }

  if (platform.host === 'browser') {
    // The browser host cannot hold a certificate; for development it can save
    // the PDF with its signature placeholder, to be signed with the same
    // signer the desktop app's main process uses.
    return (
      <>
        <div className="govuk-inset-text">
          Signing uses your certificate, which only the desktop app holds. Open this inspection in
          Inspection Workbook for desktop to sign it.
        </div>
        <Button variant="secondary" onClick={() => void prepare()}>
          Save the PDF prepared for signing (development)
        </Button>
        {message === undefined ? null : <p className="govuk-body">{message}</p>}
      </>
    );
  }

  async function sign(event: FormEvent) {
    event.preventDefault();
    const certificate = await platform.chooseCertificate(passphrase);
    setPassphrase('');
    if (!certificate.ok) return setMessage(certificate.error.message);
    if (certificate.data === null) return undefined;
    const { report, signedAt } = await renderForSigning(
      certificate.data.commonName,
      certificate.data.subject,
    );
    const signed = await platform.signPdf(report.pdf, signedAt);
    if (!signed.ok) return setMessage(signed.error.message);
    await onSigned({ ...report, pdf: signed.data });
    return setMessage(`Signed by ${certificate.data.commonName}.`);
  }

  return (
    <form onSubmit={(event) => void sign(event)} noValidate>
      <div className="govuk-form-group">
        <label className="govuk-label" htmlFor="sign-passphrase">
          Certificate passphrase
        </label>
        <input
          className="govuk-input govuk-!-width-one-half"
          id="sign-passphrase"
          type="password"
          autoComplete="off"
          value={passphrase}
          onChange={(e) => setPassphrase(e.target.value)}
        />
      </div>
      <Button type="submit">Choose certificate and sign</Button>
      {message === undefined ? null : <p className="govuk-body">{message}</p>}
    </form>
  );
}
