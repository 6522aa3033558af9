/**
 * A table of the return as the DfE rules read it: parsed once into columns.
 * Hundreds of rules read the same few columns of the same ~300,000 rows; a
 * rule that parsed a date or trimmed a code from the row's text each time
 * spent most of the run doing that again. A view lists the rows of all the
 * table's files by position and, the first time a rule asks for a column,
 * parses the whole column: dates as day numbers, codes trimmed and
 * upper-cased as the DfE's checks compare them. Each child's rows are listed
 * by position once, in file order and in order of start.
 *
 * A view is made once per sources array (the rules of one run share the
 * arrays) and made again if a source's rows have changed since.
 */
import { parseDfeDate } from '../dates';
import { rowsOf } from '../rule-context';
import type { Ssda903Row, TableSource } from '../types';
import { ChildIndex } from './child-index';
import type { DfeFlag } from './rule';

/** Row positions of one child, in the order their rows come. */
export type Positions = readonly number[];

const SPACE = 32;
const LOWER_A = 97;
const LOWER_Z = 122;
const DELETE = 127;

/**
 * A code as the DfE compares it: trimmed and upper-cased. Most cells already
 * are, and are kept as they are without making a new string.
 */
export function normalCode(text: string): string {
  const last = text.length - 1;
  let clean = last < 0 || (text.charCodeAt(0) > SPACE && text.charCodeAt(last) > SPACE);
  for (let at = 0; clean && at <= last; at += 1) {
    const char = text.charCodeAt(at);
    clean = char < LOWER_A || (char > LOWER_Z && char < DELETE);
  }
  return clean ? text : text.trim().toUpperCase();
}

/**
 * Whether `positions` are already in the order a stable sort by `days`
 * would give (as inOrderOf sorts): dates never decreasing, and no row
 * without a date before one with a date (those go last). Then the sort
 * would change nothing, and is not made.
 */
export function inOrder(positions: Positions, days: readonly (number | undefined)[]): boolean {
  let before = Number.NEGATIVE_INFINITY;
  for (let nth = 0; nth < positions.length; nth += 1) {
    const day = days[positions[nth] ?? -1] ?? Number.POSITIVE_INFINITY;
    if (day < before) return false;
    before = day;
  }
  return true;
}

export class TableView {
  readonly length: number;
  /** Each row's source (file and table), by position. */
  readonly sources: readonly TableSource[];
  readonly rows: readonly Ssda903Row[];
  /** Each row with its source, as rowsOf lists them (for the rules that read rows). */
  readonly entries: readonly (readonly [TableSource, Ssda903Row])[];
  /** Each row's CHILD, trimmed ('' when blank). */
  readonly child: readonly string[];
  private readonly dateColumns = new Map<string, readonly (number | undefined)[]>();
  private readonly codeColumns = new Map<string, readonly string[]>();
  private readonly present = new Map<string, readonly boolean[]>();
  private children: ChildIndex<Positions> | undefined;
  private readonly ordered = new Map<string, ChildIndex<Positions>>();

  constructor(sources: readonly TableSource[]) {
    const entries = rowsOf(sources);
    this.entries = entries;
    this.length = entries.length;
    this.sources = entries.map(([source]) => source);
    this.rows = entries.map(([, row]) => row);
    this.child = this.rows.map((row) => (row.values.CHILD ?? '').trim());
  }

  /**
   * A column's DfE dates as day numbers; undefined where the cell is blank,
   * missing or not a `dd/mm/yyyy` day (the text is not trimmed, as the
   * readers do not trim dates).
   */
  date(column: string): readonly (number | undefined)[] {
    let days = this.dateColumns.get(column);
    if (days === undefined) {
      days = this.rows.map((row) => {
        const value = row.values[column];
        return value === undefined || value === '' ? undefined : parseDfeDate(value);
      });
      this.dateColumns.set(column, days);
    }
    return days;
  }

