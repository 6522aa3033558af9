import type { InputHTMLAttributes, ReactNode } from 'react';
import { describedBy, FormGroup } from './FormGroup';

type Props = {
  readonly id: string;
  readonly label: ReactNode;
  readonly hint?: ReactNode;
  readonly error?: string;
  readonly labelClass?: string;
  readonly value: string;
  readonly onChange: (value: string) => void;
  /** e.g. `govuk-input--width-10` */
  readonly widthClass?: string;
} & Omit<InputHTMLAttributes<HTMLInputElement>, 'value' | 'onChange' | 'id' | 'className'>;

/** GOV.UK text input (https://design-system.service.gov.uk/components/text-input/). */
export function TextInput({
  id,
  label,
  hint,
  error,
  labelClass,
  value,
  onChange,
  widthClass = '',
  ...rest
}: Props) {
  return (
    <FormGroup
      id={id}
      label={label}
      hint={hint}
      {...(error === undefined ? {} : { error })}
      {...(labelClass === undefined ? {} : { labelClass })}
    >
      <input
        {...rest}
        className={`govuk-input ${widthClass}${error === undefined ? '' : ' govuk-input--error'}`.trim()}
        id={id}
        value={value}
        aria-describedby={describedBy(id, hint, error)}
        onChange={(event) => onChange(event.target.value)}
      />
    </FormGroup>
  );
}
