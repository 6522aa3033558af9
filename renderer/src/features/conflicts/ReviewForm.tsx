import { useId, useState, type FormEvent } from 'react';
import { Button } from '../../components/govuk/Button';

/** Marks one flag reviewed with a reason; a blank reason is refused at the field. */
export function ReviewForm({
  onReview,
}: {
  readonly onReview: (reason: string) => Promise<string | undefined>;
}) {
  const id = useId();
  const [reason, setReason] = useState('');
  const [error, setError] = useState<string | undefined>();

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (reason.trim() === '')
      return setError('Enter why the conflict is managed or not a conflict');
    const failure = await onReview(reason);
    return setError(failure);
  }

  return (
    <form onSubmit={(event) => void submit(event)} noValidate>
      <div className={`govuk-form-group${error === undefined ? '' : ' govuk-form-group--error'}`}>
        <label className="govuk-label" htmlFor={`${id}-reason`}>
          Reason for marking this reviewed
        </label>
        {error === undefined ? null : (
          <p id={`${id}-error`} className="govuk-error-message">
            <span className="govuk-visually-hidden">Error:</span> {error}
          </p>
        )}
        <textarea
          className={`govuk-textarea${error === undefined ? '' : ' govuk-textarea--error'}`}
          id={`${id}-reason`}
          rows={2}
          value={reason}
          aria-describedby={error === undefined ? undefined : `${id}-error`}
          onChange={(event) => setReason(event.target.value)}
        />
      </div>
      <Button type="submit" variant="secondary">
        Mark reviewed
      </Button>
    </form>
  );
}
