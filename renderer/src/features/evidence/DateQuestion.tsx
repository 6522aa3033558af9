import type { EvidenceDateQuestion } from '../../../../shared/domain';
import { evidenceWindowDays } from '../../../../shared/domain';
import { formatDate } from './labels';

/** What to say about a date outside the visit, in words. */
export function dateQuestionText(
  question: EvidenceDateQuestion,
  relatesTo: string,
  onSite: { readonly start: string; readonly end: string },
): string {
  const date = formatDate(relatesTo);
  switch (question) {
    case 'future':
      return `${date} is in the future.`;
    case 'before-visit':
      return `${date} is more than ${evidenceWindowDays} days before the visit started on ${formatDate(onSite.start)}.`;
    case 'after-visit':
      return `${date} is after the visit ended on ${formatDate(onSite.end)}.`;
  }
}

/**
 * A date outside the visit, questioned rather than silently accepted: the
 * GOV.UK warning text names what is odd and a checkbox confirms it
 * (https://design-system.service.gov.uk/components/warning-text/,
 * https://design-system.service.gov.uk/components/checkboxes/). Evidence can
 * rightly relate to an older event in a child's case, so it is a question.
 */
export function DateQuestion({
  id,
  text,
  error,
  confirmed,
  onConfirm,
}: {
  readonly id: string;
  readonly text: string;
  readonly error: boolean;
  readonly confirmed: boolean;
  readonly onConfirm: (confirmed: boolean) => void;
}) {
  const errorId = `${id}-error`;
  return (
    <div className={`govuk-form-group${error ? ' govuk-form-group--error' : ''}`}>
      <div className="govuk-warning-text">
        <span className="govuk-warning-text__icon" aria-hidden="true">
          !
        </span>
        <strong className="govuk-warning-text__text" id={`${id}-text`}>
          <span className="govuk-visually-hidden">Warning</span>
          {text} Check the date the evidence relates to.
        </strong>
      </div>
      {error ? (
        <p id={errorId} className="govuk-error-message">
          <span className="govuk-visually-hidden">Error:</span> Confirm the date is right, or change
          it
        </p>
      ) : null}
      <div className="govuk-checkboxes govuk-checkboxes--small" data-module="govuk-checkboxes">
        <div className="govuk-checkboxes__item">
          <input
            className="govuk-checkboxes__input"
            id={id}
            type="checkbox"
            checked={confirmed}
            aria-describedby={`${id}-text${error ? ` ${errorId}` : ''}`}
            onChange={(event) => onConfirm(event.target.checked)}
          />
          <label className="govuk-label govuk-checkboxes__label" htmlFor={id}>
            Yes, the date is right
          </label>
        </div>
      </div>
    </div>
  );
}
