import { useMemo, useState } from 'react';
import { frameworkById, gradableAreas, judge, type AreaId } from '../../../../shared/domain';
import { hrefFor, navigate } from '../../app/router';
import { BackLink } from '../../components/govuk/BackLink';
import { ErrorSummary } from '../../components/govuk/ErrorSummary';
import { SavedBanner, useSaved } from '../report/SavedBanner';
import { useWorkbook } from '../inspections/use-workbook';
import { AreaView } from './AreaView';
import { JudgementsOverview } from './JudgementsOverview';
import { useJudgementCommands } from './use-judgement-commands';

/**
 * Judgements: per area the grade, rationale, evaluation criteria, linked
 * evidence and each source's contribution, and the limiting-rule warnings
 * with "Accept with rationale". Everything shown comes from `judge()`, the
 * same engine as `workbook judge`.
 */
export function JudgementsPage({
  inspectionId,
  area,
}: {
  readonly inspectionId: string;
  /** The area whose own view is open (its route), or none for the overview. */
  readonly area?: string | undefined;
}) {
  const workbook = useWorkbook(inspectionId);
  const commands = useJudgementCommands(inspectionId);
  // Whether the overview was reached by coming back from an area (its heading then takes focus).
  const [returned, setReturned] = useState(false);
  const view = { area: area ?? null, returned };
  // Each area has its own address, so Back and bookmarks work as people expect.
  const open = (next: AreaId | null) => {
    navigate(
      next === null
        ? { name: 'judgements', inspectionId }
        : { name: 'judgements', inspectionId, area: next },
    );
  };
  const saves = useSaved();
  const banner = saves.saved;
  const result = useMemo(
    () => (workbook?.ok === true ? judge(workbook.data) : undefined),
    [workbook],
  );
  const href = hrefFor({ name: 'judgements', inspectionId });
  const overview = (
    <BackLink href={hrefFor({ name: 'overview', inspectionId })}>Inspection overview</BackLink>
  );
  if (workbook === undefined) return <p className="govuk-body">Loading…</p>;
  if (!workbook.ok || result === undefined) {
    return (
      <>
        {overview}
        <ErrorSummary
          errors={[{ text: workbook.ok ? 'Could not judge' : workbook.error.message }]}
        />
      </>
    );
  }
  const { inspection } = workbook.data;
  // The route's area, if it names one this inspection grades or writes findings for (else the overview shows).
  const framework = frameworkById(inspection.framework);
  const gradable = gradableAreas(framework, inspection.kind).map((entry) => entry.area.id);
  const opened = [...gradable, ...framework.reportOrder].find((id) => id === view.area);
  if (opened !== undefined) {
    return (
      <AreaView
        key={opened}
        inspectionId={inspectionId}
        graded={gradable.includes(opened)}
        writesFindings={framework.reportOrder.includes(opened)}
        area={opened}
        workbook={workbook.data}
        result={result}
        commands={commands}
        href={href}
        evidenceHref={hrefFor({ name: 'evidence', inspectionId })}
        onBack={() => {
          setReturned(true);
          open(null);
        }}
        onDone={(message) => {
          saves.show(message);
          setReturned(true);
          open(null);
        }}
      />
    );
  }
  return (
    <>
      {overview}
      <SavedBanner saved={banner} />
      <JudgementsOverview
        inspectionId={inspectionId}
        workbook={workbook.data}
        result={result}
        commands={commands}
        href={href}
        focusHeading={view.returned && banner === undefined}
        onOpen={(next) => {
          saves.clear();
          setReturned(false);
          open(next);
        }}
        onAccepted={saves.show}
      />
    </>
  );
}
