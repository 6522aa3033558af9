import { useId } from 'react';
import { formatFigure, keepCountsTogether, noDataReason } from './format-value';
import { IndicatorDefinition } from './IndicatorDefinition';
import { ScrollBox } from '../../components/layout/ScrollBox';
import type { IndicatorColumn, IndicatorRow } from './indicator-table';
import { ComparatorCells, ComparatorHeads } from '../comparators/ComparatorCells';

/**
 * One GOV.UK table (https://design-system.service.gov.uk/components/table/)
 * of indicators: a row per indicator, headed by its name and definition; a
 * column for the council as a whole, then one per delegated provider. Each
 * figure is written with its numerator and denominator. The caption shows as
 * a heading above the scroll box, so on a narrow window it wraps in view
 * rather than scrolling away with the table, and names the table.
 */
export function IndicatorTable({
  caption,
  columns,
  rows,
}: {
  readonly caption: string;
  readonly columns: readonly IndicatorColumn[];
  readonly rows: readonly IndicatorRow[];
}) {
  const headingId = useId();
  // The DfE's published figures get columns only in a table where some indicator has them.
  const compared = rows.some((row) => row.comparators !== undefined);
  return (
    <>
      <h3 className="govuk-heading-m" id={headingId}>
        {caption}
      </h3>
      <ScrollBox label={caption}>
        <table className="govuk-table" aria-labelledby={headingId}>
          <thead className="govuk-table__head">
            <tr className="govuk-table__row">
              <th scope="col" className="govuk-table__header">
                Indicator
              </th>
              {columns.map((column) => (
                <th
                  scope="col"
                  className="govuk-table__header govuk-table__header--numeric"
                  key={column.scope}
                >
                  {column.name}
                  <span className="govuk-hint govuk-!-display-block govuk-!-font-size-16 govuk-!-margin-bottom-0">
                    {column.kind === 'council' ? 'Council, all records' : 'Delegated provider'}
                  </span>
                </th>
              ))}
              {compared ? <ComparatorHeads /> : null}
            </tr>
          </thead>
          <tbody className="govuk-table__body">
            {rows.map((row) => (
              <tr className="govuk-table__row" key={row.id}>
                <th scope="row" className="govuk-table__header">
                  {row.label}
                  <IndicatorDefinition row={row} columns={columns} />
                </th>
                {row.cells.map((cell, index) => {
                  const reason = noDataReason(cell);
                  return (
                    <td
                      className="govuk-table__cell govuk-table__cell--numeric"
                      key={columns[index]?.scope ?? index}
                    >
                      {keepCountsTogether(formatFigure(cell))}
                      {reason === undefined ? null : (
                        <span className="govuk-hint govuk-!-display-block govuk-!-font-size-16 govuk-!-margin-bottom-0">
                          {reason}
                        </span>
                      )}
                    </td>
                  );
                })}
                {compared ? (
                  <ComparatorCells label={row.label} comparators={row.comparators} />
                ) : null}
              </tr>
            ))}
          </tbody>
        </table>
      </ScrollBox>
    </>
  );
}
