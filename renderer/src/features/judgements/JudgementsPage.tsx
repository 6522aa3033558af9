import { useMemo, useState } from 'react';
import { frameworkById, gradableAreas, judge, type AreaId } from '../../../../shared/domain';
import { hrefFor } from '../../app/router';
import { BackLink } from '../../components/govuk/BackLink';
import { ErrorSummary } from '../../components/govuk/ErrorSummary';
import { NotificationBanner } from '../../components/govuk/NotificationBanner';
import { useWorkbook } from '../inspections/use-workbook';
import { AreaView } from './AreaView';
import { JudgementsOverview } from './JudgementsOverview';
import { useJudgementCommands } from './use-judgement-commands';

/** Which view the screen shows: the overview, or one area (in-page state; routes are hash paths). */
type View = { readonly area: AreaId | null; readonly returned: boolean };

/**
 * Judgements: per area the grade, rationale, evaluation criteria, linked
 * evidence and each source's contribution, and the limiting-rule warnings
 * with "Accept with rationale". Everything shown comes from `judge()`, the
 * same engine as `workbook judge`.
 */
export function JudgementsPage({ inspectionId }: { readonly inspectionId: string }) {
  const workbook = useWorkbook(inspectionId);
  const commands = useJudgementCommands(inspectionId);
  const [view, setView] = useState<View>({ area: null, returned: false });
  const [banner, setBanner] = useState<string | undefined>();
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
  const gradable = gradableAreas(frameworkById(inspection.framework), inspection.kind).some(
    (entry) => entry.area.id === view.area,
  );
  if (view.area !== null && gradable) {
    return (
      <AreaView
        key={view.area}
        area={view.area}
        workbook={workbook.data}
        result={result}
        commands={commands}
        href={href}
        evidenceHref={hrefFor({ name: 'evidence', inspectionId })}
        onBack={() => setView({ area: null, returned: true })}
        onDone={(message) => {
          setBanner(message);
          setView({ area: null, returned: true });
        }}
      />
    );
  }
  return (
    <>
      {overview}
      {banner === undefined ? null : (
        <NotificationBanner title="Success" success>
          <p className="govuk-notification-banner__heading">{banner}</p>
        </NotificationBanner>
      )}
      <JudgementsOverview
        workbook={workbook.data}
        result={result}
        commands={commands}
        href={href}
        focusHeading={view.returned && banner === undefined}
        onOpen={(area) => {
          setBanner(undefined);
          setView({ area, returned: false });
        }}
        onAccepted={(message) => setBanner(message)}
      />
    </>
  );
}
