import { useState, type FormEvent } from 'react';
import { Button } from '../../components/govuk/Button';
import { TextInput } from '../../components/govuk/TextInput';

/** Moves focus to the question, so keyboard and screen-reader users land on it. */
function focusOnMount(element: HTMLElement | null): void {
  element?.focus();
}

/**
 * Asks for the passphrase of a bundle sealed with one (a copy made for
 * someone outside the team); after a wrong one, says so beside the field.
 */
export function BundlePassphraseForm({
  fileName,
  problem,
  onSubmit,
  onCancel,
}: {
  readonly fileName: string;
  readonly problem?: string | undefined;
  readonly onSubmit: (passphrase: string) => void;
  readonly onCancel: () => void;
}) {
  const [passphrase, setPassphrase] = useState('');
  function submit(event: FormEvent) {
    event.preventDefault();
    onSubmit(passphrase);
  }
  return (
    <form onSubmit={submit} noValidate aria-labelledby="bundle-passphrase-heading">
      <h3
        className="govuk-heading-s"
        id="bundle-passphrase-heading"
        tabIndex={-1}
        ref={focusOnMount}
      >
        {fileName} is encrypted with a passphrase
      </h3>
      <TextInput
        id="bundle-passphrase"
        label="Passphrase of the bundle"
        hint="Whoever sent the file tells you the passphrase (by phone, say, not in the same email)."
        type="password"
        autoComplete="off"
        widthClass="govuk-!-width-one-half"
        value={passphrase}
        onChange={setPassphrase}
        {...(problem === undefined ? {} : { error: problem })}
      />
      <div className="govuk-button-group">
        <Button type="submit">Open with this passphrase</Button>
        <Button variant="secondary" onClick={onCancel}>
          Cancel
        </Button>
      </div>
    </form>
  );
}
