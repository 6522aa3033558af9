import { useState, type FormEvent } from 'react';
import type { Conflict } from '../../../../shared/conflicts';
import { reviewLabels } from '../../../../shared/reports/conflicts';
import { reviewStatuses, type ReviewStatus } from '../../../../shared/workbook';
import { Button } from '../../components/govuk/Button';
import { ErrorSummary } from '../../components/govuk/ErrorSummary';
import { Radios } from '../../components/govuk/Radios';
import { Textarea } from '../../components/govuk/Textarea';

const hints: Readonly<Record<ReviewStatus, string>> = {
  confirmed: 'The tie is real and matters for this inspection.',
  mitigated: 'The tie is real, and the contract or commissioning manages it.',
  dismissed: 'On checking, this is not a conflict of interest.',
};

type Errors = { readonly status?: string; readonly reason?: string };

/**
 * Records or changes a flag's review: what it found (GOV.UK radios) and why
 * (https://design-system.service.gov.uk/patterns/validation/ for the errors).
 * The button names its flag for screen reader users moving between buttons.
 */
export function ReviewForm({
  label,
  review,
  onSave,
}: {
  /** The flag as the report names it, e.g. `flag 3`. */
  readonly label: string;
  readonly review: Conflict['review'];
  readonly onSave: (status: ReviewStatus, reason: string) => Promise<string | undefined>;
}) {
  const [status, setStatus] = useState<string>(review?.status ?? '');
  const [reason, setReason] = useState(review?.reason ?? '');
  const [errors, setErrors] = useState<Errors>({});

  async function submit(event: FormEvent) {
    event.preventDefault();
    const chosen = reviewStatuses.find((s) => s === status);
    const found: Errors = {
      ...(chosen === undefined ? { status: 'Select what the review found' } : {}),
      ...(reason.trim() === ''
        ? { reason: 'Enter why the conflict is managed or not a conflict' }
        : {}),
    };
    setErrors(found);
    if (chosen === undefined || found.reason !== undefined) return;
    const failure = await onSave(chosen, reason);
    setErrors(failure === undefined ? {} : { reason: failure });
  }

  const summary = [
    ...(errors.status === undefined ? [] : [{ text: errors.status, href: '#review-status-0' }]),
    ...(errors.reason === undefined ? [] : [{ text: errors.reason, href: '#review-reason' }]),
  ];
  return (
    <form onSubmit={(event) => void submit(event)} noValidate>
      {summary.length === 0 ? null : <ErrorSummary errors={summary} />}
      <Radios
        name="review-status"
        legend={
          review === null
            ? `What did the review of ${label} find?`
            : `Change what the review of ${label} found`
        }
        legendClass="govuk-fieldset__legend--s"
        value={status}
        onChange={setStatus}
        options={reviewStatuses.map((value) => ({
          value,
          label: reviewLabels[value],
          hint: hints[value],
        }))}
        {...(errors.status === undefined ? {} : { error: errors.status })}
      />
      <Textarea
        id="review-reason"
        label="Reason"
        labelClass="govuk-label--s"
        hint="For example, how the contract manages it, or why it is not a conflict."
        rows={3}
        value={reason}
        onChange={setReason}
        {...(errors.reason === undefined ? {} : { error: errors.reason })}
      />
      <Button type="submit">
        {review === null ? (
          <>
            Mark <span className="govuk-visually-hidden">{label} </span>reviewed
          </>
        ) : (
          <>
            Change review<span className="govuk-visually-hidden"> of {label}</span>
          </>
        )}
      </Button>
    </form>
  );
}
