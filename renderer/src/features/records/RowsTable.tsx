import { useLiveQuery } from 'dexie-react-hooks';
import { useMemo, useState } from 'react';
import { useApp } from '../../app/app-context';
import { Select } from '../../components/govuk/Select';
import { rowsOf } from '../../db/imports-repository';
import type { ImportRecord } from '../../db/schema';
import { cellText, columnsOf, rowNumberOf } from './row-view';
import { VirtualTable, type VirtualColumn } from './VirtualTable';

/** One line of text at the desktop type size (25px + 20px padding + border). */
const ROW_HEIGHT = 48;

function valueCell(name: string): VirtualColumn<unknown> {
  return {
    header: <span title={name}>{name}</span>,
    width: '10rem',
    cell: (row) => {
      const text = cellText(row, name);
      return <span title={text}>{text}</span>;
    },
  };
}

/** The row's number in its file, then the data's own columns. */
function columnsFor(names: readonly string[]): readonly VirtualColumn<unknown>[] {
  return [
    {
      header: 'Row',
      width: '6rem',
      numeric: true,
      cell: (row) => rowNumberOf(row)?.toLocaleString('en-GB') ?? '',
    },
    ...names.map(valueCell),
  ];
}

/**
 * The imported rows themselves, one table (SSDA903 table, Annex A list,
 * provider-list sheet) at a time, with the column headers from the data and
 * each row's number in its file. Virtualised like the problems.
 */
export function RowsTable({ record }: { readonly record: ImportRecord }) {
  const { db } = useApp();
  const tables = Object.entries(record.tables);
  const [chosen, setChosen] = useState<string | undefined>();
  const table = tables.find(([name]) => name === chosen)?.[0] ?? tables[0]?.[0];
  const rows = useLiveQuery(
    () => (table === undefined ? Promise.resolve([]) : rowsOf(db, record.id, table)),
    [db, record.id, table],
  );
  const columns = useMemo(() => columnsFor(columnsOf(rows ?? [])), [rows]);

  if (table === undefined) return null;
  const label = `Rows of ${table} in ${record.fileName}`;
  return (
    <div>
      <h2 className="govuk-heading-m" id="rows-heading">
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
          onChange={setChosen}
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
          <VirtualTable
            label={label}
            columns={columns}
            rows={rows}
            rowKey={(row, index) => `${index}:${rowNumberOf(row) ?? ''}`}
            rowHeight={ROW_HEIGHT}
            minWidth={`${6 + (columns.length - 1) * 10}rem`}
          />
        </>
      )}
    </div>
  );
}
