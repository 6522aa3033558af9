import { placementTypeLabel, type Conflict } from '../../../../shared/conflicts';
import { longDate } from '../../../../shared/reports/text';
import { hrefFor } from '../../app/router';
import { ScrollBox } from '../../components/layout/ScrollBox';

/**
 * A flag's placements in a GOV.UK details component
 * (https://design-system.service.gov.uk/components/details/), closed at
 * first so a flag with a hundred placements still shows its review without
 * a long scroll; each child links to their own page.
 */
export function FlagPlacements({
  inspectionId,
  flag,
}: {
  readonly inspectionId: string;
  readonly flag: Conflict;
}) {
  return (
    <details className="govuk-details">
      <summary className="govuk-details__summary">
        <span className="govuk-details__summary-text">
          Show the {flag.placements.length.toLocaleString('en-GB')} placements
        </span>
      </summary>
      <div className="govuk-details__text">
        <ScrollBox label="Placements">
          <table className="govuk-table">
            <caption className="govuk-table__caption govuk-table__caption--s">Placements</caption>
            <thead className="govuk-table__head">
              <tr className="govuk-table__row">
                {['Child', 'Placement type', 'Start', 'End', 'Days in the year', 'Read from'].map(
                  (header) => (
                    <th scope="col" className="govuk-table__header" key={header}>
                      {header}
                    </th>
                  ),
                )}
              </tr>
            </thead>
            <tbody className="govuk-table__body">
              {flag.placements.map((placement, index) => (
                <tr className="govuk-table__row" key={index}>
                  <th scope="row" className="govuk-table__header">
                    <a
                      className="govuk-link"
                      href={hrefFor({ name: 'child', inspectionId, childId: placement.child })}
                    >
                      {placement.child}
                    </a>
                  </th>
                  <td className="govuk-table__cell">{placementTypeLabel(placement.place)}</td>
                  <td className="govuk-table__cell">
                    {placement.start === null ? 'Not recorded' : longDate(placement.start)}
                  </td>
                  <td className="govuk-table__cell">
                    {placement.end === null ? 'Still placed' : longDate(placement.end)}
                  </td>
                  <td className="govuk-table__cell">{placement.days.toLocaleString('en-GB')}</td>
                  <td className="govuk-table__cell">
                    {placement.sources.map((s) => `${s.file}, row ${s.row}`).join('; ')}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </ScrollBox>
      </div>
    </details>
  );
}
