import { useLiveQuery } from 'dexie-react-hooks';
import { columnHint } from '../../../../shared/records/ssda903-column-meanings';
import { useDeferredValue, useMemo, useState } from 'react';
import { countBySeverity } from '../../../../shared/records/problem';
import { useApp } from '../../app/app-context';
import { placedProblemsOf, type ProblemEntry } from '../../db/problems-repository';
import type { ImportRecord } from '../../db/schema';
import { ProblemFilters } from './ProblemFilters';
import { filterChoices, filterProblems, noFilter, placeOf } from './problem-filter';
import { rowHref } from './records-query';
import { SeverityCountTag, SeverityTag } from './SeverityTag';
import { VirtualTable, type VirtualColumn } from './VirtualTable';

/** Fits a two-line message at the desktop type size (25px lines + 20px padding + border). */
const ROW_HEIGHT = 72;

function columnsFor(inspectionId: string): readonly VirtualColumn<ProblemEntry>[] {
  return [
    {
      // The table or sheet (the file is in the heading); the whole place on hover.
      header: 'File or table',
      width: '18%',
      cell: ({ problem: p }) => <span title={placeOf(p)}>{p.sheet ?? p.file}</span>,
    },
    {
      header: 'Row',
      width: '7rem',
      numeric: true,
      // The row number links to the row itself in the rows view.
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
      header: 'Column',
      width: '14%',
      // A 903 column code with its meaning, as the rows table's header hints give it.
      cell: (e) => {
        const column = e.problem.column ?? '';
        const hint = columnHint(e.table ?? '', column);
        const text = hint === undefined ? column : `${column} (${hint.meaning})`;
        return <span title={text}>{text}</span>;
      },
    },
    {
      header: 'Value',
      width: '14%',
      cell: ({ problem: p }) => <span title={p.value}>{p.value ?? ''}</span>,
    },
    {
      header: 'Problem',
      cell: ({ problem: p }) => (
        <div className="app-virtual-table__wrap" title={p.message}>
          <SeverityTag severity={p.severity} /> {p.message}
        </div>
      ),
    },
  ];
}

/**
 * One import's validation report: counts by severity and every problem in a
 * virtualised, filterable table (file or table, row, column, value, message).
 * Rows with problems are kept, not dropped; this is where they are found.
 */
export function ProblemsTable({
  inspectionId,
  record,
}: {
  readonly inspectionId: string;
  readonly record: ImportRecord;
}) {
  const { db } = useApp();
  const fileName = record.fileName;
  const entries = useLiveQuery(() => placedProblemsOf(db, record), [db, record]);
  const problems = useMemo(() => entries?.map((e) => e.problem), [entries]);
  const [filter, setFilter] = useState(noFilter);
  // Typing stays responsive on 10,000+ problems: the table catches up between keystrokes.
  const deferred = useDeferredValue(filter);
  const counts = useMemo(() => countBySeverity(problems ?? []), [problems]);
  const choices = useMemo(() => filterChoices(problems ?? []), [problems]);
  const shown = useMemo(() => {
    const kept = new Set(filterProblems(problems ?? [], deferred));
    return (entries ?? []).filter((e) => kept.has(e.problem));
  }, [entries, problems, deferred]);
  const columns = useMemo(() => columnsFor(inspectionId), [inspectionId]);

  const label = `Problems in ${fileName}`;
  return (
    <div>
      <h2 className="govuk-heading-m" id="problems-heading" tabIndex={-1}>
        {label}
      </h2>
      {problems === undefined || entries === undefined ? (
        <p className="govuk-body">Loading…</p>
      ) : (
        <>
          <p className="govuk-body" data-testid="severity-counts">
            <SeverityCountTag severity="error" count={counts.error} />{' '}
            <SeverityCountTag severity="warning" count={counts.warning} />{' '}
            <SeverityCountTag severity="info" count={counts.info} />
          </p>
          <p className="govuk-body">Rows with problems are kept; nothing is dropped.</p>
          {problems.length === 0 ? null : (
            <>
              <ProblemFilters
                filter={filter}
                places={choices.places}
                columns={choices.columns}
                onChange={setFilter}
              />
              <output className="govuk-body govuk-!-display-block">
                Showing {shown.length.toLocaleString('en-GB')} of{' '}
                {problems.length.toLocaleString('en-GB')} problems.
              </output>
              {shown.length === 0 ? (
                <p className="govuk-body">No problems match these filters.</p>
              ) : (
                <VirtualTable
                  label={label}
                  columns={columns}
                  rows={shown}
                  rowKey={({ problem: p }, index) =>
                    `${index}:${p.rule}:${p.row ?? ''}:${p.column ?? ''}`
                  }
                  rowHeight={ROW_HEIGHT}
                />
              )}
            </>
          )}
        </>
      )}
    </div>
  );
}
