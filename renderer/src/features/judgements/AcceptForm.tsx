import { useState, type FormEvent } from 'react';
import { Button } from '../../components/govuk/Button';
import { Textarea } from '../../components/govuk/Textarea';
import { acceptError } from './form-errors';

/**
 * "Accept with rationale" for one limiting-rule warning. A blank rationale is
 * refused at the field and reported to the page's error summary; the engine
 * refuses it too (domain rules/acceptance.ts).
 */
export function AcceptForm({
  fieldId,
  title,
  error,
  onError,
  onAccept,
}: {
  readonly fieldId: string;
  readonly title: string;
  readonly error: string | undefined;
  readonly onError: (message: string | undefined) => void;
  readonly onAccept: (rationale: string) => Promise<string | undefined>;
}) {
  const [rationale, setRationale] = useState('');

  async function submit(event: FormEvent) {
    event.preventDefault();
    const problem = acceptError(rationale);
    onError(problem);
    if (problem !== undefined) return;
    onError(await onAccept(rationale));
  }

  return (
    <form onSubmit={(event) => void submit(event)} noValidate>
      <Textarea
        id={fieldId}
        label="Why the grades stand"
        labelClass="govuk-label--s"
        hint="Recorded with your name and the time. The warning stays visible as accepted."
        rows={3}
        value={rationale}
        onChange={setRationale}
        {...(error === undefined ? {} : { error })}
      />
      <Button type="submit" variant="secondary">
        Accept with rationale<span className="govuk-visually-hidden">: {title}</span>
      </Button>
    </form>
  );
}
