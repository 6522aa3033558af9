import type { ReactNode } from 'react';

/** The ids a field's hint and error message use, for `aria-describedby`. */
export function describedBy(id: string, hint?: ReactNode, error?: string): string | undefined {
  const ids = [hint === undefined ? null : `${id}-hint`, error === undefined ? null : `${id}-error`]
    .filter((part) => part !== null)
    .join(' ');
  return ids === '' ? undefined : ids;
}

/**
 * A GOV.UK form group: label, hint, error message and the control, with the
 * error styling when there is an error
 * (https://design-system.service.gov.uk/components/error-message/).
 */
export function FormGroup({
  id,
  label,
  hint,
  error,
  labelClass = '',
  children,
}: {
  readonly id: string;
  readonly label: ReactNode;
  readonly hint?: ReactNode;
  readonly error?: string;
  /** e.g. `govuk-label--s` */
  readonly labelClass?: string;
  readonly children: ReactNode;
}) {
  return (
    <div className={`govuk-form-group${error === undefined ? '' : ' govuk-form-group--error'}`}>
      <label className={`govuk-label ${labelClass}`.trim()} htmlFor={id}>
        {label}
      </label>
      {hint === undefined ? null : (
        <div id={`${id}-hint`} className="govuk-hint">
          {hint}
        </div>
      )}
      {error === undefined ? null : (
        <p id={`${id}-error`} className="govuk-error-message">
          <span className="govuk-visually-hidden">Error:</span> {error}
        </p>
      )}
      {children}
    </div>
  );
}
