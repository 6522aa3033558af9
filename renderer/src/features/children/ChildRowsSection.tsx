import { hrefFor } from '../../app/router';
import { ScrollBox } from '../../components/layout/ScrollBox';
import type { ChildRow } from '../../db/child-repository';
import { SeverityTag } from '../records/SeverityTag';
import { tableLabel } from './table-labels';

/** The child's rows in every imported file, each linking to the row in Records, with its problems. */
export function ChildRowsSection({
  inspectionId,
  rows,
  ownerName,
}: {
  readonly inspectionId: string;
  readonly rows: readonly ChildRow[] | undefined;
  readonly ownerName: (owner: string) => string;
}) {
  return (
    <section aria-labelledby="child-rows-heading">
      <h2 className="govuk-heading-l" id="child-rows-heading">
        Rows in imported files
      </h2>
      {rows === undefined ? (
        <p className="govuk-body">Reading the imported files…</p>
      ) : rows.length === 0 ? (
        <p className="govuk-body">No imported file names this child.</p>
      ) : (
        <ScrollBox label="Rows naming this child">
          <table className="govuk-table">
            <caption className="govuk-table__caption govuk-table__caption--s">
              {rows.length === 1 ? '1 row' : `${rows.length.toLocaleString('en-GB')} rows`} naming
              this child
            </caption>
            <thead className="govuk-table__head">
              <tr className="govuk-table__row">
                <th scope="col" className="govuk-table__header">
                  Row
                </th>
                <th scope="col" className="govuk-table__header">
                  File
                </th>
                <th scope="col" className="govuk-table__header">
                  Records of
                </th>
                <th scope="col" className="govuk-table__header">
                  Table
                </th>
                <th scope="col" className="govuk-table__header">
                  Problems on this row
                </th>
              </tr>
            </thead>
            <tbody className="govuk-table__body">
              {rows.map((row) => (
                <tr
                  className="govuk-table__row"
                  key={`${row.importId}/${row.table}/${row.position}`}
                >
                  <th scope="row" className="govuk-table__header">
                    <a
                      className="govuk-link"
                      href={hrefFor({
                        name: 'records',
                        inspectionId,
                        query: {
                          file: row.importId,
                          view: 'rows',
                          table: row.table,
                          row: String(row.position),
                        },
                      })}
                    >
                      Row {row.position.toLocaleString('en-GB')}
                      <span className="govuk-visually-hidden">
                        {' '}
                        of {row.table} in {row.fileName}
                      </span>
                    </a>
                  </th>
                  <td className="govuk-table__cell">{row.fileName}</td>
                  <td className="govuk-table__cell">{ownerName(row.owner)}</td>
                  <td className="govuk-table__cell">{tableLabel(row.table)}</td>
                  <td className="govuk-table__cell">
                    {row.problems.length === 0 ? (
                      'None'
                    ) : (
                      <ul className="govuk-list govuk-!-margin-bottom-0">
                        {row.problems.map((problem, index) => (
                          <li key={index}>
                            <SeverityTag severity={problem.severity} />{' '}
                            {problem.column === undefined ? '' : `${problem.column}: `}
                            {problem.message}
                          </li>
                        ))}
                      </ul>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </ScrollBox>
      )}
    </section>
  );
}
