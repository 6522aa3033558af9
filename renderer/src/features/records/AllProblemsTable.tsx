import { useMemo } from 'react';
import { ruleLabel } from '../../../../shared/records/labels';
import { hrefFor } from '../../app/router';
import type { ProblemEntry } from '../../db/problems-repository';
import { rowHref } from './records-query';
import { SeverityTag } from './SeverityTag';
import { VirtualTable, type VirtualColumn } from './VirtualTable';

/** Fits a two-line message at the desktop type size (25px lines + 20px padding + border). */
const ROW_HEIGHT = 72;

/** Text that clips to its cell, whole on hover. */
function clipped(text: string | undefined) {
  return <span title={text}>{text ?? ''}</span>;
}

function columnsFor(
  inspectionId: string,
  ownerName: (owner: string) => string,
): readonly VirtualColumn<ProblemEntry>[] {
  return [
    { header: 'Records of', width: '10rem', cell: (e) => clipped(ownerName(e.owner)) },
    { header: 'File', width: '12rem', cell: (e) => clipped(e.fileName), rowHeader: true },
    { header: 'Table', width: '7rem', cell: (e) => clipped(e.table ?? e.problem.sheet) },
    {
      header: 'Row',
      width: '6rem',
      numeric: true,
      cell: (e) => {
        const number = e.problem.row?.toLocaleString('en-GB') ?? '';
        if (e.position === undefined || e.table === undefined) return number;
        return (
          <a className="govuk-link" href={rowHref(inspectionId, e.importId, e.table, e.position)}>
            {number}
            <span className="govuk-visually-hidden">
              {' '}
              (row of {e.table} in {e.fileName})
            </span>
          </a>
        );
      },
    },
    {
      header: 'Child',
      width: '8rem',
      cell: (e) =>
        e.childId === undefined ? (
          ''
        ) : (
          <a
            className="govuk-link"
            href={hrefFor({ name: 'child', inspectionId, childId: e.childId })}
          >
            {e.childId}
          </a>
        ),
    },
    { header: 'Column', width: '9rem', cell: (e) => clipped(e.problem.column) },
    { header: 'Value', width: '7rem', cell: (e) => clipped(e.problem.value) },
    {
      header: 'Rule',
      width: '12rem',
      cell: (e) => (
        <div className="app-virtual-table__wrap" title={e.problem.rule}>
          {ruleLabel(e.problem.rule)}
        </div>
      ),
    },
    {
      header: 'Message',
      width: '24rem',
      cell: (e) => (
        <div className="app-virtual-table__wrap" title={e.problem.message}>
          {e.problem.message}
        </div>
      ),
    },
    {
      header: 'Severity',
      width: '7rem',
      cell: (e) => <SeverityTag severity={e.problem.severity} />,
    },
  ];
}

/** The problems across files in one virtualised table; a problem's row number links to its row. */
export function AllProblemsTable({
  inspectionId,
  entries,
  ownerName,
}: {
  readonly inspectionId: string;
  readonly entries: readonly ProblemEntry[];
  readonly ownerName: (owner: string) => string;
}) {
  const columns = useMemo(() => columnsFor(inspectionId, ownerName), [inspectionId, ownerName]);
  return (
    <VirtualTable
      label="Problems in all files"
      columns={columns}
      rows={entries}
      rowKey={(e, index) => `${index}:${e.importId}:${e.problem.rule}:${e.problem.row ?? ''}`}
      rowHeight={ROW_HEIGHT}
      minWidth="102rem"
    />
  );
}
