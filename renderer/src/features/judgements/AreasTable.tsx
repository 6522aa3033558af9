import type { AreaId, GapReason } from '../../../../shared/domain';
import { Table } from '../../components/govuk/Table';
import type { AreaRow } from './area-rows';
import { GradeTag } from './GradeTag';

const gapHints: Readonly<Record<GapReason, string>> = {
  'no-evidence': 'No evidence yet',
  'no-grade': 'Not graded yet',
  'no-rationale': 'No rationale',
};

function areaCell(row: AreaRow) {
  return (
    <>
      {row.label}
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

function gradeCell(row: AreaRow) {
  return <GradeTag grade={row.grade} />;
}

function actionCell(row: AreaRow, href: string, onOpen: (area: AreaId) => void) {
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
 * Every gradable area with its grade, who prepared and moderated it, and a
 * link to grade it. The link opens the area on this screen (in-page state:
 * routes are hash paths with no room for a query).
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
    <Table
      caption="Grades by judgement area"
      rows={rows}
      rowKey={(row) => row.area}
      columns={[
        { header: 'Judgement area', cell: areaCell },
        { header: 'Grade', cell: gradeCell },
        { header: 'Prepared by', cell: (row) => row.preparedBy ?? '—' },
        { header: 'Moderated by', cell: (row) => row.moderatedBy ?? 'Not moderated' },
        {
          header: <span className="govuk-visually-hidden">Action</span>,
          cell: (row) => actionCell(row, href, onOpen),
        },
      ]}
    />
  );
}
