import type { ReactNode } from 'react';
import { describedBy, FormGroup } from './FormGroup';

export type SelectOption = { readonly value: string; readonly label: string };

/** GOV.UK select (https://design-system.service.gov.uk/components/select/). */
export function Select({
  id,
  label,
  hint,
  error,
  labelClass,
  options,
  value,
  onChange,
}: {
  readonly id: string;
  readonly label: ReactNode;
  readonly hint?: ReactNode;
  readonly error?: string;
  readonly labelClass?: string;
  readonly options: readonly SelectOption[];
  readonly value: string;
  readonly onChange: (value: string) => void;
}) {
  return (
    <FormGroup
      id={id}
      label={label}
      hint={hint}
      {...(error === undefined ? {} : { error })}
      {...(labelClass === undefined ? {} : { labelClass })}
    >
      <select
        className={`govuk-select${error === undefined ? '' : ' govuk-select--error'}`}
        id={id}
        value={value}
        aria-describedby={describedBy(id, hint, error)}
        onChange={(event) => onChange(event.target.value)}
      >
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </FormGroup>
  );
}
