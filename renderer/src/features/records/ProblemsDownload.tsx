import { useState } from 'react';
import {
  problemReportCsv,
  problemReportXlsx,
  type ProblemReport,
} from '../../../../shared/records/problem-report';
import { Button } from '../../components/govuk/Button';
import { getPlatform } from '../../platform';

type Format = 'csv' | 'xlsx';

const FORMATS: Readonly<
  Record<
    Format,
    { label: string; mimeType: string; filter: string; make: (r: ProblemReport) => Uint8Array }
  >
> = {
  csv: { label: 'CSV', mimeType: 'text/csv', filter: 'CSV', make: problemReportCsv },
  xlsx: {
    label: 'Excel (xlsx)',
    mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    filter: 'Excel workbook',
    make: problemReportXlsx,
  },
};

/**
 * Saves the problems shown as a CSV or an Excel workbook through the
 * platform door (a save dialog in the desktop app, a download in a
 * browser), as the report PDF is saved. The outcome is announced in a
 * status line rather than by moving focus, so the person can save the
 * other format straight after.
 */
export function ProblemsDownload({
  count,
  fileBase,
  report,
}: {
  readonly count: number;
  /** The saved file's name without its extension. */
  readonly fileBase: string;
  /** Makes the report of the problems shown (only when a button is pressed). */
  readonly report: () => ProblemReport;
}) {
  const [outcome, setOutcome] = useState<{ text: string; failed: boolean } | undefined>();
  const save = async (format: Format) => {
    const { label, mimeType, filter, make } = FORMATS[format];
    const name = `${fileBase}.${format}`;
    const saved = await getPlatform().saveFile(name, make(report()), {
      mimeType,
      filters: [{ name: filter, extensions: [format] }],
    });
    if (!saved.ok) setOutcome({ text: saved.error.message, failed: true });
    else if (saved.data.saved)
      setOutcome({ text: `Saved the ${label} file to ${saved.data.where}.`, failed: false });
    else setOutcome(undefined);
  };
  const shown = `${count.toLocaleString('en-GB')} ${count === 1 ? 'problem' : 'problems'}`;
  return (
    <section aria-labelledby="problems-download-heading">
      <h2 className="govuk-heading-s" id="problems-download-heading">
        Download for the council
      </h2>
      <p className="govuk-body">
        The {shown} shown, one line each with its file, row and child, and a count per rule.
      </p>
      <div className="govuk-button-group">
        {(['csv', 'xlsx'] as const).map((format) => (
          <Button key={format} variant="secondary" onClick={() => void save(format)}>
            Download {FORMATS[format].label}
          </Button>
        ))}
      </div>
      {/* Always present, so the text put in it later is announced (<output> is a polite live region). */}
      <output
        className={`govuk-!-display-block ${outcome?.failed === true ? 'govuk-error-message' : 'govuk-body'}`}
        data-testid="problems-download-outcome"
      >
        {outcome?.failed === true ? <span className="govuk-visually-hidden">Error: </span> : null}
        {outcome?.text ?? ''}
      </output>
    </section>
  );
}
