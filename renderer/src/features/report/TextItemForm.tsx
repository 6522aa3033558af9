import { useState, type ReactNode } from 'react';
import { Button } from '../../components/govuk/Button';
import { ErrorSummary } from '../../components/govuk/ErrorSummary';
import { Textarea } from '../../components/govuk/Textarea';
import { useFocusOnMount } from '../judgements/use-focus-on-mount';

/**
 * Adds or changes one written item of the report (an improvement, an area
 * for priority action): its text and, for improvements, more fields given as
 * `extra`. Blank text is refused here; the engine's refusals show in the
 * error summary and nothing is saved.
 */
export function TextItemForm({
  id,
  title,
  label,
  hint,
  initial,
  extra,
  onSave,
  onCancel,
}: {
  readonly id: string;
  readonly title: string;
  readonly label: string;
  readonly hint: string;
  readonly initial: string;
  readonly extra?: ReactNode;
  readonly onSave: (text: string) => Promise<string | undefined>;
  readonly onCancel: (() => void) | undefined;
}) {
  const [text, setText] = useState(initial);
  const [error, setError] = useState<{ text: string; href?: string } | undefined>();
  const [attempt, setAttempt] = useState(0);
  const heading = useFocusOnMount<HTMLHeadingElement>(onCancel !== undefined);
  async function submit() {
    if (text.trim() === '') {
      setError({ text: `Enter the ${label.toLowerCase()}`, href: `#${id}` });
      setAttempt((n) => n + 1);
      return;
    }
    const problem = await onSave(text.trim());
    if (problem === undefined) {
      setError(undefined);
      setText('');
    } else {
      setError({ text: problem });
      setAttempt((n) => n + 1);
    }
  }
  return (
    <form
      noValidate
      aria-label={title}
      onSubmit={(event) => {
        event.preventDefault();
        void submit();
      }}
    >
      {error === undefined ? null : <ErrorSummary key={attempt} errors={[error]} />}
      <h2 className="govuk-heading-m" tabIndex={-1} ref={heading}>
        {title}
      </h2>
      <Textarea
        id={id}
        label={label}
        labelClass="govuk-label--s"
        hint={hint}
        rows={4}
        value={text}
        onChange={setText}
        {...(error?.href === undefined ? {} : { error: error.text })}
      />
      {extra}
      <div className="govuk-button-group">
        <Button type="submit">Save</Button>
        {onCancel === undefined ? null : (
          <Button variant="secondary" onClick={onCancel}>
            Cancel
          </Button>
        )}
      </div>
    </form>
  );
}
