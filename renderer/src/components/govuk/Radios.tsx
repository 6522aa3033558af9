import type { ReactNode } from 'react';
import { describedBy } from './FormGroup';

export type RadioOption = {
  readonly value: string;
  readonly label: string;
  readonly hint?: string;
};

/**
 * GOV.UK radios in a fieldset with a legend (https://design-system.service.gov.uk/components/radios/).
 * The first radio's id is `<name>-0`, so an error-summary link can focus it.
 */
export function Radios({
  name,
  legend,
  options,
  value,
  onChange,
  hint,
  error,
  legendClass = 'govuk-fieldset__legend--m',
}: {
  readonly name: string;
  readonly legend: string;
  readonly options: readonly RadioOption[];
  readonly value: string;
  readonly onChange: (value: string) => void;
  readonly hint?: ReactNode;
  readonly error?: string;
  readonly legendClass?: string;
}) {
  return (
    <div className={`govuk-form-group${error === undefined ? '' : ' govuk-form-group--error'}`}>
      <fieldset className="govuk-fieldset" aria-describedby={describedBy(name, hint, error)}>
        <legend className={`govuk-fieldset__legend ${legendClass}`}>{legend}</legend>
        {hint === undefined ? null : (
          <div id={`${name}-hint`} className="govuk-hint">
            {hint}
          </div>
        )}
        {error === undefined ? null : (
          <p id={`${name}-error`} className="govuk-error-message">
            <span className="govuk-visually-hidden">Error:</span> {error}
          </p>
        )}
        <div className="govuk-radios" data-module="govuk-radios">
          {options.map((option, index) => {
            const id = `${name}-${index}`;
            return (
              <div className="govuk-radios__item" key={option.value}>
                <input
                  className="govuk-radios__input"
                  id={id}
                  name={name}
                  type="radio"
                  value={option.value}
                  checked={value === option.value}
                  onChange={() => onChange(option.value)}
                  aria-describedby={option.hint === undefined ? undefined : `${id}-hint`}
                />
                <label className="govuk-label govuk-radios__label" htmlFor={id}>
                  {option.label}
                </label>
                {option.hint === undefined ? null : (
                  <div id={`${id}-hint`} className="govuk-hint govuk-radios__hint">
                    {option.hint}
                  </div>
                )}
              </div>
            );
          })}
        </div>
      </fieldset>
    </div>
  );
}
