import type { ButtonHTMLAttributes } from 'react';

type Props = ButtonHTMLAttributes<HTMLButtonElement> & {
  readonly variant?: 'primary' | 'secondary' | 'warning';
};

/** GOV.UK button (https://design-system.service.gov.uk/components/button/). */
export function Button({ variant = 'primary', className, type = 'button', ...rest }: Props) {
  const classes = [
    'govuk-button',
    variant === 'primary' ? '' : `govuk-button--${variant}`,
    className ?? '',
  ]
    .filter((c) => c !== '')
    .join(' ');
  return <button type={type} className={classes} data-module="govuk-button" {...rest} />;
}
