import { useState } from 'react';
import type { Lead } from '../../../../shared/conflicts';
import { decideLink, reviewFlag } from '../../../../shared/workbook';
import { useApp } from '../../app/app-context';
import { hrefFor } from '../../app/router';
import { BackLink } from '../../components/govuk/BackLink';
import { Button } from '../../components/govuk/Button';
import { ErrorSummary } from '../../components/govuk/ErrorSummary';
import { runCommand } from '../../db/workbook-repository';
import { FlagCard } from './FlagCard';
import { ReviewForm } from './ReviewForm';
import { useConflicts } from './use-conflicts';

/** The company a names-alike lead points at, read from its chain: `NAME (01234567)`. */
function leadCompany(lead: Lead): string | undefined {
  const step = lead.chain.find((link) => link.via.startsWith('names alike'));
  return step === undefined ? undefined : /\(([A-Z0-9]{8})\)$/.exec(step.to)?.[1];
}

/** Conflicts: flags and leads with their evidence; decide links, review flags. */
export function ConflictsPage({ inspectionId }: { readonly inspectionId: string }) {
  const { db, userName } = useApp();
  const state = useConflicts(inspectionId);
  const [problem, setProblem] = useState<string | undefined>();

  async function act(command: Parameters<typeof runCommand>[3]): Promise<string | undefined> {
    const outcome = await runCommand(db, inspectionId, userName, command);
    const message = outcome.ok ? undefined : outcome.error.message;
    setProblem(message);
    return message;
  }

  return (
    <>
      <BackLink href={hrefFor({ name: 'overview', inspectionId })}>Inspection overview</BackLink>
      {problem === undefined ? null : <ErrorSummary errors={[{ text: problem }]} />}
      <h1 className="govuk-heading-xl">Conflicts of interest</h1>
      <p className="govuk-body">
        Placements in settings owned by a delegated provider, or by a company in the same corporate
        group. Leads are looser matches that count only once someone confirms them.
      </p>
      {state.status === 'loading' ? (
        <p className="govuk-body">Following every placement to its owner and group…</p>
      ) : state.status === 'failed' ? (
        <ErrorSummary errors={[{ text: state.message }]} />
      ) : (
        <>
          <p className="govuk-body">
            {state.report.year.start} to {state.report.year.end}: {state.report.conflicts.length}{' '}
            flags, {state.report.leads.length} leads.
          </p>
          <h2 className="govuk-heading-l">Flags</h2>
          {state.report.conflicts.length === 0 ? (
            <p className="govuk-body">No conflicts found.</p>
          ) : null}
          {state.report.conflicts.map((flag) => (
            <FlagCard entry={flag} key={flag.id}>
              {flag.review === null ? (
                <ReviewForm onReview={(reason) => act((c) => reviewFlag(c, flag.id, reason))} />
              ) : (
                <p className="govuk-body">
                  <strong className="govuk-tag govuk-tag--green">Reviewed</strong> by{' '}
                  {flag.review.by}: {flag.review.reason}
                </p>
              )}
            </FlagCard>
          ))}
          <h2 className="govuk-heading-l">Leads</h2>
          {state.report.leads.length === 0 ? <p className="govuk-body">No leads.</p> : null}
          {state.report.leads.map((lead) => {
            const company = leadCompany(lead);
            return (
              <FlagCard entry={lead} key={lead.id}>
                <p className="govuk-body">{lead.reason}</p>
                {company === undefined ? null : (
                  <div className="govuk-button-group">
                    <Button
                      variant="secondary"
                      onClick={() =>
                        void act((c) =>
                          decideLink(c, { owner: lead.owner.name, company, decision: 'confirmed' }),
                        )
                      }
                    >
                      Confirm link
                      <span className="govuk-visually-hidden">
                        {' '}
                        between {lead.owner.name} and {company}
                      </span>
                    </Button>
                    <Button
                      variant="warning"
                      onClick={() =>
                        void act((c) =>
                          decideLink(c, { owner: lead.owner.name, company, decision: 'rejected' }),
                        )
                      }
                    >
                      Dismiss link
                      <span className="govuk-visually-hidden">
                        {' '}
                        between {lead.owner.name} and {company}
                      </span>
                    </Button>
                  </div>
                )}
              </FlagCard>
            );
          })}
        </>
      )}
    </>
  );
}
