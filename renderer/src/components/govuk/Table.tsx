import type { ReactNode } from 'react';

export type Column<T> = {
  readonly header: ReactNode;
  readonly cell: (row: T) => ReactNode;
  /** Right-aligns numbers (govuk-table__cell--numeric). */
  readonly numeric?: boolean;
  /** Extra classes for this column's cells, e.g. `app-hash` for digests. */
  readonly cellClass?: string;
};

/**
 * GOV.UK table with a caption and column headers
 * (https://design-system.service.gov.uk/components/table/). For long lists
 * use a virtualised list instead: this renders every row.
 */
export function Table<T>({
  caption,
  captionClass = 'govuk-table__caption--m',
  columns,
  rows,
  rowKey,
}: {
  readonly caption: ReactNode;
  readonly captionClass?: string;
  readonly columns: readonly Column<T>[];
  readonly rows: readonly T[];
  readonly rowKey: (row: T, index: number) => string;
}) {
  const numeric = (column: Column<T>, kind: 'header' | 'cell') =>
    column.numeric === true ? ` govuk-table__${kind}--numeric` : '';
  return (
    <table className="govuk-table">
      <caption className={`govuk-table__caption ${captionClass}`}>{caption}</caption>
      <thead className="govuk-table__head">
        <tr className="govuk-table__row">
          {columns.map((column, index) => (
            <th
              scope="col"
              className={`govuk-table__header${numeric(column, 'header')}`}
              key={index}
            >
              {column.header}
            </th>
          ))}
        </tr>
      </thead>
      <tbody className="govuk-table__body">
        {rows.map((row, rowIndex) => (
          <tr className="govuk-table__row" key={rowKey(row, rowIndex)}>
            {columns.map((column, index) => (
              <td
                className={`govuk-table__cell${numeric(column, 'cell')}${column.cellClass === undefined ? '' : ` ${column.cellClass}`}`}
                key={index}
              >
                {column.cell(row)}
              </td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
