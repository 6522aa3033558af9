import { useState } from 'react';
import { useApp } from '../../app/app-context';
import { Button } from '../../components/govuk/Button';
import { ErrorSummary } from '../../components/govuk/ErrorSummary';
import { previewReport } from './report-client';

/**
 * The report's accessible HTML twin, shown in the page before anyone makes
 * or signs a PDF. The markup comes from shared/reports (every value escaped
 * there); the page's Content Security Policy allows no inline script, so
 * even a value that escaped escaping could not run.
 */
export function ReportPreview({ inspectionId }: { readonly inspectionId: string }) {
  const { db } = useApp();
  const [html, setHtml] = useState<string | undefined>();
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string | undefined>();

  async function preview() {
    setBusy(true);
    setProblem(undefined);
    try {
      setHtml(await previewReport({ dbName: db.name, inspectionId }));
    } catch (error: unknown) {
      setProblem(error instanceof Error ? error.message : String(error));
    } finally {
      setBusy(false);
    }
  }

  return (
    <>
      {problem === undefined ? null : <ErrorSummary errors={[{ text: problem }]} />}
      <Button variant="secondary" disabled={busy} onClick={() => void preview()}>
        {html === undefined ? 'Preview the report' : 'Refresh the preview'}
      </Button>
      {busy ? (
        <output className="govuk-body govuk-!-display-block" aria-live="polite">
          Making the preview…
        </output>
      ) : null}
      {html === undefined ? null : (
        <section
          className="app-report-preview"
          aria-label="Report preview"
          // It scrolls on its own, so keyboard users must be able to focus it (WCAG 2.1.1).
          // oxlint-disable-next-line jsx-a11y/no-noninteractive-tabindex
          tabIndex={0}
          // The twin's own markup (see above); React cannot build it from a string otherwise.
          dangerouslySetInnerHTML={{ __html: html }}
        />
      )}
    </>
  );
}
