import type { RosterStatus } from '../../../../shared/tasks';
import { longDateTime } from '../../../../shared/reports';

/**
 * Whether the team can be trusted, in one sentence: the roster signed by its
 * lead (so each change in the workbook is checked against the keys on it),
 * or not signed yet (so each change's author is only the name typed). GOV.UK
 * inset text (https://design-system.service.gov.uk/components/inset-text/),
 * not a warning: an unsigned team is how every workbook starts.
 */
export function RosterStatusText({ status }: { readonly status: RosterStatus }) {
  return (
    <div className="govuk-inset-text" data-roster-status={status.kind}>
      {status.kind === 'verified' ? (
        <>
          <strong>Verified</strong> — signed by the lead {status.lead} on{' '}
          {longDateTime(status.signedAt)}.
        </>
      ) : status.kind === 'unverified' ? (
        <>
          <strong>Unverified:</strong> the lead has not signed this team. Who made each change is
          only the name typed in Settings.
        </>
      ) : (
        <>
          <strong>Not verified:</strong> changes to the roster were not signed by its lead (
          {status.reasons[0]}).
        </>
      )}
    </div>
  );
}
