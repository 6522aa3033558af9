import { Button } from '../../components/govuk/Button';
import { TextInput } from '../../components/govuk/TextInput';
import { getPlatform } from '../../platform';
import { certificateSha256OfFile } from './certificate-file';
import type { FieldProblem } from './field-problem';
import { certificateText } from './short-keys';

/**
 * A signer's certificate fingerprint: typed as `workbook verify` or openssl
 * print it, or read from the certificate file (PEM or DER), its SHA-256
 * computed here. The roster records it; a report signed with any other
 * certificate is refused.
 */
export function CertificateField({
  id,
  whose,
  value,
  onChange,
  error,
  onProblem,
}: {
  readonly id: string;
  /** "your" or "their". */
  readonly whose: string;
  readonly value: string;
  readonly onChange: (value: string) => void;
  readonly error: string | undefined;
  readonly onProblem: (problem: FieldProblem) => void;
}) {
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
        hint={`The certificate ${whose === 'your' ? 'you sign' : 'they sign'} reports with, as \`workbook verify\` or openssl print it (AB:CD:…), or read from the certificate file. Without it, only a demo certificate may sign this inspection’s report as ${whose === 'your' ? 'you' : 'them'}.`}
        spellCheck={false}
        autoComplete="off"
        value={value}
        onChange={onChange}
        {...(error === undefined ? {} : { error })}
      />
      <Button variant="secondary" onClick={() => void readFile()}>
        Read it from {whose} certificate file
      </Button>
    </>
  );
}
