import type { IndicatorComparators } from '../../../../shared/comparators/indicator-comparators';
import { FigureCell } from './FigureCell';
import { formatMeasure } from './format';
import { NeighbourDetails } from './NeighbourDetails';

const HINT = 'govuk-hint govuk-!-display-block govuk-!-font-size-16 govuk-!-margin-bottom-0';

/** The heads of the comparator columns an indicator table gains. */
export function ComparatorHeads() {
  return (
    <>
      {[
        ['England', 'DfE, published'],
        ['Region', 'DfE, published'],
        ['Statistical neighbours', 'Average of 10'],
        ['Council, published', 'DfE, for the same year'],
      ].map(([name, hint]) => (
        <th scope="col" className="govuk-table__header govuk-table__header--numeric" key={name}>
          {name}
          <span className={HINT}>{hint}</span>
        </th>
      ))}
    </>
  );
}

/**
 * An indicator's published comparators as four cells (England, the region,
 * the neighbours' average with each neighbour on demand, the council's own
 * published figure), each with its year; dashes where the indicator has no
 * published measure.
 */
export function ComparatorCells({
  label,
  comparators,
}: {
  readonly label: string;
  readonly comparators: IndicatorComparators | undefined;
}) {
  if (comparators === undefined) {
    return (
      <>
        {[0, 1, 2, 3].map((i) => (
          <td className="govuk-table__cell govuk-table__cell--numeric" key={i}>
            —<span className="govuk-visually-hidden">no published measure</span>
          </td>
        ))}
      </>
    );
  }
  const { unit, neighbours } = comparators;
  const year = comparators.year === null ? '' : ` (${comparators.year})`;
  return (
    <>
      <FigureCell unit={unit} figure={comparators.england} />
      <FigureCell unit={unit} figure={comparators.region} />
      <td className="govuk-table__cell govuk-table__cell--numeric">
        {neighbours.average === null ? 'Not published' : formatMeasure(unit, neighbours.average)}
        <span className={HINT}>
          {neighbours.published} of {neighbours.each.length} published{year}
        </span>
        <NeighbourDetails label={label} unit={unit} each={neighbours.each} />
      </td>
      <FigureCell unit={unit} figure={comparators.la} />
    </>
  );
}
