import type { JsonValue, Operation } from '../../../../shared/bundle';
import { reviewLabels } from '../../../../shared/reports/conflicts';
import { longDateTime } from '../../../../shared/reports/text';
import { auditTrail, REVIEW_ENTITY, reviewStatuses } from '../../../../shared/workbook';
import { ScrollBox } from '../../components/layout/ScrollBox';
import { ChangeMark } from '../team/ChangeMark';

/** Fields a person changes; `by`, `at` and the flag id are said by the row itself. */
const fieldLabels: Readonly<Record<string, string>> = { status: 'Status', reason: 'Reason' };

function shown(field: string, value: JsonValue | undefined): string {
  if (value === undefined || value === null || value === '')
    return field === 'status' ? reviewLabels['not-reviewed'] : '(none)';
  const status = reviewStatuses.find((s) => s === value);
  if (status !== undefined) return reviewLabels[status];
  return typeof value === 'string' ? value : JSON.stringify(value);
}

/**
 * The review's history read from the log (the log is append-only, so every
 * earlier review is there): who, when, and each change from old to new.
 */
export function ReviewHistory({
  operations,
  flagId,
}: {
  readonly operations: readonly Operation[];
  readonly flagId: string;
}) {
  const entries = auditTrail(operations, { entity: REVIEW_ENTITY, id: flagId }).filter(
    (entry) => fieldLabels[entry.field] !== undefined,
  );
  if (entries.length === 0) return <p className="govuk-body">Not reviewed yet.</p>;
  return (
    <ScrollBox label="Review history">
      <table className="govuk-table">
        <caption className="govuk-table__caption govuk-table__caption--s">Review history</caption>
        <thead className="govuk-table__head">
          <tr className="govuk-table__row">
            {['When', 'Who', 'What changed', 'From', 'To'].map((header) => (
              <th scope="col" className="govuk-table__header" key={header}>
                {header}
              </th>
            ))}
          </tr>
        </thead>
        <tbody className="govuk-table__body">
          {entries.map((entry) => (
            <tr className="govuk-table__row" key={entry.opId}>
              <td className="govuk-table__cell">{longDateTime(entry.at)}</td>
              <td className="govuk-table__cell">
                {entry.author} <ChangeMark operations={operations} opId={entry.opId} />
              </td>
              <th scope="row" className="govuk-table__header">
                {fieldLabels[entry.field]}
              </th>
              <td className="govuk-table__cell">
                {shown(entry.field, entry.before.kind === 'value' ? entry.before.value : undefined)}
              </td>
              <td className="govuk-table__cell">{shown(entry.field, entry.after)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </ScrollBox>
  );
}
