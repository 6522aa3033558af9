import type { ErrorItem } from '../../components/govuk/ErrorSummary';
import { errorProps } from './new-passphrase';
import { PasswordInput } from './PasswordInput';

/**
 * A new passphrase typed twice (GOV.UK asks for a new password twice:
 * https://design-system.service.gov.uk/patterns/passwords/), each field with
 * its error from the form's summary. `newLabel` names the first field
 * ("Passphrase" on first use, "New passphrase" when changing one).
 */
export function NewPassphraseFields({
  ids,
  newLabel,
  hint,
  passphrase,
  confirm,
  onPassphrase,
  onConfirm,
  errors,
}: {
  readonly ids: { readonly passphrase: string; readonly confirm: string };
  readonly newLabel: string;
  readonly hint?: string;
  readonly passphrase: string;
  readonly confirm: string;
  readonly onPassphrase: (value: string) => void;
  readonly onConfirm: (value: string) => void;
  readonly errors: readonly ErrorItem[];
}) {
  return (
    <>
      <PasswordInput
        id={ids.passphrase}
        label={newLabel}
        {...(hint === undefined ? {} : { hint })}
        autoComplete="new-password"
        value={passphrase}
        onChange={onPassphrase}
        {...errorProps(errors, ids.passphrase)}
      />
      <PasswordInput
        id={ids.confirm}
        label={`Confirm ${newLabel.toLowerCase()}`}
        autoComplete="new-password"
        value={confirm}
        onChange={onConfirm}
        {...errorProps(errors, ids.confirm)}
      />
    </>
  );
}
