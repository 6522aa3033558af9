import { useState } from 'react';
import type { ReportVersion } from '../../../../shared/workbook';
import { Button } from '../../components/govuk/Button';
import { ErrorSummary } from '../../components/govuk/ErrorSummary';
import { NotificationBanner } from '../../components/govuk/NotificationBanner';
import { SummaryList } from '../../components/govuk/SummaryList';
import { getPlatform } from '../../platform';
import type { VerifiedSummary } from '../../workers/signing-messages';
import { verifySignedPdf } from './verify-client';

type Outcome =
  | { readonly kind: 'valid'; readonly file: string; readonly result: VerifiedSummary }
  | { readonly kind: 'invalid'; readonly message: string };

/**
 * Verify a report someone sent: the signature holds and covers the whole
 * file, and the file is one of this inspection's signed versions (its
 * SHA-256 is recorded), as `workbook verify --bundle` checks.
 */
export function VerifyPanel({ versions }: { readonly versions: readonly ReportVersion[] }) {
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
    const verified = await verifySignedPdf(file.bytes);
    setBusy(false);
    return setOutcome(
      verified.ok
        ? { kind: 'valid', file: file.name, result: verified.data }
        : { kind: 'invalid', message: `${file.name}: ${verified.error.message}` },
    );
  }

  const version =
    outcome?.kind === 'valid'
      ? versions.find((v) => v.pdfSha256 === outcome.result.sha256)
      : undefined;
  return (
    <>
      {outcome?.kind === 'invalid' ? (
        <ErrorSummary title="The signature does not hold" errors={[{ text: outcome.message }]} />
      ) : null}
      {outcome?.kind === 'valid' ? (
        <NotificationBanner title="Signature checked" success={version !== undefined}>
          <p className="govuk-notification-banner__heading">
            {version === undefined
              ? `${outcome.file} has a valid signature covering the whole file, but it is not a signed version of this inspection.`
              : `${outcome.file} is signed version ${version.number} of this report, unchanged.`}
          </p>
          <SummaryList
            rows={[
              { key: 'Signer', value: outcome.result.subject },
              { key: 'Signed at', value: outcome.result.signedAt ?? 'Not stated' },
              { key: 'SHA-256', value: outcome.result.sha256 },
            ]}
          />
        </NotificationBanner>
      ) : null}
      <p className="govuk-body">
        Check a signed report you were sent: that its signature holds, covers the whole file, and
        that it is one of the versions above.
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
