import { useState, type FormEvent } from 'react';
import { useApp } from '../../app/app-context';
import { Button } from '../../components/govuk/Button';
import { ErrorSummary } from '../../components/govuk/ErrorSummary';
import { getPlatform, type CertificateSummary } from '../../platform';
import type { Result } from '../../../../shared/util/result';
import { ok } from '../../../../shared/util/result';
import { renderReport, type RenderedReport } from './report-client';
import type { SignedBy } from './seal-version';

/**
 * Signing: the passphrase goes with a request to choose the certificate to
 * the side that holds it (the desktop app's main process, or the browser
 * host's signing worker); the report is rendered with the placeholder and
 * the signer's block, and its bytes are signed there by the shared signer
 * (shared/signing/sign-pdf.ts; PAdES, ETSI EN 319 142-1). The
 * page never holds the key.
 */
export function SignPanel({
  inspectionId,
  signedBy,
  role,
  onSigned,
}: {
  readonly inspectionId: string;
  readonly signedBy: string;
  readonly role: 'lead' | 'council-officer';
  readonly onSigned: (report: RenderedReport, signer: SignedBy) => Promise<string | undefined>;
}) {
  const { db } = useApp();
  const [passphrase, setPassphrase] = useState('');
  const [problem, setProblem] = useState<string | undefined>();
  const [step, setStep] = useState<string | undefined>();

  const platform = getPlatform();
  const [held, setHeld] = useState<CertificateSummary | null>(platform.chosenCertificate());

  async function certificateToUse(): Promise<Result<CertificateSummary | null>> {
    if (held !== null) return ok(held);
    setStep('Choosing the certificate');
    const chosen = await platform.chooseCertificate(passphrase);
    setPassphrase('');
    return chosen;
  }

  async function sign(event: FormEvent) {
    event.preventDefault();
    setProblem(undefined);
    const certificate = await certificateToUse();
    if (!certificate.ok) {
      setStep(undefined);
      return setProblem(certificate.error.message);
    }
    if (certificate.data === null) return setStep(undefined);
    setHeld(certificate.data);
    // The CMS signingTime has whole seconds; the visible block prints the same moment.
    const signedAt = new Date(Math.floor(Date.now() / 1000) * 1000).toISOString();
    const report = await renderReport(
      { dbName: db.name, inspectionId },
      {
        signer: certificate.data.commonName,
        subject: certificate.data.subject,
        signedBy,
        role: role === 'lead' ? 'Lead inspector' : 'Council officer',
        signedAt,
      },
      setStep,
    );
    setStep('Signing');
    const signed = await platform.signPdf(report.pdf, signedAt);
    if (!signed.ok) {
      setStep(undefined);
      return setProblem(signed.error.message);
    }
    // The sealed version records the moment the signature holds (main's clock in the desktop app).
    const failed = await onSigned(
      { ...report, pdf: signed.data.pdf },
      { ...certificate.data, signedBy, role, signedAt: signed.data.signedAt },
    );
    setStep(undefined);
    return setProblem(failed);
  }

  return (
    <form onSubmit={(event) => void sign(event)} noValidate>
      {problem === undefined ? null : (
        <ErrorSummary errors={[{ text: problem, href: '#sign-passphrase' }]} key={problem} />
      )}
      {held === null ? (
        <PassphraseField value={passphrase} onChange={setPassphrase} />
      ) : (
        <p className="govuk-body">
          Signing as <strong>{held.commonName}</strong> (the certificate chosen in this session).{' '}
          <button
            type="button"
            className="govuk-link app-link-button"
            onClick={() => setHeld(null)}
          >
            Use a different certificate
          </button>
        </p>
      )}
      <Button type="submit" disabled={step !== undefined}>
        {held === null ? 'Choose certificate and sign' : 'Sign the report'}
      </Button>
      {step === undefined ? null : (
        <output className="govuk-body govuk-!-display-block" aria-live="polite">
          {step}…
        </output>
      )}
    </form>
  );
}

function PassphraseField({
  value,
  onChange,
}: {
  readonly value: string;
  readonly onChange: (value: string) => void;
}) {
  return (
    <>
      <div className="govuk-form-group">
        <label className="govuk-label" htmlFor="sign-passphrase">
          Certificate passphrase
        </label>
        <div id="sign-passphrase-hint" className="govuk-hint">
          Then choose your certificate file (.p12 or .pfx). It is used for this signature and never
          stored in the workbook.
        </div>
        <input
          className="govuk-input govuk-!-width-one-half"
          id="sign-passphrase"
          type="password"
          autoComplete="off"
          aria-describedby="sign-passphrase-hint"
          value={value}
          onChange={(e) => onChange(e.target.value)}
        />
      </div>
    </>
  );
}