  /**
   * A column's codes, trimmed and upper-cased as the DfE's checks compare
   * them ('' when blank or missing, so a blank cell is `codes[at] === ''`).
   */
  code(column: string): readonly string[] {
    let codes = this.codeColumns.get(column);
    if (codes === undefined) {
      codes = this.rows.map((row) => normalCode(row.values[column] ?? ''));
      this.codeColumns.set(column, codes);
    }
    return codes;
  }

  /**
   * Whether each row has the column at all (a CSV return has no Header
   * `UASC`; an XML one has): rules that check a cell skip rows without it.
   */
  has(column: string): readonly boolean[] {
    let present = this.present.get(column);
    if (present === undefined) {
      present = this.rows.map((row) => row.values[column] !== undefined);
      this.present.set(column, present);
    }
    return present;
  }

  /** The positions of each child's rows (rows with a blank CHILD are left out), in file order. */
  byChild(): ChildIndex<Positions> {
    if (this.children === undefined) {
      const children = new Map<string, number[]>();
      const ids = this.child;
      for (let at = 0; at < ids.length; at += 1) {
        const child = ids[at];
        if (child === undefined || child === '') continue;
        const positions = children.get(child);
        if (positions === undefined) children.set(child, [at]);
        else positions.push(at);
      }
      this.children = new ChildIndex(children);
    }
    return this.children;
  }

  /**
   * Each child's rows in the order of a date column (earliest first, ties
   * in file order); rows whose date is blank or not a date come last, in
   * file order, so a bad date never slots a row into the middle.
   */
  inOrderOf(column: string): ChildIndex<Positions> {
    let children = this.ordered.get(column);
    if (children === undefined) {
      const days = this.date(column);
      const key = (at: number): number => days[at] ?? Number.POSITIVE_INFINITY;
      const sorted = new Map<string, Positions>();
      for (const [child, positions] of this.byChild()) {
        // Most children's rows already come in date order: those are kept as they are.
        sorted.set(
          child,
          inOrder(positions, days) ? positions : positions.toSorted((a, b) => key(a) - key(b)),
        );
      }
      children = new ChildIndex(sorted);
      this.ordered.set(column, children);
    }
    return children;
  }

  /** The columns of `columns` filled in (not blank) on the row at `at`. */
  given(at: number, columns: readonly string[]): string[] {
    return columns.filter((column) => this.code(column)[at] !== '');
  }

  /** Flags the row at `at` (see DfeFlag). */
  flag(flag: DfeFlag, at: number, columns: string | readonly string[], note?: string): void {
    const source = this.sources[at];
    if (source === undefined) return;
    if (note === undefined) flag(source, this.rows[at], columns);
    else flag(source, this.rows[at], columns, note);
  }
}

/**
 * A column worked out from a view once and shared by the rules that read it
 * (e.g. each episode's last day): `make` runs the first time a view is asked.
 */
export function perView<T>(make: (table: TableView) => T): (table: TableView) => T {
  const made = new WeakMap<TableView, T>();
  return (table) => {
    let known = made.get(table);
    if (known === undefined) {
      known = make(table);
      made.set(table, known);
    }
    return known;
  };
}

/** A table with no rows, for a table the return does not have. */
const EMPTY = new TableView([]);

/** Views already made, by sources, with the rows arrays and lengths they were made of. */
const made = new WeakMap<
  readonly TableSource[],
  { readonly view: TableView; readonly of: readonly (readonly [readonly Ssda903Row[], number])[] }
>();

function stillMade(
  sources: readonly TableSource[],
  of: readonly (readonly [readonly Ssda903Row[], number])[],
): boolean {
  return (
    of.length === sources.length &&
    sources.every((source, at) => of[at]?.[0] === source.rows && of[at]?.[1] === source.rows.length)
  );
}

/** The view of a table's sources (shared between rules: read-only). */
export function view(sources: readonly TableSource[] | undefined): TableView {
  if (sources === undefined || sources.length === 0) return EMPTY;
  const known = made.get(sources);
  if (known !== undefined && stillMade(sources, known.of)) return known.view;
  const fresh = new TableView(sources);
  made.set(sources, {
    view: fresh,
    of: sources.map((source) => [source.rows, source.rows.length] as const),
  });
  return fresh;
}
