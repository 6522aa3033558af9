import { evidenceFindings } from '../../../../shared/domain';
import { describedBy } from '../../components/govuk/FormGroup';
import { findingLabels } from './labels';

const hints = {
  strength: 'Goes in the report as something the council or provider does well',
  improvement: 'Goes under “What needs to improve?”',
  concern: 'Serious or widespread failure; in a visit, an area for priority action',
} as const;

/**
 * The finding as GOV.UK radios: one tab stop, arrow keys to choose
 * (https://design-system.service.gov.uk/components/radios/). The first
 * radio's id is `<id>-0`, for the error summary's link.
 */
export function FindingRadios({
  id,
  value,
  error,
  onChange,
}: {
  readonly id: string;
  readonly value: string;
  readonly error?: string;
  readonly onChange: (value: string) => void;
}) {
  return (
    <div className={`govuk-form-group${error === undefined ? '' : ' govuk-form-group--error'}`}>
      <fieldset className="govuk-fieldset" aria-describedby={describedBy(id, undefined, error)}>
        <legend className="govuk-fieldset__legend govuk-fieldset__legend--s">
          What does the evidence show?
        </legend>
        {error === undefined ? null : (
          <p id={`${id}-error`} className="govuk-error-message">
            <span className="govuk-visually-hidden">Error:</span> {error}
          </p>
        )}
        <div className="govuk-radios govuk-radios--small" data-module="govuk-radios">
          {evidenceFindings.map((finding, index) => (
            <div className="govuk-radios__item" key={finding}>
              <input
                className="govuk-radios__input"
                id={`${id}-${index}`}
                name={id}
                type="radio"
                value={finding}
                checked={value === finding}
                aria-describedby={`${id}-${index}-hint`}
                onChange={() => onChange(finding)}
              />
              <label className="govuk-label govuk-radios__label" htmlFor={`${id}-${index}`}>
                {findingLabels[finding]}
              </label>
              <div id={`${id}-${index}-hint`} className="govuk-hint govuk-radios__hint">
                {hints[finding]}
              </div>
            </div>
          ))}
        </div>
      </fieldset>
    </div>
  );
}
