import { useCallback, useLayoutEffect, useRef, useState, type ReactNode } from 'react';
import './virtual-table.scss';
import { rowWindow } from './virtual-window';

/** One column of a {@link VirtualTable}. */
export type VirtualColumn<T> = {
  readonly header: ReactNode;
  readonly cell: (row: T) => ReactNode;
  /** A CSS width, e.g. `8rem`; columns without one share what is left. */
  readonly width?: string;
  readonly numeric?: boolean;
  /** The column that names each row: its cells are row headers (`<th scope="row">`). */
  readonly rowHeader?: boolean;
};

/** A row to bring into view, mark and focus; a new `seq` does it again for the same row. */
export type VirtualTarget = { readonly index: number; readonly seq: number };

/** Rows rendered beyond each edge of the visible area, so fast scrolling shows no blank rows. */
const OVERSCAN = 10;

/** More rows than fit in the box's 32rem, so it can take a fixed height (see virtual-table.scss). */
const LONG = 12;

/**
 * A GOV.UK table for long lists (10,000+ rows): only the rows in view, plus
 * overscan, are in the DOM; spacer rows stand in for the rest. Rows have a
 * fixed height (cells clip, see virtual-table.css). It stays a real table
 * with column headers; `aria-rowcount` and `aria-rowindex` tell screen
 * readers how many rows there are and where each rendered one sits
 * (https://www.w3.org/WAI/ARIA/apg/patterns/table/). The scrolling box is
 * focusable, so keyboard users scroll it with the arrow and page keys.
 */
export function VirtualTable<T>({
  label,
  columns,
  rows,
  rowKey,
  rowHeight,
  minWidth,
  compact = false,
  target,
}: {
  /** Names both the table (its caption) and the scrolling region. */
  readonly label: string;
  readonly columns: readonly VirtualColumn<T>[];
  readonly rows: readonly T[];
  readonly rowKey: (row: T, index: number) => string;
  /** Every row's height in px: at least the tallest content a row can hold. */
  readonly rowHeight: number;
  /** A CSS width the table keeps however narrow the page, e.g. for many columns; the box scrolls sideways. */
  readonly minWidth?: string;
  /** Smaller text (GOV.UK's 16px), for a table with many columns. */
  readonly compact?: boolean;
  /** The row found (from a search or an address): scrolled to the middle, marked and focused. */
  readonly target?: VirtualTarget | undefined;
}) {
  const box = useRef<HTMLElement>(null);
  const targetRow = useRef<HTMLTableRowElement>(null);
  const pendingFocus = useRef<number | undefined>(undefined);
  const head = useRef<HTMLTableSectionElement>(null);
  const [view, setView] = useState({ start: 0, end: 0 });

  const update = useCallback(() => {
    const element = box.current;
    if (element === null) return;
    // The sticky header covers the top of the box, so rows show below it.
    const headHeight = head.current?.offsetHeight ?? 0;
    const next = rowWindow({
      scrollTop: element.scrollTop,
      viewportHeight: element.clientHeight - headHeight,
      rowHeight,
      count: rows.length,
      overscan: OVERSCAN,
    });
    setView((current) =>
      current.start === next.start && current.end === next.end
        ? current
        : { start: next.start, end: next.end },
    );
  }, [rowHeight, rows.length]);

  // New rows (another filter, another table) start from the top.
  const shownRows = useRef(rows);
  useLayoutEffect(() => {
    if (shownRows.current !== rows) {
      shownRows.current = rows;
      if (box.current !== null) box.current.scrollTop = 0;
    }
    update();
  }, [rows, update]);

  // A found row: scroll it to the middle of the box, then focus it once rendered.
  useLayoutEffect(() => {
    const element = box.current;
    if (target === undefined || element === null) return;
    const headHeight = head.current?.offsetHeight ?? 0;
    const visible = element.clientHeight - headHeight;
    element.scrollTop = Math.max(0, target.index * rowHeight - visible / 2 + rowHeight / 2);
    pendingFocus.current = target.index;
    update();
  }, [target, rowHeight, update]);

  useLayoutEffect(() => {
    if (pendingFocus.current === undefined || targetRow.current === null) return;
    pendingFocus.current = undefined;
    targetRow.current.focus();
  });

  useLayoutEffect(() => {
    const element = box.current;
    if (element === null || typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver(update);
    observer.observe(element);
    return () => observer.disconnect();
  }, [update]);

  const start = Math.min(view.start, rows.length);
  const end = Math.min(view.end, rows.length);
  const spacer = (height: number, key: string) =>
    height <= 0 ? null : (
      <tr className="app-virtual-table__spacer" aria-hidden="true" key={key} style={{ height }}>
        {/* oxlint-disable-next-line jsx-a11y/control-has-associated-label -- an empty, aria-hidden spacer standing in for rows not rendered */}
        <td colSpan={columns.length} />
      </tr>
    );
  const numeric = (column: VirtualColumn<T>, kind: 'header' | 'cell') =>
    column.numeric === true ? ` govuk-table__${kind}--numeric` : '';

  return (
    <section
      className={`app-virtual-table${rows.length > LONG ? ' app-virtual-table--long' : ''}`}
      ref={box}
      aria-label={label}
      // A scrolling box must take focus so keyboard users can scroll it (WCAG 2.1.1;
      // axe scrollable-region-focusable).
      // oxlint-disable-next-line jsx-a11y/no-noninteractive-tabindex
      tabIndex={0}
      onScroll={update}
    >
      <table
        className={`govuk-table app-virtual-table__table${compact ? ' app-virtual-table__table--compact' : ''}`}
        aria-rowcount={rows.length + 1}
        style={minWidth === undefined ? undefined : { minWidth }}
      >
        <caption className="govuk-visually-hidden">{label}</caption>
        <colgroup>
          {columns.map((column, index) => (
            <col
              key={index}
              style={column.width === undefined ? undefined : { width: column.width }}
            />
          ))}
        </colgroup>
        <thead className="govuk-table__head app-virtual-table__head" ref={head}>
          <tr className="govuk-table__row" aria-rowindex={1}>
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
          {spacer(start * rowHeight, 'before')}
          {rows.slice(start, end).map((row, offset) => {
            const isTarget = target?.index === start + offset;
            return (
              <tr
                className={`govuk-table__row${isTarget ? ' app-virtual-table__row--target' : ''}`}
                key={rowKey(row, start + offset)}
                aria-rowindex={start + offset + 2}
                style={{ height: rowHeight }}
                {...(isTarget ? { ref: targetRow, tabIndex: -1, 'aria-current': true } : {})}
              >
                {columns.map((column, index) =>
                  column.rowHeader === true ? (
                    <th
                      scope="row"
                      className={`govuk-table__header${numeric(column, 'header')}`}
                      key={index}
                    >
                      {column.cell(row)}
                    </th>
                  ) : (
                    <td className={`govuk-table__cell${numeric(column, 'cell')}`} key={index}>
                      {column.cell(row)}
                    </td>
                  ),
                )}
              </tr>
            );
          })}
          {spacer((rows.length - end) * rowHeight, 'after')}
        </tbody>
      </table>
    </section>
  );
}
