import { useState, type FormEvent } from 'react';
import { Button } from '../../components/govuk/Button';
import { ErrorSummary } from '../../components/govuk/ErrorSummary';
import { TextInput } from '../../components/govuk/TextInput';

/** Moves focus to the form, so keyboard and screen-reader users land on it. */
function focusOnMount(element: HTMLElement | null): void {
  element?.focus();
}

/**
 * A member's encryption key (their `age` public key) pasted, before the
 * roster is signed: the key their bundles are encrypted to, recorded in the
 * log as `workbook team key` records it.
 */
export function EncryptionKeyForm({
  member,
  onSave,
  onCancel,
}: {
  readonly member: string;
  /** Saves the key; resolves to the refusal, or `undefined` once saved. */
  readonly onSave: (key: string) => Promise<string | undefined>;
  readonly onCancel: () => void;
}) {
  const [key, setKey] = useState('');
  const [problem, setProblem] = useState<string | undefined>();
  async function submit(event: FormEvent) {
    event.preventDefault();
    setProblem(await onSave(key));
  }
  return (
    <form onSubmit={(event) => void submit(event)} noValidate aria-labelledby="member-key-heading">
      {problem === undefined ? null : (
        <ErrorSummary errors={[{ text: problem, href: '#member-key' }]} key={problem} />
      )}
      <h2 className="govuk-heading-m" id="member-key-heading" tabIndex={-1} ref={focusOnMount}>
        {member}’s encryption key
      </h2>
      <TextInput
        id="member-key"
        label={`Paste ${member}’s public key`}
        hint="It starts “age1”: they find it in Settings, under Your keys (or “workbook keys show”, or age-keygen). Never paste a secret key (AGE-SECRET-KEY-1…)."
        spellCheck={false}
        autoComplete="off"
        value={key}
        onChange={setKey}
        {...(problem === undefined ? {} : { error: problem })}
      />
      <div className="govuk-button-group">
        <Button type="submit">Save key</Button>
        <Button variant="secondary" onClick={onCancel}>
          Cancel
        </Button>
      </div>
    </form>
  );
}
