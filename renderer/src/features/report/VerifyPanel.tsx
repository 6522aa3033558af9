import { useState } from 'react';
import { recordMismatch } from '../../../../shared/signing/verify-record';
import type { ReportVersion } from '../../../../shared/workbook';
import { useApp } from '../../app/app-context';
import { Button } from '../../components/govuk/Button';
import { ErrorSummary } from '../../components/govuk/ErrorSummary';
import { NotificationBanner } from '../../components/govuk/NotificationBanner';
import { SummaryList } from '../../components/govuk/SummaryList';
import { WarningText } from '../../components/govuk/WarningText';
import { listTrustedCertificates } from '../../db/trusted-certificates-store';
import { getPlatform } from '../../platform';
import type { VerifiedSummary } from '../../workers/signing-messages';
import { verifySignedPdf } from './verify-client';

type Outcome =
  | { readonly kind: 'valid'; readonly file: string; readonly result: VerifiedSummary }
  | { readonly kind: 'invalid'; readonly message: string };

/**
 * Verify a report someone sent: the signature holds and covers the whole
 * file, whether a trusted certificate (Settings) vouches for the signer, and
 * the file is one of this inspection's signed versions (its SHA-256 is
 * recorded, and the record names the same signer), as `workbook verify
 * --trust … --bundle` checks, in the same words.
 */
export function VerifyPanel({ versions }: { readonly versions: readonly ReportVersion[] }) {
  const { db } = useApp();
  const [outcome, setOutcome] = useState<Outcome | undefined>();
  const [busy, setBusy] = useState(false);

  async function verify() {
    const chosen = await getPlatform().openFiles({
      title: 'Choose a signed report',
      filters: [{ name: 'PDF', extensions: ['pdf'] }],
    });
    if (!chosen.ok) return setOutcome({ kind: 'invalid', message: chosen.error.message });
    const file = chosen.data[0];
    if (file === undefined) return undefined;
    setBusy(true);
    const anchors = (await listTrustedCertificates(db)).map((c) => c.der);
    const verified = await verifySignedPdf(file.bytes, anchors);
    setBusy(false);
    if (!verified.ok) {
      return setOutcome({ kind: 'invalid', message: `${file.name}: ${verified.error.message}` });
    }
    const recorded = versions.find((v) => v.pdfSha256 === verified.data.sha256);
    const mismatch = recorded === undefined ? undefined : recordMismatch(recorded, verified.data);
    return setOutcome(
      mismatch === undefined
        ? { kind: 'valid', file: file.name, result: verified.data }
        : { kind: 'invalid', message: `${file.name}: ${mismatch}` },
    );
  }

  const version =
    outcome?.kind === 'valid'
      ? versions.find((v) => v.pdfSha256 === outcome.result.sha256)
      : undefined;
  const trust = outcome?.kind === 'valid' ? outcome.result.trust : undefined;
  return (
    <>
      {outcome?.kind === 'invalid' ? (
        <ErrorSummary title="The signature does not hold" errors={[{ text: outcome.message }]} />
      ) : null}
      {outcome?.kind === 'valid' ? (
        <NotificationBanner
          title="Signature checked"
          success={version !== undefined && trust?.trusted === true}
          focus={version !== undefined}
        >
          <p className="govuk-notification-banner__heading">
            {version === undefined
              ? `${outcome.file} has a valid signature covering the whole file, but it is not a signed version of this inspection.`
              : `${outcome.file} is signed version ${version.number} of this report, unchanged.`}
          </p>
          <p className="govuk-body">
            <strong>{trust?.headline}.</strong> {trust?.detail}
          </p>
          {trust?.trusted === false ? (
            <WarningText>
              Add the signer’s certificate, or the authority that issued it, under Settings, Trusted
              certificates, once you have checked its fingerprint with them.
            </WarningText>
          ) : null}
          <SummaryList
            rows={[
              { key: 'Signer', value: outcome.result.subject },
              {
                key: 'Signer’s certificate (SHA-256)',
                value: outcome.result.trust.signerFingerprint,
              },
              { key: 'Signed at', value: outcome.result.signedAt ?? 'Not stated' },
              { key: 'SHA-256', value: outcome.result.sha256 },
            ]}
          />
        </NotificationBanner>
      ) : null}
      <p className="govuk-body">
        Check a signed report you were sent: that its signature holds, covers the whole file, who
        signed it (against your trusted certificates in Settings), and that it is one of the
        versions above.
      </p>
      <Button variant="secondary" disabled={busy} onClick={() => void verify()}>
        Verify a signed PDF
      </Button>
      {busy ? (
        <output className="govuk-body govuk-!-display-block" aria-live="polite">
          Checking the signature…
        </output>
      ) : null}
    </>
  );
}
