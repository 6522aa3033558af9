import { useLiveQuery } from 'dexie-react-hooks';
import { useMemo } from 'react';
import { longDateTime } from '../../../../shared/reports';
import { areaHistory } from '../../../../shared/workbook';
import { useApp } from '../../app/app-context';
import { ScrollBox } from '../../components/layout/ScrollBox';
import { ChangeMark } from '../team/ChangeMark';
import { loadOperations } from '../../db/workbook-repository';
import { historyLines } from './history-lines';

/**
 * The area's change history from the log — who, when, what changed, old →
 * new — folded away in a GOV.UK details component
 * (https://design-system.service.gov.uk/components/details/), since most
 * visits to the page are to grade or write, not to audit.
 */
export function AreaHistory({
  inspectionId,
  area,
  label,
  areaName,
}: {
  readonly inspectionId: string;
  readonly area: string;
  readonly label: string;
  /** An area's printed label, so the history never shows an area's code. */
  readonly areaName: (area: string) => string;
}) {
  const { db } = useApp();
  const operations = useLiveQuery(() => loadOperations(db, inspectionId), [db, inspectionId]);
  const lines = useMemo(
    () =>
      operations === undefined ? undefined : historyLines(areaHistory(operations, area), areaName),
    [operations, area, areaName],
  );
  return (
    <details className="govuk-details">
      <summary className="govuk-details__summary">
        <span className="govuk-details__summary-text">Change history of this judgement</span>
      </summary>
      <div className="govuk-details__text">
        {lines === undefined ? (
          <p className="govuk-body">Loading…</p>
        ) : lines.length === 0 ? (
          <p className="govuk-body">Nothing has been recorded for this judgement yet.</p>
        ) : (
          <ScrollBox label={`Change history of ${label}`}>
            <table className="govuk-table">
              <caption className="govuk-table__caption govuk-table__caption--s">
                {lines.length} {lines.length === 1 ? 'change' : 'changes'}, oldest first
              </caption>
              <thead className="govuk-table__head">
                <tr className="govuk-table__row">
                  <th scope="col" className="govuk-table__header">
                    When
                  </th>
                  <th scope="col" className="govuk-table__header">
                    Who
                  </th>
                  <th scope="col" className="govuk-table__header">
                    What
                  </th>
                  <th scope="col" className="govuk-table__header">
                    Was
                  </th>
                  <th scope="col" className="govuk-table__header">
                    Now
                  </th>
                </tr>
              </thead>
              <tbody className="govuk-table__body">
                {lines.map((line) => (
                  <tr className="govuk-table__row" key={line.key}>
                    <td className="govuk-table__cell">{longDateTime(line.at)}</td>
                    <td className="govuk-table__cell">
                      {line.who}{' '}
                      {operations === undefined ? null : (
                        <ChangeMark operations={operations} opId={line.key} />
                      )}
                    </td>
                    <td className="govuk-table__cell">{line.what}</td>
                    <td className="govuk-table__cell">{line.before}</td>
                    <td className="govuk-table__cell">{line.after}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </ScrollBox>
        )}
      </div>
    </details>
  );
}
