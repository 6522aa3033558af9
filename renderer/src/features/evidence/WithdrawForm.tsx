import { useEffect, useRef, useState, type FormEvent } from 'react';
import { Button } from '../../components/govuk/Button';
import { ErrorSummary } from '../../components/govuk/ErrorSummary';
import { Textarea } from '../../components/govuk/Textarea';

/**
 * Asks why before withdrawing an item, as a confirmation step
 * (https://design-system.service.gov.uk/patterns/confirm-a-deletion/ — here
 * nothing is deleted: the item stays, marked withdrawn). `onWithdraw`
 * returns the refusal's message, if refused.
 */
export function WithdrawForm({
  evidenceId,
  onWithdraw,
  onCancel,
}: {
  readonly evidenceId: string;
  readonly onWithdraw: (reason: string) => Promise<string | undefined>;
  readonly onCancel: () => void;
}) {
  const [reason, setReason] = useState('');
  const [error, setError] = useState<string | undefined>();
  const [saving, setSaving] = useState(false);
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (saving) return;
    if (reason.trim() === '') {
      setError('Enter why you are withdrawing this evidence');
      return;
    }
    setSaving(true);
    const refused = await onWithdraw(reason.trim());
    setSaving(false);
    setError(refused);
  }

  return (
    <form onSubmit={(event) => void submit(event)} noValidate aria-labelledby="withdraw-heading">
      {error === undefined ? null : (
        <ErrorSummary errors={[{ text: error, href: '#withdraw-reason' }]} key={error} />
      )}
      <h2 className="govuk-heading-l" id="withdraw-heading" tabIndex={-1} ref={heading}>
        Withdraw evidence {evidenceId}
      </h2>
      <p className="govuk-body">
        A withdrawn item is kept and stays listed, marked withdrawn with your name and reason. It no
        longer counts towards evaluation criteria, each source’s contribution or the evidence the
        report rests on.
      </p>
      <Textarea
        id="withdraw-reason"
        label="Why are you withdrawing it?"
        labelClass="govuk-label--s"
        hint="For example, recorded against the wrong child, or a duplicate of another item."
        rows={3}
        value={reason}
        onChange={setReason}
        {...(error === undefined ? {} : { error })}
      />
      <div className="govuk-button-group">
        <Button type="submit" variant="warning" disabled={saving} aria-disabled={saving}>
          Withdraw evidence
        </Button>
        <Button variant="secondary" onClick={onCancel}>
          Cancel
        </Button>
      </div>
    </form>
  );
}
