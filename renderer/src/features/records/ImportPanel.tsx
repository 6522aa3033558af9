import { Button } from '../../components/govuk/Button';
import { ErrorSummary } from '../../components/govuk/ErrorSummary';
import { NotificationBanner } from '../../components/govuk/NotificationBanner';
import type { ImportState } from './use-import';

/** The import's progress with a cancel button, or how it ended. */
export function ImportPanel({
  state,
  onCancel,
}: {
  readonly state: ImportState;
  readonly onCancel: () => void;
}) {
  switch (state.status) {
    case 'idle':
      return null;
    case 'running':
      return (
        <div className="govuk-form-group">
          <label className="govuk-label" htmlFor="import-progress">
            {state.progress.step}…
          </label>
          <progress
            id="import-progress"
            className="app-progress"
            max={state.progress.total}
            value={state.progress.done}
          >
            {state.progress.done} of {state.progress.total}
          </progress>
          <p className="govuk-body">
            <Button variant="secondary" onClick={onCancel}>
              Cancel import
            </Button>
          </p>
        </div>
      );
    case 'done':
      return (
        <>
          {state.recheckFailed === undefined ? null : (
            <ErrorSummary
              title="This year’s return could not be checked again"
              errors={[{ text: state.recheckFailed }]}
            />
          )}
          {state.refused.length > 0 && (
            <ErrorSummary
              title="Some files could not be imported; the others were"
              errors={state.refused.map((text) => ({ text }))}
            />
          )}
          {/* A new banner per import, so focus lands on it after each one. */}
          <NotificationBanner title="Success" success key={state.seq}>
            <p className="govuk-notification-banner__heading">
              {state.files} {state.files === 1 ? 'file' : 'files'} imported
              {state.previous ? ' as the previous year’s return' : ''}:{' '}
              {state.rows.toLocaleString('en-GB')} rows kept.
            </p>
            {state.replaced.length === 0 ? null : (
              <p className="govuk-body">
                They replace the earlier {state.replaced.join(', ')}, which no longer count.
              </p>
            )}
            {state.rechecked === 0 ? null : (
              <p className="govuk-body">
                {state.rechecked} {state.rechecked === 1 ? 'file' : 'files'} of this year’s return
                checked again with {state.previous ? 'it' : 'the provider list'}.
              </p>
            )}
          </NotificationBanner>
        </>
      );
    case 'refused':
      return (
        <ErrorSummary title="The files could not be imported" errors={[{ text: state.message }]} />
      );
    case 'cancelled':
      return (
        <NotificationBanner title="Import cancelled">
          <p className="govuk-body">Nothing was imported.</p>
        </NotificationBanner>
      );
  }
}
