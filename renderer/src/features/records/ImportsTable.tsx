import { kindLabel } from '../../../../shared/records/labels';
import { collectionYearLabel } from '../../../../shared/records/ssda903';
import { ScrollBox } from '../../components/layout/ScrollBox';
import type { ImportRecord } from '../../db/schema';
import './records.scss';

/** The files imported so far, with their counts; each can show its problems or its rows. */
export function ImportsTable({
  imports,
  ownerName,
  onShow,
  onShowRows,
  onRemove,
}: {
  readonly imports: readonly ImportRecord[];
  readonly ownerName: (owner: string) => string;
  readonly onShow: (id: string) => void;
  readonly onShowRows: (id: string) => void;
  readonly onRemove: (record: ImportRecord) => void;
}) {
  if (imports.length === 0) return <p className="govuk-body">No records have been imported yet.</p>;
  return (
    <ScrollBox label="Imported files" className="app-records-files">
      <table className="govuk-table">
        <caption className="govuk-table__caption govuk-table__caption--m">Imported files</caption>
        <thead className="govuk-table__head">
          <tr className="govuk-table__row">
            <th scope="col" className="govuk-table__header">
              File
            </th>
            <th scope="col" className="govuk-table__header">
              Records of
            </th>
            <th scope="col" className="govuk-table__header govuk-table__header--numeric">
              Rows
            </th>
            <th scope="col" className="govuk-table__header govuk-table__header--numeric">
              Errors
            </th>
            <th scope="col" className="govuk-table__header govuk-table__header--numeric">
              Warnings
            </th>
            <th scope="col" className="govuk-table__header">
              Actions
            </th>
          </tr>
        </thead>
        <tbody className="govuk-table__body">
          {imports.map((record) => (
            <tr className="govuk-table__row" key={record.id}>
              <th scope="row" className="govuk-table__header">
                {record.fileName}
                <span className="govuk-hint govuk-!-display-block govuk-!-margin-bottom-0">
                  {kindLabel(record.kind)}
                  {record.year === undefined
                    ? ''
                    : `, ${collectionYearLabel(record.year)} (${record.yearSource === 'given' ? 'chosen' : 'worked out from the episodes'})`}
                </span>
                {record.period === 'previous' ? (
                  <strong className="govuk-tag govuk-tag--grey">Previous year</strong>
                ) : null}
              </th>
              <td className="govuk-table__cell">{ownerName(record.owner)}</td>
              <td className="govuk-table__cell govuk-table__cell--numeric">
                {record.rows.toLocaleString('en-GB')}
              </td>
              <td className="govuk-table__cell govuk-table__cell--numeric">
                {record.problems.error}
              </td>
              <td className="govuk-table__cell govuk-table__cell--numeric">
                {record.problems.warning}
              </td>
              <td className="govuk-table__cell">
                {/* Links in style, buttons in kind: they act on this page (GOV.UK summary-list actions). */}
                <ul className="govuk-summary-list__actions-list">
                  <li className="govuk-summary-list__actions-list-item">
                    <button
                      type="button"
                      className="govuk-link app-link-button"
                      onClick={() => onShow(record.id)}
                    >
                      Show problems
                      <span className="govuk-visually-hidden"> in {record.fileName}</span>
                    </button>
                  </li>
                  <li className="govuk-summary-list__actions-list-item">
                    <button
                      type="button"
                      className="govuk-link app-link-button"
                      onClick={() => onShowRows(record.id)}
                    >
                      Show rows<span className="govuk-visually-hidden"> of {record.fileName}</span>
                    </button>
                  </li>
                  <li className="govuk-summary-list__actions-list-item">
                    <button
                      type="button"
                      className="govuk-link app-link-button app-link-button--warning"
                      onClick={() => onRemove(record)}
                    >
                      Remove<span className="govuk-visually-hidden"> {record.fileName}</span>
                    </button>
                  </li>
                </ul>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </ScrollBox>
  );
}
