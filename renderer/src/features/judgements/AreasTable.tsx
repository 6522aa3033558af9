import type { AreaId, GapReason } from '../../../../shared/domain';
import type { AreaRow } from './area-rows';
import { GradeTag } from './GradeTag';
import './judgements.scss';

const gapHints: Readonly<Record<GapReason, string>> = {
  'no-evidence': 'No evidence yet',
  'no-grade': 'Not graded yet',
  'no-rationale': 'No rationale',
};

function hints(row: AreaRow) {
  return (
    <>
      {row.required ? null : <div className="govuk-hint govuk-!-margin-bottom-0">Optional</div>}
      {row.gaps
        .filter((gap) => gap !== 'no-grade')
        .map((gap) => (
          <div className="govuk-hint govuk-!-margin-bottom-0" key={gap}>
            {gapHints[gap]}
          </div>
        ))}
    </>
  );
}

function findingsText(row: AreaRow): string {
  if (row.findings === null) return 'No section of its own';
  return row.findings === 0 ? 'None yet' : String(row.findings);
}

function ActionLink({
  row,
  href,
  onOpen,
}: {
  readonly row: AreaRow;
  readonly href: string;
  readonly onOpen: (area: AreaId) => void;
}) {
  return (
    <a
      className="govuk-link"
      href={href}
      onClick={(event) => {
        event.preventDefault();
        onOpen(row.area);
      }}
    >
      {row.grade === null ? 'Grade' : 'Change'}
      <span className="govuk-visually-hidden"> {row.label}</span>
    </a>
  );
}

/**
 * Every gradable area with its grade, who prepared and moderated it, its
 * findings and a link to grade it: a GOV.UK table with the area as each row's
 * header (https://design-system.service.gov.uk/components/table/) on wide
 * windows, and one summary card per area on narrow ones
 * (https://design-system.service.gov.uk/components/summary-list/#summary-cards).
 */
export function AreasTable({
  rows,
  href,
  onOpen,
}: {
  readonly rows: readonly AreaRow[];
  readonly href: string;
  readonly onOpen: (area: AreaId) => void;
}) {
  return (
    <>
      <table className="govuk-table app-areas-table">
        <caption className="govuk-table__caption govuk-table__caption--m">
          Grades by judgement area
        </caption>
        <thead className="govuk-table__head">
          <tr className="govuk-table__row">
            <th scope="col" className="govuk-table__header">
              Judgement area
            </th>
            <th scope="col" className="govuk-table__header">
              Grade
            </th>
            <th scope="col" className="govuk-table__header">
              Prepared by
            </th>
            <th scope="col" className="govuk-table__header">
              Moderated by
            </th>
            <th scope="col" className="govuk-table__header">
              Findings
            </th>
            <th scope="col" className="govuk-table__header">
              <span className="govuk-visually-hidden">Action</span>
            </th>
          </tr>
        </thead>
        <tbody className="govuk-table__body">
          {rows.map((row) => (
            <tr className="govuk-table__row" key={row.area}>
              <th scope="row" className="govuk-table__header">
                {row.label}
                {hints(row)}
              </th>
              <td className="govuk-table__cell">
                <GradeTag grade={row.grade} />
              </td>
              <td className="govuk-table__cell">{row.preparedBy ?? '—'}</td>
              <td className="govuk-table__cell">{row.moderatedBy ?? 'Not moderated'}</td>
              <td className="govuk-table__cell">{findingsText(row)}</td>
              <td className="govuk-table__cell">
                <ActionLink row={row} href={href} onOpen={onOpen} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <div className="app-areas-cards">
        <h2 className="govuk-heading-m">Grades by judgement area</h2>
        {rows.map((row) => (
          <div className="govuk-summary-card" key={row.area}>
            <div className="govuk-summary-card__title-wrapper">
              <h3 className="govuk-summary-card__title">{row.label}</h3>
              <ul className="govuk-summary-card__actions">
                <li className="govuk-summary-card__action">
                  <ActionLink row={row} href={href} onOpen={onOpen} />
                </li>
              </ul>
            </div>
            <div className="govuk-summary-card__content">
              {hints(row)}
              <dl className="govuk-summary-list">
                <div className="govuk-summary-list__row">
                  <dt className="govuk-summary-list__key">Grade</dt>
                  <dd className="govuk-summary-list__value">
                    <GradeTag grade={row.grade} />
                  </dd>
                </div>
                <div className="govuk-summary-list__row">
                  <dt className="govuk-summary-list__key">Prepared by</dt>
                  <dd className="govuk-summary-list__value">{row.preparedBy ?? '—'}</dd>
                </div>
                <div className="govuk-summary-list__row">
                  <dt className="govuk-summary-list__key">Moderated by</dt>
                  <dd className="govuk-summary-list__value">
                    {row.moderatedBy ?? 'Not moderated'}
                  </dd>
                </div>
                <div className="govuk-summary-list__row">
                  <dt className="govuk-summary-list__key">Findings</dt>
                  <dd className="govuk-summary-list__value">{findingsText(row)}</dd>
                </div>
              </dl>
            </div>
          </div>
        ))}
      </div>
    </>
  );
}
