import type { ReactNode } from 'react';
import type { DatePart, DateParts } from './date-parts';

const fields: readonly {
  readonly part: DatePart;
  readonly label: string;
  readonly width: string;
}[] = [
  { part: 'day', label: 'Day', width: 'govuk-input--width-2' },
  { part: 'month', label: 'Month', width: 'govuk-input--width-2' },
  { part: 'year', label: 'Year', width: 'govuk-input--width-4' },
];

/**
 * GOV.UK date input (https://design-system.service.gov.uk/components/date-input/):
 * a fieldset of day, month and year. The first field's id is `id` itself, so
 * an error summary link to `#id` lands on it; the others are `id-month` and
 * `id-year`.
 */
export function DateInput({
  id,
  legend,
  legendClass = 'govuk-fieldset__legend--s',
  hint,
  error,
  errorParts = ['day', 'month', 'year'],
  value,
  onChange,
}: {
  readonly id: string;
  readonly legend: ReactNode;
  readonly legendClass?: string;
  readonly hint?: ReactNode;
  readonly error?: string | undefined;
  /** The fields the error is about (all three by default). */
  readonly errorParts?: readonly DatePart[];
  readonly value: DateParts;
  readonly onChange: (value: DateParts) => void;
}) {
  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;
  const described = [hint === undefined ? '' : hintId, error === undefined ? '' : errorId]
    .filter((part) => part !== '')
    .join(' ');
  return (
    <div className={`govuk-form-group${error === undefined ? '' : ' govuk-form-group--error'}`}>
      <fieldset className="govuk-fieldset" aria-describedby={described || undefined}>
        <legend className={`govuk-fieldset__legend ${legendClass}`}>{legend}</legend>
        {hint === undefined ? null : (
          <div id={hintId} className="govuk-hint">
            {hint}
          </div>
        )}
        {error === undefined ? null : (
          <p id={errorId} className="govuk-error-message">
            <span className="govuk-visually-hidden">Error:</span> {error}
          </p>
        )}
        <div className="govuk-date-input">
          {fields.map(({ part, label, width }) => {
            const fieldId = part === 'day' ? id : `${id}-${part}`;
            const wrong = error !== undefined && errorParts.includes(part);
            return (
              <div className="govuk-date-input__item" key={part}>
                <div className="govuk-form-group">
                  <label className="govuk-label govuk-date-input__label" htmlFor={fieldId}>
                    {label}
                  </label>
                  <input
                    className={`govuk-input govuk-date-input__input ${width}${wrong ? ' govuk-input--error' : ''}`}
                    id={fieldId}
                    name={`${id}-${part}`}
                    type="text"
                    inputMode="numeric"
                    value={value[part]}
                    onChange={(event) => onChange({ ...value, [part]: event.target.value })}
                  />
                </div>
              </div>
            );
          })}
        </div>
      </fieldset>
    </div>
  );
}
