import { useMemo } from 'react';
import { ruleLabel } from '../../../../shared/records/labels';
import { columnHint } from '../../../../shared/records/ssda903-column-meanings';
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

/** A name given two lines before it clips. */
function wrapped(text: string | undefined) {
  return (
    <div className="app-virtual-table__wrap app-virtual-table__wrap--name" title={text}>
      {text ?? ''}
    </div>
  );
}

function columnsFor(
  inspectionId: string,
  ownerName: (owner: string) => string,
): readonly VirtualColumn<ProblemEntry>[] {
  return [
    {
      header: 'Severity',
      width: '6.5rem',
      cell: (e) => <SeverityTag severity={e.problem.severity} />,
    },
    { header: 'Records of', width: '9rem', cell: (e) => wrapped(ownerName(e.owner)) },
    {
      header: 'File',
      width: '11rem',
      cell: (e) => wrapped(e.period === 'previous' ? `${e.fileName} (previous year)` : e.fileName),
      rowHeader: true,
    },
    { header: 'Table', width: '6rem', cell: (e) => wrapped(e.table ?? e.problem.sheet) },
    {
      header: 'Row',
      width: '5rem',
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
      width: '7rem',
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
    {
      header: 'Column',
      width: '10rem',
      // A 903 column code with its meaning, as the rows table's header hints give it.
      cell: (e) => {
        const column = e.problem.column;
        const hint = column === undefined ? undefined : columnHint(e.table ?? '', column);
        return wrapped(hint === undefined ? column : `${column} (${hint.meaning})`);
      },
    },
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
      minWidth="94rem"
      compact
    />
  );
}
