import {
  countedEvidence,
  frameworkById,
  inspectionKind,
  type Workbook,
} from '../../../../shared/domain';
import { hrefFor } from '../../app/router';
import { BackLink } from '../../components/govuk/BackLink';
import { ErrorSummary } from '../../components/govuk/ErrorSummary';
import { SummaryList } from '../../components/govuk/SummaryList';
import { TaskList } from '../../components/govuk/TaskList';
import { formatDateSpan } from '../../components/format-date';
import { roleLabel } from './labels';
import { useOverviewTasks } from './use-overview';
import { useWorkbook } from './use-workbook';
import { InspectionActions } from './InspectionActions';
import { OpenNotice } from './OpenNotice';
import { TeamFolderSection } from '../team-folder/TeamFolderSection';
import { TeamRosterSummary } from '../team/TeamRosterSummary';

function OverviewTasks({
  inspectionId,
  workbook,
}: {
  readonly inspectionId: string;
  readonly workbook: Workbook;
}) {
  const tasks = useOverviewTasks(inspectionId, workbook);
  return tasks === undefined ? <p className="govuk-body">Loading…</p> : <TaskList tasks={tasks} />;
}

/** Items that count, and how many are withdrawn (kept in the log, counted nowhere). */
function evidenceCount(evidence: Workbook['evidence']): string {
  const counted = countedEvidence(evidence).length;
  const withdrawn = evidence.length - counted;
  return `${counted.toLocaleString('en-GB')}${withdrawn === 0 ? '' : ` (and ${withdrawn.toLocaleString('en-GB')} withdrawn)`}`;
}

/** One inspection at a glance, with the way to its records. */
export function OverviewPage({ inspectionId }: { readonly inspectionId: string }) {
  const workbook = useWorkbook(inspectionId);
  if (workbook === undefined) return <p className="govuk-body">Loading…</p>;
  if (!workbook.ok) return <ErrorSummary errors={[{ text: workbook.error.message }]} />;
  const { inspection, providers, evidence } = workbook.data;
  return (
    <>
      <BackLink href={hrefFor({ name: 'inspections' })}>All inspections</BackLink>
      <span className="govuk-caption-l">{inspectionKind(inspection.kind).label}</span>
      <h1 className="govuk-heading-xl">{inspection.council.name}</h1>
      <OpenNotice inspectionId={inspectionId} />
      <SummaryList
        rows={[
          { key: 'DfE local authority code', value: inspection.council.laCode },
          {
            key: 'Framework',
            value: frameworkById(inspection.framework).name,
          },
          { key: 'On site', value: formatDateSpan(inspection.onSite.start, inspection.onSite.end) },
          {
            key: 'Team',
            value:
              inspection.team.map((m) => `${m.name} (${roleLabel(m.role)})`).join(', ') ||
              'None yet',
          },
          {
            key: 'Delegated providers',
            value: providers.map((p) => p.name).join(', ') || 'None yet',
          },
          { key: 'Evidence items', value: evidenceCount(evidence) },
        ]}
      />
      <h2 className="govuk-heading-m">Where the inspection stands</h2>
      <OverviewTasks inspectionId={inspectionId} workbook={workbook.data} />
      <TeamRosterSummary inspectionId={inspectionId} />
      <TeamFolderSection inspectionId={inspectionId} />
      <InspectionActions
        inspectionId={inspectionId}
        council={inspection.council.name}
        onSiteStart={inspection.onSite.start}
      />
    </>
  );
}
