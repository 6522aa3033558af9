import { useState } from 'react';
import type { Conflict } from '../../../../shared/conflicts';
import { numberedFlags } from '../../../../shared/reports/conflicts';
import { reviewFlag, type ReviewStatus } from '../../../../shared/workbook';
import { useApp } from '../../app/app-context';
import { usePageTitle } from '../../app/page-title';
import { hrefFor } from '../../app/router';
import { BackLink } from '../../components/govuk/BackLink';
import { ErrorSummary } from '../../components/govuk/ErrorSummary';
import { NotificationBanner } from '../../components/govuk/NotificationBanner';
import { runCommand } from '../../db/workbook-repository';
import './conflicts.scss';
import { EvidenceChain } from './EvidenceChain';
import { FlagDetails } from './FlagDetails';
import { FlagPlacements } from './FlagPlacements';
import { reviewLabels } from '../../../../shared/reports/conflicts';
import { settingName } from './labels';
import { ReviewForm } from './ReviewForm';
import { ReviewHistory } from './ReviewHistory';
import { useConflictLog } from './use-conflict-log';
import { useConflicts } from './use-conflicts';

type Found = {
  readonly entry: Conflict;
  readonly number: number | undefined;
  readonly isLead: boolean;
};

/**
 * One flag (or lead) on its own address: its facts, evidence chain, review
 * (recorded, changed, and its history), children and placements. Flags are
 * named by the number the report gives them.
 */
export function FlagPage({
  inspectionId,
  flagId,
}: {
  readonly inspectionId: string;
  readonly flagId: string;
}) {
  const { db, userName } = useApp();
  const state = useConflicts(inspectionId);
  const log = useConflictLog(inspectionId);
  const [saved, setSaved] = useState<{ key: number; text: string } | undefined>();
  const found: Found | undefined = (() => {
    if (state.status !== 'ready') return undefined;
    const flag = numberedFlags(state.report.conflicts).find((n) => n.flag.id === flagId);
    if (flag !== undefined) return { entry: flag.flag, number: flag.number, isLead: false };
    const lead = state.report.leads.find((l) => l.id === flagId);
    return lead === undefined ? undefined : { entry: lead, number: undefined, isLead: true };
  })();
  const label =
    found === undefined ? 'Conflict flag' : found.isLead ? 'Lead' : `Flag ${found.number}`;
  usePageTitle(label);
  const back = (
    <BackLink href={hrefFor({ name: 'conflicts', inspectionId })}>Conflicts of interest</BackLink>
  );

  if (state.status === 'loading')
    return (
      <>
        {back}
        <h1 className="govuk-heading-xl">Conflict of interest</h1>
        <p className="govuk-body">Following every placement to its owner and group…</p>
      </>
    );
  if (state.status === 'failed' || found === undefined)
    return (
      <>
        {back}
        <h1 className="govuk-heading-xl">Conflict of interest</h1>
        <ErrorSummary
          errors={[
            {
              text:
                state.status === 'failed'
                  ? state.message
                  : `There is no flag or lead "${flagId}" now: the records or links may have changed. Go back to the conflicts list.`,
            },
          ]}
        />
      </>
    );

  const { entry, isLead } = found;
  const flagLabel = label.toLowerCase();
  async function save(status: ReviewStatus, reason: string): Promise<string | undefined> {
    const outcome = await runCommand(db, inspectionId, userName, (c) =>
      reviewFlag(c, flagId, reason, status),
    );
    if (!outcome.ok) return outcome.error.message;
    setSaved({ key: Date.now(), text: `${label} reviewed: ${reviewLabels[status]}` });
    return undefined;
  }

  return (
    <>
      {back}
      {saved === undefined ? null : (
        <NotificationBanner key={saved.key} title="Success" success>
          <h3 className="govuk-notification-banner__heading">{saved.text}</h3>
          <p className="govuk-body">
            The review and its reason are kept in the log and the report.
          </p>
        </NotificationBanner>
      )}
      <h1 className="govuk-heading-l">
        <span className="govuk-caption-l">Conflict of interest</span>
        {label}: {entry.delegatedProvider.name} and {settingName(entry)}
      </h1>
      {isLead ? (
        <div className="govuk-inset-text">
          A lead, not a flag: {'reason' in entry ? String(entry.reason) : ''} It counts only if
          someone{' '}
          <a className="govuk-link" href={hrefFor({ name: 'conflicts', inspectionId })}>
            confirms its link
          </a>
          .
        </div>
      ) : null}
      <FlagDetails flag={entry} />
      <h2 className="govuk-heading-m">Evidence chain</h2>
      <EvidenceChain chain={entry.chain} />
      {isLead ? null : (
        <>
          <h2 className="govuk-heading-m">Review</h2>
          <ReviewForm
            key={entry.review?.at ?? 'new'}
            label={flagLabel}
            review={entry.review}
            onSave={save}
          />
          {log === undefined || log === null ? null : (
            <ReviewHistory operations={log.operations} flagId={flagId} />
          )}
        </>
      )}
      <h2 className="govuk-heading-m">Children affected ({entry.children.length})</h2>
      <ul className="govuk-list app-child-list">
        {entry.children.map((child) => (
          <li key={child}>
            <a
              className="govuk-link"
              href={hrefFor({ name: 'child', inspectionId, childId: child })}
            >
              {child}
            </a>
          </li>
        ))}
      </ul>
      <h2 className="govuk-heading-m">Placements</h2>
      <FlagPlacements inspectionId={inspectionId} flag={entry} />
    </>
  );
}
