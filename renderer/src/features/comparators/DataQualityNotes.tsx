import { useState } from 'react';
import type { IndicatorReport } from '../../../../shared/records/indicators';
import { addEvidence } from '../../../../shared/workbook';
import { dataQualityEvidence } from '../../../../shared/tasks';
import { useApp } from '../../app/app-context';
import { Button } from '../../components/govuk/Button';
import { runCommand } from '../../db/workbook-repository';
import { useWorkbook } from '../inspections/use-workbook';

/**
 * The data-quality notes: where a figure computed from the imported records
 * is further from the one DfE published for the same year than rounding and
 * one child explain. Each can be recorded as evidence (performance data, an
 * area for improvement) with the evidence task the Evidence page uses.
 */
export function DataQualityNotes({
  inspectionId,
  report,
}: {
  readonly inspectionId: string;
  readonly report: IndicatorReport;
}) {
  const { db, userName } = useApp();
  const workbook = useWorkbook(inspectionId);
  const [recorded, setRecorded] = useState<Readonly<Record<string, string>>>({});
  const notes = report.indicators.filter((i) => i.comparators?.dataQuality !== undefined);
  if (notes.length === 0) return null;
  return (
    <section aria-labelledby="data-quality-notes">
      <h2 className="govuk-heading-l" id="data-quality-notes">
        Data-quality notes
      </h2>
      {notes.map((result) => (
        <div className="govuk-inset-text" key={result.id}>
          <p className="govuk-body">{result.comparators?.dataQuality?.message}</p>
          {recorded[result.id] === undefined ? (
            <Button
              variant="secondary"
              onClick={() => {
                if (workbook?.ok !== true) return;
                const input = dataQualityEvidence(workbook.data, result);
                if (input === undefined) return;
                void runCommand(db, inspectionId, userName, (context) =>
                  addEvidence(context, input),
                ).then((outcome) => {
                  setRecorded((done) => ({
                    ...done,
                    [result.id]: outcome.ok
                      ? 'Recorded as evidence (performance data, an area for improvement).'
                      : outcome.error.message,
                  }));
                });
              }}
            >
              Record as evidence<span className="govuk-visually-hidden">: {result.label}</span>
            </Button>
          ) : (
            <output className="govuk-body govuk-!-display-block">{recorded[result.id]}</output>
          )}
        </div>
      ))}
    </section>
  );
}
