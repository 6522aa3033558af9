import type { ReactNode } from 'react';
import { describedBy } from './FormGroup';

export type CheckboxOption = {
  readonly value: string;
  readonly label: ReactNode;
  readonly hint?: string;
};

/**
 * GOV.UK checkboxes in a fieldset with a legend
 * (https://design-system.service.gov.uk/components/checkboxes/). The first
 * box carries `id`, so an error-summary link can focus it.
 */
export function Checkboxes({
  id,
  legend,
  legendClass = 'govuk-fieldset__legend--s',
  hint,
  error,
  options,
  values,
  onChange,
  small = false,
}: {
  readonly id: string;
  readonly legend: ReactNode;
  readonly legendClass?: string;
  readonly hint?: ReactNode;
  readonly error?: string;
  readonly options: readonly CheckboxOption[];
  readonly values: readonly string[];
  readonly onChange: (values: string[]) => void;
  readonly small?: boolean;
}) {
  const described = describedBy(id, hint, error);
  return (
    <div className={`govuk-form-group${error === undefined ? '' : ' govuk-form-group--error'}`}>
      <fieldset className="govuk-fieldset" aria-describedby={described}>
        <legend className={`govuk-fieldset__legend ${legendClass}`}>{legend}</legend>
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
        <div
          className={`govuk-checkboxes${small ? ' govuk-checkboxes--small' : ''}`}
          data-module="govuk-checkboxes"
        >
          {options.map((option, index) => {
            const boxId = index === 0 ? id : `${id}-${index}`;
            return (
              <div className="govuk-checkboxes__item" key={option.value}>
                <input
                  className="govuk-checkboxes__input"
                  id={boxId}
                  type="checkbox"
                  value={option.value}
                  checked={values.includes(option.value)}
                  aria-describedby={option.hint === undefined ? undefined : `${boxId}-hint`}
                  onChange={(event) =>
                    onChange(
                      event.target.checked
                        ? [...values.filter((v) => v !== option.value), option.value]
                        : values.filter((v) => v !== option.value),
                    )
                  }
                />
                <label className="govuk-label govuk-checkboxes__label" htmlFor={boxId}>
                  {option.label}
                </label>
                {option.hint === undefined ? null : (
                  <div id={`${boxId}-hint`} className="govuk-hint govuk-checkboxes__hint">
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
