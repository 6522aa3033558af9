import { useId } from 'react';
import type { CouncilComparators } from '../../../../shared/comparators/compare';
import { ScrollBox } from '../../components/layout/ScrollBox';
import { FigureCell } from './FigureCell';
import { formatMeasure } from './format';
import { NeighbourDetails } from './NeighbourDetails';

/**
 * The council's published DfE figures beside England, its region and the
 * average of its ten statistical neighbours, as DfE's LA interactive tool
 * sets them out: one row per measure, for the latest year published. Shown
 * whether or not records are imported.
 */
export function PublishedComparators({ published }: { readonly published: CouncilComparators }) {
  const headingId = useId();
  const region = published.la.region ?? 'Region';
  const caption = `Published figures: ${published.la.name} beside England, ${region} and its statistical neighbours`;
  return (
    <section aria-labelledby={headingId}>
      <h2 className="govuk-heading-l" id={headingId}>
        Published figures (DfE)
      </h2>
      {published.la.region === null ? (
        <p className="govuk-body">
          {published.la.name} (LA {published.la.code}) is not in the DfE files, so only England’s
          figures are shown.
        </p>
      ) : (
        <p className="govuk-body">
          {published.la.name} (LA {published.la.code}), {published.la.region}. Its statistical
          neighbours (DfE): {published.neighbours.map((n) => n.name).join(', ')}.
        </p>
      )}
      <h3 className="govuk-heading-m">{caption}</h3>
      <ScrollBox label={caption}>
        <table className="govuk-table" aria-label={caption}>
          <thead className="govuk-table__head">
            <tr className="govuk-table__row">
              {['Measure', 'Year', 'Council', 'England', region, 'Neighbours (average)'].map(
                (head, index) => (
                  <th
                    scope="col"
                    key={head}
                    className={`govuk-table__header${index === 0 ? '' : ' govuk-table__header--numeric'}`}
                  >
                    {head}
                  </th>
                ),
              )}
            </tr>
          </thead>
          <tbody className="govuk-table__body">
            {published.measures.map((m) => (
              <tr className="govuk-table__row" key={m.id}>
                <th scope="row" className="govuk-table__header">
                  {m.label}
                  <NeighbourDetails label={m.label} unit={m.unit} each={m.neighbours.each} />
                </th>
                <td className="govuk-table__cell govuk-table__cell--numeric">{m.year ?? '—'}</td>
                <FigureCell unit={m.unit} figure={m.la} />
                <FigureCell unit={m.unit} figure={m.england} />
                <FigureCell unit={m.unit} figure={m.region} />
                <td className="govuk-table__cell govuk-table__cell--numeric">
                  {m.neighbours.average === null
                    ? 'Not published'
                    : formatMeasure(m.unit, m.neighbours.average)}
                  <span className="govuk-hint govuk-!-display-block govuk-!-font-size-16 govuk-!-margin-bottom-0">
                    {m.neighbours.published} of {m.neighbours.each.length} published
                  </span>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </ScrollBox>
      <p className="govuk-body-s">
        Years are DfE reporting years: 2025 is the year ending 31 March 2025. Version{' '}
        {published.dataset.version}. {published.dataset.attribution}
      </p>
    </section>
  );
}
