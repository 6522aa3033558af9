import type { Operation } from '../../../../shared/bundle';
import { ChangeMark } from '../team/ChangeMark';
import { formatWhen, type HistoryLine } from './history-lines';

/**
 * The item's change history from the log, folded away in a GOV.UK details
 * component (https://design-system.service.gov.uk/components/details/):
 * who, when, what, old → new.
 */
export function EvidenceHistory({
  lines,
  operations,
}: {
  readonly lines: readonly HistoryLine[];
  /** The log the lines come from, for each change's verified mark. */
  readonly operations: readonly Operation[];
}) {
  return (
    <details className="govuk-details">
      <summary className="govuk-details__summary">
        <span className="govuk-details__summary-text">
          Change history ({lines.length === 1 ? '1 entry' : `${lines.length} entries`})
        </span>
      </summary>
      <div className="govuk-details__text">
        <ol className="govuk-list govuk-list--spaced">
          {lines.map((line) => (
            <li key={line.key}>
              <span className="govuk-body-s govuk-!-display-block govuk-!-margin-bottom-1">
                {formatWhen(line.when)}, by {line.who}{' '}
                <ChangeMark operations={operations} opId={line.key} />
              </span>
              {line.before === undefined ? (
                <>
                  <strong>{line.field}</strong>: {line.after}
                </>
              ) : (
                <>
                  <strong>{line.field}</strong> changed from “{line.before}” to “{line.after}”
                </>
              )}
            </li>
          ))}
        </ol>
      </div>
    </details>
  );
}
