import { useState } from 'react';
import { inspectionKind, type Workbook } from '../../../../shared/domain';
import { reportReadiness } from '../../../../shared/reports';
import { whoMaySign } from '../../../../shared/tasks/who-signs';
import { useApp } from '../../app/app-context';
import { hrefFor } from '../../app/router';
import { useUser } from '../../app/user';
import { BackLink } from '../../components/govuk/BackLink';
import { Button } from '../../components/govuk/Button';
import { ErrorSummary } from '../../components/govuk/ErrorSummary';
import { NotificationBanner } from '../../components/govuk/NotificationBanner';
import { getPlatform } from '../../platform';
import { useWorkbook } from '../inspections/use-workbook';
import { renderReport, type RenderedReport } from './report-client';
import { sealReportVersion, type SignedBy } from './seal-version';
import { SignPanel } from './SignPanel';
import { useReportVersions } from './use-report-versions';
import { VerifyPanel } from './VerifyPanel';
import { VersionsTable } from './VersionsTable';
import { ReportPreview } from './ReportPreview';
import { WriteReportLinks } from './WriteReportLinks';

function slug(text: string): string {
  return text
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}

/**
 * The report: made in a Web Worker from the workbook, saved as a PDF with
 * its accessible HTML twin, and signed by the lead inspector (or, for a
 * self-assessment, a council officer) with their certificate, in either host.
 */
export function ReportPage({ inspectionId }: { readonly inspectionId: string }) {
  const workbook = useWorkbook(inspectionId);
  if (workbook === undefined) return <p className="govuk-body">Loading…</p>;
  if (!workbook.ok) return <ErrorSummary errors={[{ text: workbook.error.message }]} />;
  return <ReportScreen inspectionId={inspectionId} workbook={workbook.data} />;
}

/** Saves the PDF through the platform door; returns a problem, if any. */
async function save(report: RenderedReport, signed: boolean) {
  const base = `${slug(report.title)}-v${report.version}${signed ? '-signed' : '-draft'}`;
  const pdf = await getPlatform().saveFile(`${base}.pdf`, report.pdf, {
    mimeType: 'application/pdf',
    filters: [{ name: 'PDF', extensions: ['pdf'] }],
  });
  if (!pdf.ok) return pdf.error.message;
  return undefined;
}

function ReportScreen({
  inspectionId,
  workbook,
}: {
  readonly inspectionId: string;
  readonly workbook: Workbook;
}) {
  const { db, userName } = useApp();
  const [user] = useUser();
  const versions = useReportVersions(inspectionId);
  // Each banner carries the serial of its save, so every save mounts a fresh one that takes focus.
  const [sealed, setSealed] = useState<{ text: string; serial: number } | undefined>();
  const [madeSerial, setMadeSerial] = useState(0);
  const [step, setStep] = useState<string | undefined>();
  const [made, setMade] = useState<RenderedReport | undefined>();
  const [problem, setProblem] = useState<string | undefined>();
  const ready = reportReadiness(workbook, false);
  // The workbook's team and the name in Settings decide, by the rule the command uses.
  const maySign = whoMaySign(workbook, user.name);

  async function sealSigned(report: RenderedReport, signer: SignedBy): Promise<string | undefined> {
    const saved = await save(report, true);
    if (saved !== undefined) return saved;
    const outcome = await sealReportVersion(db, inspectionId, userName, report, signer);
    if (!outcome.ok) return outcome.error.message;
    setSealed((last) => ({
      text: `Version ${report.version} signed by ${signer.commonName} and sealed in the workbook.`,
      serial: (last?.serial ?? 0) + 1,
    }));
    return undefined;
  }

  async function generate() {
    setProblem(undefined);
    setStep('Starting');
    try {
      const report = await renderReport({ dbName: db.name, inspectionId }, undefined, setStep);
      const refused = await save(report, false);
      setProblem(refused);
      if (refused === undefined) {
        setMade(report);
        setMadeSerial((n) => n + 1);
      }
    } catch (error: unknown) {
      setProblem(error instanceof Error ? error.message : String(error));
    } finally {
      setStep(undefined);
    }
  }

  return (
    <>
      <BackLink href={hrefFor({ name: 'overview', inspectionId })}>Inspection overview</BackLink>
      {problem === undefined ? null : <ErrorSummary errors={[{ text: problem }]} />}
      <span className="govuk-caption-l">{inspectionKind(workbook.inspection.kind).label}</span>
      <h1 className="govuk-heading-xl">Report</h1>
      <WriteReportLinks inspectionId={inspectionId} workbook={workbook} />
      {!ready.ok ? (
        <p className="govuk-body">
          The report can be made once the judgements are graded:{' '}
          <a className="govuk-link" href={hrefFor({ name: 'judgements', inspectionId })}>
            grade the judgements
          </a>
          , then{' '}
          <a className="govuk-link" href={hrefFor({ name: 'report', inspectionId, sub: 'check' })}>
            check the report
          </a>{' '}
          for anything else missing.
        </p>
      ) : (
        <>
          <p className="govuk-body">
            The report is made from the workbook as it stands: judgements, findings, delegated
            providers and, once records are imported, indicators. Until it is signed, every page is
            marked DRAFT.
          </p>
          <h2 className="govuk-heading-m">Preview</h2>
          <ReportPreview inspectionId={inspectionId} />
          <h2 className="govuk-heading-m">Make the PDF</h2>
          <Button onClick={() => void generate()} disabled={step !== undefined}>
            Generate the draft PDF
          </Button>
          {step === undefined ? null : (
            <output className="govuk-body govuk-!-display-block" aria-live="polite">
              {step}…
            </output>
          )}
          {made === undefined ? null : (
            <NotificationBanner key={madeSerial} title="Success" success>
              <p className="govuk-notification-banner__heading">
                Draft version {made.version} saved ({Math.round(made.pdf.byteLength / 1024)} KB).
              </p>
              <p className="govuk-body">
                <button
                  type="button"
                  className="govuk-button govuk-button--secondary govuk-!-margin-bottom-0"
                  onClick={() =>
                    void getPlatform().saveFile(
                      `${slug(made.title)}-v${made.version}-draft.html`,
                      new TextEncoder().encode(made.html),
                      {
                        mimeType: 'text/html',
                      },
                    )
                  }
                >
                  Save the accessible HTML version
                </button>
              </p>
            </NotificationBanner>
          )}
          <h2 className="govuk-heading-m">Sign the report</h2>
          {maySign.ok ? (
            <>
              {sealed === undefined ? null : (
                <NotificationBanner key={sealed.serial} title="Signed" success>
                  <p className="govuk-notification-banner__heading">{sealed.text}</p>
                </NotificationBanner>
              )}
              <SignPanel
                inspectionId={inspectionId}
                signedBy={user.name}
                role={maySign.data}
                onSigned={sealSigned}
              />
            </>
          ) : (
            <p className="govuk-body">
              {maySign.error.message} Your name is set in{' '}
              <a className="govuk-link" href={hrefFor({ name: 'settings' })}>
                Settings
              </a>
              .
            </p>
          )}
        </>
      )}
      <h2 className="govuk-heading-m">Versions</h2>
      {versions === undefined ? (
        <p className="govuk-body">Loading…</p>
      ) : (
        <>
          <VersionsTable versions={versions} />
          <h2 className="govuk-heading-m">Verify a signed report</h2>
          <VerifyPanel versions={versions} />
        </>
      )}
    </>
  );
}
