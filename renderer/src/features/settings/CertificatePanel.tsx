import { useState, type FormEvent } from 'react';
import { Button } from '../../components/govuk/Button';
import { ErrorSummary } from '../../components/govuk/ErrorSummary';
import { SummaryList } from '../../components/govuk/SummaryList';
import { TextInput } from '../../components/govuk/TextInput';
import { getPlatform, type CertificateSummary } from '../../platform';

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
        <SummaryList
          rows={[
            { key: 'Signing as', value: chosen.commonName },
            { key: 'Certificate subject', value: chosen.subject },
          ]}
        />
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
