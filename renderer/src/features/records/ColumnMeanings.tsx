import type { ColumnHint } from '../../../../shared/records/ssda903-column-meanings';

/**
 * The meanings of a table's column codes, in a GOV.UK details component
 * (https://design-system.service.gov.uk/components/details/) below the
 * table, so keyboard and screen reader users can read them as well as
 * mouse users (each header also carries its meaning as hidden text).
 */
export function ColumnMeanings({
  hints,
}: {
  readonly hints: readonly (readonly [string, ColumnHint])[];
}) {
  if (hints.length === 0) return null;
  return (
    <details className="govuk-details">
      <summary className="govuk-details__summary">
        <span className="govuk-details__summary-text">What the column codes mean</span>
      </summary>
      <div className="govuk-details__text">
        <dl className="govuk-summary-list govuk-summary-list--no-border">
          {hints.map(([code, hint]) => (
            <div className="govuk-summary-list__row" key={code}>
              <dt className="govuk-summary-list__key">{code}</dt>
              <dd className="govuk-summary-list__value">
                {hint.meaning}
                {hint.codes.length === 0 ? null : (
                  <span className="govuk-hint govuk-!-display-block govuk-!-margin-bottom-0">
                    Codes: {hint.codes.join(', ')}
                  </span>
                )}
              </dd>
            </div>
          ))}
        </dl>
      </div>
    </details>
  );
}
