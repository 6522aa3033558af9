import type { ReactNode, TextareaHTMLAttributes } from 'react';
import { describedBy, FormGroup } from './FormGroup';

type Props = {
  readonly id: string;
  readonly label: ReactNode;
  readonly hint?: ReactNode;
  readonly error?: string;
  readonly labelClass?: string;
  readonly value: string;
  readonly onChange: (value: string) => void;
} & Omit<TextareaHTMLAttributes<HTMLTextAreaElement>, 'value' | 'onChange' | 'id' | 'className'>;

/** GOV.UK textarea (https://design-system.service.gov.uk/components/textarea/). */
export function Textarea({ id, label, hint, error, labelClass, value, onChange, ...rest }: Props) {
  return (
    <FormGroup
      id={id}
      label={label}
      hint={hint}
      {...(error === undefined ? {} : { error })}
      {...(labelClass === undefined ? {} : { labelClass })}
    >
      <textarea
        rows={5}
        {...rest}
        className={`govuk-textarea${error === undefined ? '' : ' govuk-textarea--error'}`}
        id={id}
        value={value}
        aria-describedby={describedBy(id, hint, error)}
        onChange={(event) => onChange(event.target.value)}
      />
    </FormGroup>
  );
}
