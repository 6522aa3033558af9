import { useState } from 'react';
import type { ProblemEntry } from '../../db/problems-repository';
import type { ImportRecord } from '../../db/schema';
import { Button } from '../../components/govuk/Button';
import { getPlatform } from '../../platform';
import type { ReportFiles } from './problem-report-of';

type Format = 'csv' | 'xlsx';

const FORMATS: Readonly<Record<Format, { label: string; mimeType: string; filter: string }>> = {
  csv: { label: 'CSV', mimeType: 'text/csv', filter: 'CSV' },
  xlsx: {
    label: 'Excel (xlsx)',
    mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    filter: 'Excel workbook',
  },
};

/**
 * The file's bytes. The report and its writers (with the DfE's rule list for
 * the summary's wording) load only when a download is asked for, so the
 * page itself stays light.
 */
async function fileBytes(
  format: Format,
  imports: readonly ImportRecord[],
  entries: readonly ProblemEntry[],
  files: ReportFiles,
): Promise<Uint8Array> {
  const [{ reportOfEntries }, writers] = await Promise.all([
    import('./problem-report-of'),
    import('../../../../shared/records/problem-report/export'),
  ]);
  const report = reportOfEntries(imports, entries, files);
  return format === 'csv' ? writers.problemReportCsv(report) : writers.problemReportXlsx(report);
}

/**
 * Saves the problems shown as a CSV or an Excel workbook through the
 * platform door (a save dialog in the desktop app, a download in a
 * browser), as the report PDF is saved. The outcome is announced in a
 * status line rather than by moving focus, so the person can save the
 * other format straight after.
 */
export function ProblemsDownload({
  imports,
  entries,
  files,
  fileBase,
}: {
  readonly imports: readonly ImportRecord[];
  /** The problems shown. */
  readonly entries: readonly ProblemEntry[];
  /** Which files the report lists (problem-report-of.ts). */
  readonly files: ReportFiles;
  /** The saved file's name without its extension. */
  readonly fileBase: string;
}) {
  const [outcome, setOutcome] = useState<{ text: string; failed: boolean } | undefined>();
  const save = async (format: Format) => {
    const { label, mimeType, filter } = FORMATS[format];
    const name = `${fileBase}.${format}`;
    let bytes: Uint8Array;
    try {
      bytes = await fileBytes(format, imports, entries, files);
    } catch (error: unknown) {
      const why = error instanceof Error ? error.message : String(error);
      setOutcome({ text: `The ${label} file could not be made: ${why}`, failed: true });
      return;
    }
    const saved = await getPlatform().saveFile(name, bytes, {
      mimeType,
      filters: [{ name: filter, extensions: [format] }],
    });
    if (!saved.ok) setOutcome({ text: saved.error.message, failed: true });
    else if (saved.data.saved)
      setOutcome({ text: `Saved the ${label} file to ${saved.data.where}.`, failed: false });
    else setOutcome(undefined);
  };
  const count = entries.length;
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
