import type { Workbook } from '../../../../shared/domain';
import { hrefFor } from '../../app/router';
import { ScrollBox } from '../../components/layout/ScrollBox';
import type { ChildRow } from '../../db/child-repository';
import { useIndicators } from '../indicators/use-indicators';
import { childIndicators } from './child-indicators';

/** The indicators the child counts in, per body: in the denominator, and whether in the numerator too. */
export function ChildIndicatorsSection({
  inspectionId,
  workbook,
  childId,
  rows,
}: {
  readonly inspectionId: string;
  readonly workbook: Workbook;
  readonly childId: string;
  readonly rows: readonly ChildRow[] | undefined;
}) {
  const state = useIndicators(inspectionId);
  const heading = (
    <h2 className="govuk-heading-l" id="child-indicators-heading">
      Indicators this child counts in
    </h2>
  );
  if (state.status === 'loading' || rows === undefined) {
    return (
      <section aria-labelledby="child-indicators-heading">
        {heading}
        <p className="govuk-body">Working out the indicators…</p>
      </section>
    );
  }
  if (state.status !== 'ready') {
    return (
      <section aria-labelledby="child-indicators-heading">
        {heading}
        <p className="govuk-body">
          {state.status === 'empty'
            ? 'No SSDA903 return or Annex A list is imported, so there are no indicators.'
            : `The indicators could not be computed: ${state.message}`}
        </p>
      </section>
    );
  }
  const counted = childIndicators(workbook, rows, childId, state.report);
  return (
    <section aria-labelledby="child-indicators-heading">
      {heading}
      {counted.length === 0 ? (
        <p className="govuk-body">This child is in no indicator’s population.</p>
      ) : (
        <ScrollBox label="Indicators counting this child">
          <table className="govuk-table">
            <caption className="govuk-table__caption govuk-table__caption--s">
              Each indicator counts children: the child is one of those it measures (its
              denominator), and may also be one who meets it (its numerator).
            </caption>
            <thead className="govuk-table__head">
              <tr className="govuk-table__row">
                <th scope="col" className="govuk-table__header">
                  Indicator
                </th>
                <th scope="col" className="govuk-table__header">
                  For
                </th>
                <th scope="col" className="govuk-table__header">
                  Counted in
                </th>
              </tr>
            </thead>
            <tbody className="govuk-table__body">
              {counted.map((entry) => (
                <tr className="govuk-table__row" key={`${entry.scope}/${entry.id}`}>
                  <th scope="row" className="govuk-table__header">
                    {entry.label}
                  </th>
                  <td className="govuk-table__cell">{entry.scopeName}</td>
                  <td className="govuk-table__cell">
                    {entry.inNumerator ? 'Numerator and denominator' : 'Denominator only'}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </ScrollBox>
      )}
      <p className="govuk-body">
        <a className="govuk-link" href={hrefFor({ name: 'indicators', inspectionId })}>
          All indicators
        </a>
      </p>
    </section>
  );
}
