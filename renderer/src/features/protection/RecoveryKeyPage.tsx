import { useState, type FormEvent } from 'react';
import { Button } from '../../components/govuk/Button';
import { ErrorSummary } from '../../components/govuk/ErrorSummary';
import { WarningText } from '../../components/govuk/WarningText';
import { usePageHeading } from './use-page-heading';

const CHECK_ID = 'recovery-kept';

/** The recovery key, shown once, until the person says it is kept. */
export function RecoveryKeyPage({
  recoveryKey,
  onKept,
}: {
  readonly recoveryKey: string;
  readonly onKept: () => void;
}) {
  const heading = usePageHeading('Keep your recovery key');
  const [kept, setKept] = useState(false);
  const [error, setError] = useState<string | undefined>();

  function submit(event: FormEvent) {
    event.preventDefault();
    if (!kept) {
      setError('Confirm that you have kept the recovery key');
      return;
    }
    onKept();
  }

  return (
    <>
      {error === undefined ? null : (
        <ErrorSummary errors={[{ text: error, href: `#${CHECK_ID}` }]} />
      )}
      <h1 className="govuk-heading-xl" ref={heading} tabIndex={-1}>
        Keep your recovery key
      </h1>
      <p className="govuk-body">
        If you forget the passphrase, this key is the only way back into the workbook. Write it down
        or print it, and keep it somewhere safe away from this device.
      </p>
      <p className="govuk-body govuk-!-font-size-27 govuk-!-font-weight-bold">
        <code className="app-recovery-key" data-testid="recovery-key">
          {recoveryKey}
        </code>
      </p>
      <WarningText>
        It is shown only this once. Nobody can recover the workbook without it or the passphrase.
      </WarningText>
      <form onSubmit={submit} noValidate>
        <div className={`govuk-form-group${error === undefined ? '' : ' govuk-form-group--error'}`}>
          {error === undefined ? null : (
            <p id={`${CHECK_ID}-error`} className="govuk-error-message">
              <span className="govuk-visually-hidden">Error:</span> {error}
            </p>
          )}
          <div className="govuk-checkboxes" data-module="govuk-checkboxes">
            <div className="govuk-checkboxes__item">
              <input
                className="govuk-checkboxes__input"
                id={CHECK_ID}
                type="checkbox"
                checked={kept}
                onChange={(event) => setKept(event.target.checked)}
                {...(error === undefined ? {} : { 'aria-describedby': `${CHECK_ID}-error` })}
              />
              <label className="govuk-label govuk-checkboxes__label" htmlFor={CHECK_ID}>
                I have kept the recovery key
              </label>
            </div>
          </div>
        </div>
        <Button type="submit">Continue</Button>
      </form>
    </>
  );
}
