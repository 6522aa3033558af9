import { useState, type FormEvent, type ReactNode } from 'react';
import { longDateTime } from '../../../../shared/reports';
import { fingerprintText } from '../../../../shared/signing/verify-anchors';
import { Button } from '../../components/govuk/Button';
import { ErrorSummary } from '../../components/govuk/ErrorSummary';
import { TextInput } from '../../components/govuk/TextInput';
import { getPlatform, type CertificateSummary } from '../../platform';

/**
 * What a person checks of the certificate they chose: who it names, who
 * issued it, when it is valid, and its SHA-256 fingerprint in the form
 * `workbook verify` and `openssl x509 -fingerprint -sha256` print, to give
 * the lead for the team roster or compare with what the roster records.
 */
function certificateRows(chosen: CertificateSummary): { key: string; value: ReactNode }[] {
  return [
    { key: 'Signing as', value: chosen.commonName },
    { key: 'Certificate subject', value: chosen.subject },
    { key: 'Issued by', value: chosen.issuer },
    {
      key: 'Valid',
      value: `From ${longDateTime(chosen.notBefore)} to ${longDateTime(chosen.notAfter)}`,
    },
    {
      key: 'SHA-256 fingerprint',
      value: <code className="app-hash">{fingerprintText(chosen.sha256)}</code>,
    },
  ];
}

/**
 * My certificate: choose the PKCS#12 file (.p12/.pfx) once per session and
 * the signing side keeps it (the desktop app's main process, or the browser
 * host's signing worker); the page only ever sees its name. It is never
 * written to disk or to the workbook.
 */
export function CertificatePanel() {
  const platform = getPlatform();
  const [chosen, setChosen] = useState<CertificateSummary | null>(platform.chosenCertificate());
  const [passphrase, setPassphrase] = useState('');
  const [problem, setProblem] = useState<string | undefined>();

  async function choose(event: FormEvent) {
    event.preventDefault();
    const answer = await platform.chooseCertificate(passphrase);
    setPassphrase('');
    if (!answer.ok) return setProblem(answer.error.message);
    setProblem(undefined);
    if (answer.data !== null) setChosen(answer.data);
    return undefined;
  }

  return (
    <form onSubmit={(event) => void choose(event)} noValidate>
      {problem === undefined ? null : (
        <ErrorSummary errors={[{ text: problem, href: '#certificate-passphrase' }]} key={problem} />
      )}
      {chosen === null ? (
        <p className="govuk-body">No certificate chosen in this session.</p>
      ) : (
        <dl className="govuk-summary-list" data-testid="chosen-certificate">
          {certificateRows(chosen).map((row) => (
            <div className="govuk-summary-list__row" key={row.key}>
              <dt className="govuk-summary-list__key">{row.key}</dt>
              <dd className="govuk-summary-list__value">{row.value}</dd>
            </div>
          ))}
        </dl>
      )}
      <TextInput
        id="certificate-passphrase"
        label="Certificate passphrase"
        hint="Then choose your certificate file (.p12 or .pfx). It is kept only until you close the app."
        type="password"
        autoComplete="off"
        widthClass="govuk-!-width-one-half"
        value={passphrase}
        onChange={setPassphrase}
      />
      <Button type="submit" variant="secondary">
        {chosen === null ? 'Choose certificate' : 'Choose a different certificate'}
      </Button>
    </form>
  );
}
