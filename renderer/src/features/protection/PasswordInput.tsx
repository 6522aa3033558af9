import { describedBy, FormGroup } from '../../components/govuk/FormGroup';

/**
 * A GOV.UK password input (https://design-system.service.gov.uk/components/password-input/)
 * without its show/hide script: a passphrase field that browsers may fill
 * from their password manager, and that spell checkers do not read.
 */
export function PasswordInput({
  id,
  label,
  hint,
  error,
  value,
  onChange,
  autoComplete,
}: {
  readonly id: string;
  readonly label: string;
  readonly hint?: string;
  readonly error?: string;
  readonly value: string;
  readonly onChange: (value: string) => void;
  readonly autoComplete: 'current-password' | 'new-password';
}) {
  return (
    <FormGroup id={id} label={label} hint={hint} {...(error === undefined ? {} : { error })}>
      <input
        className={`govuk-input govuk-password-input__input govuk-!-width-two-thirds${error === undefined ? '' : ' govuk-input--error'}`}
        id={id}
        name={id}
        type="password"
        spellCheck={false}
        autoCapitalize="none"
        autoComplete={autoComplete}
        value={value}
        aria-describedby={describedBy(id, hint, error)}
        onChange={(event) => onChange(event.target.value)}
      />
    </FormGroup>
  );
}
