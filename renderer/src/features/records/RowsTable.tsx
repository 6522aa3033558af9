import { useLiveQuery } from 'dexie-react-hooks';
import { useMemo, useState } from 'react';
import { childIdOfRow, isChildColumn } from '../../../../shared/records/problem-place';
import { columnHint, type ColumnHint } from '../../../../shared/records/ssda903-column-meanings';
import { useApp } from '../../app/app-context';
import { hrefFor } from '../../app/router';
import { Select } from '../../components/govuk/Select';
import { rowsOf } from '../../db/imports-repository';
import type { ImportRecord } from '../../db/schema';
import { ColumnMeanings } from './ColumnMeanings';
import { findRows, nextMatch } from './row-find';
import { RowFinder, type FindOutcome } from './RowFinder';
import { cellText, columnsOf, rowNumberOf } from './row-view';
import { VirtualTable, type VirtualColumn, type VirtualTarget } from './VirtualTable';

/** One line of text at the desktop type size (25px + 20px padding + border). */
const ROW_HEIGHT = 48;

function valueCell(
  inspectionId: string,
  name: string,
  hint: ColumnHint | undefined,
): VirtualColumn<unknown> {
  return {
    // The code as the file heads it; its meaning for screen readers and on hover.
    header: (
      <span title={hint === undefined ? name : `${name}: ${hint.meaning}`}>
        {name}
        {hint === undefined ? null : (
          <span className="govuk-visually-hidden"> ({hint.meaning})</span>
        )}
      </span>
    ),
    width: '10rem',
    cell: (row) => {
      const text = cellText(row, name);
      const child = isChildColumn(name) ? childIdOfRow(row) : undefined;
      if (child !== undefined)
        return (
          <a className="govuk-link" href={hrefFor({ name: 'child', inspectionId, childId: child })}>
            {text}
          </a>
        );
      return <span title={text}>{text}</span>;
    },
  };
}

/** The row's number in its file (naming the row), then the data's own columns. */
function columnsFor(
  inspectionId: string,
  names: readonly string[],
  hints: ReadonlyMap<string, ColumnHint>,
): readonly VirtualColumn<unknown>[] {
  return [
    {
      header: 'Row',
      width: '6rem',
      numeric: true,
      rowHeader: true,
      cell: (row) => rowNumberOf(row)?.toLocaleString('en-GB') ?? '',
    },
    ...names.map((name) => valueCell(inspectionId, name, hints.get(name))),
  ];
}

function describe(found: readonly unknown[], at: number, more: string): string {
  const number = rowNumberOf(found[at])?.toLocaleString('en-GB') ?? String(at + 1);
  const child = childIdOfRow(found[at]);
  return `Row ${number}${child === undefined ? '' : ` of child ${child}`} is highlighted${more}.`;
}

/**
 * The imported rows themselves, one table (SSDA903 table, Annex A list,
 * provider-list sheet) at a time, with the column headers from the data
 * (codes explained), each row's number in its file, child ids linking to
 * the child, and a search for a child or row that scrolls to it. The table
 * and the row found are in the address (`table`, `row`).
 */
export function RowsTable({
  inspectionId,
  record,
  table: asked,
  row: askedRow,
  onView,
}: {
  readonly inspectionId: string;
  readonly record: ImportRecord;
  readonly table: string | undefined;
  /** 1-based position of the row to bring into view, as stored. */
  readonly row: number | undefined;
  readonly onView: (table: string, row: number | undefined) => void;
}) {
  const { db } = useApp();
  const tables = Object.entries(record.tables);
  const table = tables.find(([name]) => name === asked)?.[0] ?? tables[0]?.[0];
  const rows = useLiveQuery(
    () => (table === undefined ? Promise.resolve([]) : rowsOf(db, record.id, table)),
    [db, record.id, table],
  );
  const names = useMemo(() => columnsOf(rows ?? []), [rows]);
  // A handful of columns: worked out each render (the React compiler memoises them).
  const hints = new Map(
    names.flatMap((name) => {
      const hint = table === undefined ? undefined : columnHint(table, name);
      return hint === undefined ? [] : [[name, hint] as const];
    }),
  );
  const columns = columnsFor(inspectionId, names, hints);
  const [finds, setFinds] = useState(0);
  const [outcome, setOutcome] = useState<FindOutcome>({ status: 'none' });
  const index = askedRow === undefined ? undefined : askedRow - 1;
  const target = useMemo<VirtualTarget | undefined>(
    () =>
      index === undefined || rows === undefined || index >= rows.length
        ? undefined
        : { index, seq: finds },
    [index, rows, finds],
  );

  if (table === undefined) return null;

  function find(query: string) {
    if (rows === undefined || table === undefined) return;
    const matches = findRows(rows, query);
    const next = nextMatch(matches, index);
    if (next === undefined) {
      setOutcome({
        status: 'missing',
        text:
          query.trim() === ''
            ? 'Enter a child ID or a row number to find'
            : `No row in ${table} has the child ID or row number “${query.trim()}”: check it, or choose another table`,
      });
      return;
    }
    const which =
      matches.length > 1
        ? ` (${matches.indexOf(next) + 1} of ${matches.length}; Find again for the next)`
        : '';
    setOutcome({ status: 'found', text: describe(rows, next, which) });
    setFinds((n) => n + 1);
    onView(table, next + 1);
  }

  const label = `Rows of ${table} in ${record.fileName}`;
  const coded = [...hints];
  // A row named by the address on arrival is announced as a found one is.
  const shownOutcome: FindOutcome =
    outcome.status === 'none' && rows !== undefined && target !== undefined
      ? { status: 'found', text: describe(rows, target.index, '') }
      : outcome;
  return (
    <div>
      <h2 className="govuk-heading-m" id="rows-heading" tabIndex={-1}>
        Rows in {record.fileName}
      </h2>
      {tables.length > 1 ? (
        <Select
          id="rows-table"
          label="Table"
          labelClass="govuk-label--s"
          value={table}
          options={tables.map(([name, count]) => ({
            value: name,
            label: `${name} (${count.toLocaleString('en-GB')} rows)`,
          }))}
          onChange={(name) => {
            setOutcome({ status: 'none' });
            onView(name, undefined);
          }}
        />
      ) : null}
      {rows === undefined ? (
        <p className="govuk-body">Loading…</p>
      ) : rows.length === 0 ? (
        <p className="govuk-body">{table} has no rows.</p>
      ) : (
        <>
          <p className="govuk-body">
            {table}: {rows.length.toLocaleString('en-GB')} rows, {columns.length - 1} columns.
          </p>
          <RowFinder table={table} outcome={shownOutcome} onFind={find} key={table} />
          <VirtualTable
            label={label}
            columns={columns}
            rows={rows}
            rowKey={(row, i) => `${i}:${rowNumberOf(row) ?? ''}`}
            rowHeight={ROW_HEIGHT}
            minWidth={`${6 + (columns.length - 1) * 10}rem`}
            target={target}
          />
          <ColumnMeanings hints={coded} />
        </>
      )}
    </div>
  );
}
