import { hrefFor } from '../../app/router';
import { Button } from '../../components/govuk/Button';
import { TextInput } from '../../components/govuk/TextInput';
import { getPlatform } from '../../platform';
import { certificateSha256OfFile } from './certificate-file';
import type { FieldProblem } from './field-problem';
import { certificateText } from './short-keys';

/**
 * A signer's certificate fingerprint: typed as `workbook verify` or openssl
 * print it, read from the certificate file (PEM or DER), its SHA-256
 * computed here, or, for the person's own, taken from the certificate chosen
 * in Settings. The roster records it; a report signed with any other
 * certificate is refused.
 */
export function CertificateField({
  id,
  whose,
  value,
  onChange,
  error,
  onProblem,
  own,
}: {
  readonly id: string;
  /** Whether it is the person's own certificate, so the one chosen in Settings may fill it. */
  readonly own: boolean;
  /** "your" or "their". */
  readonly whose: string;
  readonly value: string;
  readonly onChange: (value: string) => void;
  readonly error: string | undefined;
  readonly onProblem: (problem: FieldProblem) => void;
}) {
  // The certificate chosen in Settings > My certificate for signing reports (kept
  // by the signing side for this session): its fingerprint fills the field, so the
  // roster records the very certificate the person will sign with.
  const chosen = own ? getPlatform().chosenCertificate() : null;
  async function readFile() {
    const files = await getPlatform().openFiles({
      title: `Choose ${whose} certificate`,
      filters: [{ name: 'Certificates (PEM or DER)', extensions: ['pem', 'crt', 'cer', 'der'] }],
    });
    if (!files.ok) return onProblem({ text: files.error.message, field: 'certificate' });
    const file = files.data[0];
    if (file === undefined) return undefined;
    const sha256 = certificateSha256OfFile(file.name, file.bytes);
    if (!sha256.ok) return onProblem({ text: `${sha256.error.message}.`, field: 'certificate' });
    return onChange(certificateText(sha256.data));
  }
  return (
    <>
      <TextInput
        id={id}
        label={`SHA-256 fingerprint of ${whose} signing certificate (optional)`}
        hint={`The certificate ${whose === 'your' ? 'you sign' : 'they sign'} reports with, as “workbook verify” or openssl print it (AB:CD:…), or read from the certificate file. Without it, only a demo certificate may sign this inspection’s report as ${whose === 'your' ? 'you' : 'them'}.`}
        spellCheck={false}
        autoComplete="off"
        value={value}
        onChange={onChange}
        {...(error === undefined ? {} : { error })}
      />
      {own && chosen === null ? (
        <p className="govuk-body">
          No certificate is chosen in this session. To use the one you sign reports with, choose it
          in{' '}
          <a className="govuk-link" href={hrefFor({ name: 'settings' })}>
            Settings, under My certificate
          </a>
          .
        </p>
      ) : null}
      <div className="govuk-button-group">
        {chosen === null ? null : (
          <Button variant="secondary" onClick={() => onChange(certificateText(chosen.sha256))}>
            Use the certificate chosen in Settings
            <span className="govuk-visually-hidden"> ({chosen.commonName})</span>
          </Button>
        )}
        <Button variant="secondary" onClick={() => void readFile()}>
          Read it from {whose} certificate file
        </Button>
      </div>
    </>
  );
}
