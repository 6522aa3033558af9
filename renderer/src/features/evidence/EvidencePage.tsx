import { addEvidence } from '../../../../shared/workbook';
import { useApp } from '../../app/app-context';
import { hrefFor } from '../../app/router';
import { BackLink } from '../../components/govuk/BackLink';
import { ErrorSummary } from '../../components/govuk/ErrorSummary';
import type { SelectOption } from '../../components/govuk/Select';
import { runCommand } from '../../db/workbook-repository';
import { useWorkbook } from '../inspections/use-workbook';
import { CaptureForm } from './CaptureForm';
import { EvidenceBrowser } from './EvidenceBrowser';
import { findingLabels, kindLabels } from './labels';
import { evidenceAreas } from '../../../../shared/tasks';

/**
 * Evidence: record a note between meetings (keyboard first, draft kept on the
 * device), and find any note again by area, source, kind, finding, author or
 * words. Each item is attributed to the council or one delegated provider
 * (test/fixtures/docs/ilacs.md §2.4 "Multi-entity inspection").
 */
export function EvidencePage({ inspectionId }: { readonly inspectionId: string }) {
  const { db, userName } = useApp();
  const workbook = useWorkbook(inspectionId);
  if (workbook === undefined) return <p className="govuk-body">Loading…</p>;
  if (!workbook.ok) return <ErrorSummary errors={[{ text: workbook.error.message }]} />;
  const { inspection, providers, evidence } = workbook.data;
  // The areas this inspection judges (a self-assessment adds overall effectiveness).
  const offered = evidenceAreas(workbook.data);
  const sources: SelectOption[] = [
    { value: 'council', label: `${inspection.council.name} (the council)` },
    ...providers.map((provider) => ({ value: provider.id, label: provider.name })),
  ];
  const areas: SelectOption[] = offered.map((area) => ({
    value: area.id,
    label: area.label,
  }));
  const sourceName = (id: string) => sources.find((source) => source.value === id)?.label ?? id;
  return (
    <>
      <BackLink href={hrefFor({ name: 'overview', inspectionId })}>Inspection overview</BackLink>
      <span className="govuk-caption-l">{inspection.council.name}</span>
      <h1 className="govuk-heading-xl">Evidence</h1>
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds">
          <CaptureForm
            key={inspectionId}
            inspectionId={inspectionId}
            sources={sources}
            areas={offered}
            onSite={inspection.onSite}
            onSave={async (input) => {
              const outcome = await runCommand(db, inspectionId, userName, (context) =>
                addEvidence(context, input),
              );
              return outcome.ok
                ? {
                    ok: true,
                    message: `Evidence saved: ${findingLabels[input.finding].toLowerCase()}, ${kindLabels[input.kind].toLowerCase()}, about ${sourceName(input.source)}.`,
                  }
                : { ok: false, message: outcome.error.message };
            }}
          />
        </div>
      </div>
      <EvidenceBrowser
        inspectionId={inspectionId}
        evidence={evidence}
        sources={sources}
        areas={areas}
      />
    </>
  );
}
