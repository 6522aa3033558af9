import { useState, type FormEvent } from 'react';
import { Button } from '../../components/govuk/Button';
import { ErrorSummary, type ErrorItem } from '../../components/govuk/ErrorSummary';
import { MIN_PASSPHRASE_LENGTH } from '../../../../shared/crypto';
import { newPassphraseErrors } from './new-passphrase';
import { NewPassphraseFields } from './NewPassphraseFields';
import { usePageHeading } from './use-page-heading';

const IDS = { passphrase: 'protect-passphrase', confirm: 'protect-confirm' } as const;

/** First use: choose the passphrase that encrypts everything the workbook keeps on this device. */
export function ProtectPage({
  onProtect,
}: {
  readonly onProtect: (passphrase: string) => Promise<void>;
}) {
  const heading = usePageHeading('Protect this workbook');
  const [passphrase, setPassphrase] = useState('');
  const [confirm, setConfirm] = useState('');
  const [errors, setErrors] = useState<readonly ErrorItem[]>([]);
  const [busy, setBusy] = useState(false);

  function submit(event: FormEvent) {
    event.preventDefault();
    const found = newPassphraseErrors(passphrase, confirm, IDS);
    setErrors(found);
    if (found.length > 0) return;
    setBusy(true);
    onProtect(passphrase).catch((error: unknown) => {
      setBusy(false);
      setErrors([{ text: error instanceof Error ? error.message : String(error) }]);
    });
  }

  return (
    <>
      {errors.length === 0 ? null : (
        <ErrorSummary key={errors.map((e) => e.text).join()} errors={errors} />
      )}
      <h1 className="govuk-heading-xl" ref={heading} tabIndex={-1}>
        Protect this workbook
      </h1>
      <p className="govuk-body">
        The workbook keeps children’s records on this device. Choose a passphrase: everything it
        keeps is encrypted with it, and it is asked for each time the workbook starts or locks.
      </p>
      <form onSubmit={submit} noValidate>
        <NewPassphraseFields
          ids={IDS}
          newLabel="Passphrase"
          hint={`At least ${MIN_PASSPHRASE_LENGTH} characters. Four or five random words are strong and easy to remember.`}
          passphrase={passphrase}
          confirm={confirm}
          onPassphrase={setPassphrase}
          onConfirm={setConfirm}
          errors={errors}
        />
        <Button type="submit" disabled={busy} aria-disabled={busy}>
          Protect the workbook
        </Button>
        {busy ? (
          <p className="govuk-body">
            <output>Encrypting the workbook…</output>
          </p>
        ) : null}
      </form>
    </>
  );
}
