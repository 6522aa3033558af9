import { longDate } from '../../../../shared/reports/text';
import { conflictInputs, leadLinks, linkDecisions } from '../../../../shared/workbook';
import { hrefFor, useRoute } from '../../app/router';
import { BackLink } from '../../components/govuk/BackLink';
import { ErrorSummary } from '../../components/govuk/ErrorSummary';
import { NotificationBanner } from '../../components/govuk/NotificationBanner';
import { ChangeList } from './ChangeList';
import './conflicts.scss';
import { DecidedLinks } from './DecidedLinks';
import { FlagSummary, type ConflictsRoute } from './FlagSummary';
import { LeadLinks } from './LeadLinks';
import { NotChecked } from './NotChecked';
import { useConflictLog } from './use-conflict-log';
import { useConflicts } from './use-conflicts';
import { useLinkDecisions } from './use-link-decisions';

/**
 * Conflicts: a summary of the flags (numbered as the report numbers them,
 * grouped by corporate group, filtered by status and provider), each flag
 * on its own page; leads with their link decisions, asked about before they
 * are recorded; and the decided links, each with Undo.
 */
export function ConflictsPage({ inspectionId }: { readonly inspectionId: string }) {
  const current = useRoute();
  const route: ConflictsRoute =
    current.name === 'conflicts' ? current : { name: 'conflicts', inspectionId };
  const state = useConflicts(inspectionId);
  const log = useConflictLog(inspectionId);
  const report = state.status === 'ready' ? state.report : undefined;
  const links = useLinkDecisions(inspectionId);
  const inputs =
    log === undefined || log === null ? undefined : conflictInputs(log.workbook, log.operations);
  const decided = log === undefined || log === null ? [] : linkDecisions(log.operations);
  const problem = links.problem ?? (state.status === 'failed' ? state.message : undefined);

  return (
    <>
      <BackLink href={hrefFor({ name: 'overview', inspectionId })}>Inspection overview</BackLink>
      {problem === undefined ? null : <ErrorSummary errors={[{ text: problem }]} />}
      {links.done === undefined ? null : (
        <NotificationBanner key={links.done.key} title="Success" success>
          <h3 className="govuk-notification-banner__heading">{links.done.title}</h3>
          {links.done.changes === undefined ? null : (
            <ChangeList changes={links.done.changes} tense="did" />
          )}
        </NotificationBanner>
      )}
      <h1 className="govuk-heading-xl">Conflicts of interest</h1>
      <p className="govuk-body">
        Placements in settings owned by a delegated provider, or by a company in the same corporate
        group. Leads are looser matches that count only once someone confirms them.
      </p>
      {inputs === undefined || (inputs.checked && report === undefined) ? (
        <p className="govuk-body">Following every placement to its owner and group…</p>
      ) : !inputs.checked ? (
        <NotChecked inspectionId={inspectionId} missing={inputs.missing} />
      ) : report === undefined ? null : (
        <>
          <p className="govuk-body">
            Placements from {longDate(report.year.start)} to {longDate(report.year.end)}:{' '}
            {report.conflicts.length} {report.conflicts.length === 1 ? 'flag' : 'flags'},{' '}
            {report.leads.length} {report.leads.length === 1 ? 'lead' : 'leads'}.
          </p>
          {inputs.missing.length === 0 ? null : (
            <div className="govuk-inset-text">
              The check ran without some inputs:
              <ul className="govuk-list govuk-list--bullet">
                {inputs.missing.map((line) => (
                  <li key={line}>{line}</li>
                ))}
              </ul>
            </div>
          )}
          <h2 className="govuk-heading-l">Flags</h2>
          {report.conflicts.length === 0 ? (
            <p className="govuk-body">No conflicts of interest were found.</p>
          ) : (
            <FlagSummary route={route} flags={report.conflicts} />
          )}
          <h2 className="govuk-heading-l">Leads</h2>
          {report.leads.length === 0 ? <p className="govuk-body">No leads.</p> : null}
          <LeadLinks
            inspectionId={inspectionId}
            {...leadLinks(report.leads)}
            pending={links.pending}
            onAsk={(change) => void links.ask(change)}
            onConfirm={() => void links.confirm()}
            onCancel={links.cancel}
          />
        </>
      )}
      <h2 className="govuk-heading-l">Decided links</h2>
      <DecidedLinks links={decided} onUndo={(link) => void links.undo(link)} />
    </>
  );
}
