/**
 * Cell checks compiled from the SSDA903 spec of a collection year
 * (spec-years/, generated from liia-tools-pipeline's schema and its yearly
 * diffs; test/fixtures/ssda903/spec-by-year/README.md): for every column its
 * type (DfE date `dd/mm/yyyy`, whole number, code list or free text) and
 * whether it may be blank. Each year is compiled once and cached. Like the
 * validator (`ingress.capitalise_object_dtype_cols`), codes are compared
 * upper-cased. Each check has a stable rule id
 * `903.<Table>.<COLUMN>.<blank|date|integer|code>`.
 */
import { clipped, quoted } from '../../limits';
import type { RecordProblem } from '../problem';
import { parseDfeDate } from './dates';
import { SPEC_BY_YEAR, specYearFor, type SpecYear } from './spec-years';
import type { SpecColumn } from './spec-types';
import { xmlColumns, type TableName } from './tables';
import { addProblem, type CollectionYear, type Ssda903Row } from './types';

/** What a column holds. */
export type ColumnKind = 'text' | 'date' | 'integer' | 'code';

/** A compiled column check. */
export type ColumnCheck = {
  readonly column: string;
  readonly kind: ColumnKind;
  readonly canBeBlank: boolean;
  /** Allowed codes, trimmed (the 2024 YAML has `"PCCHAN "`), for `code` columns. */
  readonly codes: ReadonlySet<string>;
  /** Label or alternative spelling → code (e.g. `Male` → `1`), used only to suggest the code. */
  readonly labels: Readonly<Record<string, string>>;
  /** The range an `integer` column allows (OC2 SDQ_SCORE: 0 to 40), when the spec gives one. */
  readonly min?: number;
  readonly max?: number;
  /** Where the rule comes from, for messages. */
  readonly source: string;
  /** Kinds of problem not to report for this column: a DfE rule in force reports them (spec-covered.ts). */
  readonly skip?: ReadonlySet<CheckKind>;
};

/** The kinds of cell problem: a blank that must be given, or a value not of its column's kind. */
export type CheckKind = 'blank' | 'date' | 'integer' | 'code';

/**
 * The spec year cell checks use when the caller gives no year and none can be
 * worked out from the episodes: 2023/24, the year the readers were first
 * written against, so a lone table reads as it always has.
 */
export const DEFAULT_SPEC_YEAR: SpecYear = '2023/24';

/** The spec year that checks `year` (the nearest when it has none), or the default. */
export function specYearOf(year: CollectionYear | undefined): SpecYear {
  return year === undefined ? DEFAULT_SPEC_YEAR : specYearFor(Number(year.start.slice(0, 4)));
}

/**
 * Columns the per-year YAML does not cover. DoLo postdates it: its shape follows
 * the validator's fake DoLo.csv (CHILD and DOB as in every table, a start date
 * that must be given and an end date that may be blank, like Missing's
 * MIS_START/MIS_END). Header.UASC exists only in tables built from XML: the
 * validator writes `1` or `0` (`ingress.py`), the XML has `1` or an empty
 * element (CLA.xsd: at most one character).
 */
const EXTRA_COLUMNS: Readonly<Partial<Record<TableName, Readonly<Record<string, SpecColumn>>>>> = {
  DoLo: {
    CHILD: { string: 'alphanumeric', canbeblank: false },
    DOB: { date: '%d/%m/%Y', canbeblank: false },
    DOLO_START: { date: '%d/%m/%Y', canbeblank: false },
    DOLO_END: { date: '%d/%m/%Y', canbeblank: true },
  },
  Header: { UASC: { category: [{ code: '0' }, { code: '1' }], canbeblank: true } },
};

function labelsOf(entry: SpecColumn): Record<string, string> {
  const labels: Record<string, string> = { ...entry.dictionary };
  for (const item of entry.category ?? []) {
    for (const name of [item.name ?? []].flat()) labels[name] = item.code.trim();
  }
  return labels;
}

function compile(column: string, entry: SpecColumn, source: string): ColumnCheck {
  const codes = new Set((entry.category ?? []).map((item) => item.code.trim().toUpperCase()));
  const kind: ColumnKind =
    entry.category !== undefined
      ? 'code'
      : entry.date !== undefined
        ? 'date'
        : entry.numeric !== undefined
          ? 'integer'
          : 'text';
  const range = typeof entry.numeric === 'object' ? entry.numeric : undefined;
  return {
    column,
    kind,
    canBeBlank: entry.canbeblank,
    codes,
    labels: labelsOf(entry),
    ...(range?.min_value === undefined ? {} : { min: range.min_value }),
    ...(range?.max_value === undefined ? {} : { max: range.max_value }),
    source,
  };
}

/** Whether the spec of `year` has the table at all (SW_Episodes only from 2023/24). */
export function tableInYear(table: TableName, year: CollectionYear | undefined): boolean {
  return (
    EXTRA_COLUMNS[table] !== undefined || SPEC_BY_YEAR[specYearOf(year)].tables[table] !== undefined
  );
}

const compiled = new Map<string, readonly ColumnCheck[]>();

/**
 * The checks for every column a table can have (XML's Header.UASC included)
 * under the spec of collection year `year` (the nearest year with a spec;
 * DEFAULT_SPEC_YEAR when undefined), compiled once per year and table. A
 * table the year's spec lacks has no checks (see `tableInYear`).
 */
export function columnChecks(table: TableName, year?: CollectionYear): readonly ColumnCheck[] {
  const specYear = specYearOf(year);
  const key = `${specYear} ${table}`;
  const known = compiled.get(key);
  if (known !== undefined) return known;
  const spec = SPEC_BY_YEAR[specYear].tables[table] ?? {};
  const extra = EXTRA_COLUMNS[table] ?? {};
  const source = `the ${specYear} SSDA903 spec`;
  const checks = xmlColumns(table).flatMap((column) => {
    const fromSpec = spec[column];
    if (fromSpec !== undefined) return [compile(column, fromSpec, source)];
    const fromExtra = extra[column];
    return fromExtra === undefined ? [] : [compile(column, fromExtra, 'the DfE 903 return')];
  });
  compiled.set(key, checks);
  return checks;
}

function isWholeNumber(text: string): boolean {
  if (text.length === 0) return false;
  const start = text.charCodeAt(0) === 45 ? 1 : 0; // a leading minus
  if (start === text.length) return false;
  for (let at = start; at < text.length; at += 1) {
    const code = text.charCodeAt(at);
    if (code < 48 || code > 57) return false;
  }
  return true;
}

function inRange(check: ColumnCheck, value: string): boolean {
  const number = Number(value);
  return (
    (check.min === undefined || number >= check.min) &&
    (check.max === undefined || number <= check.max)
  );
}

function integerMessage(check: ColumnCheck, value: string): string {
  if (!isWholeNumber(value))
    return `${check.column} "${quoted(value)}" is not a whole number, which ${check.source} requires.`;
  return `${check.column} "${quoted(value)}" is outside ${check.min ?? '…'} to ${check.max ?? '…'}, the range ${check.source} allows.`;
}

/** The message for a value that is not of its column's kind. */
const KIND_MESSAGES: Readonly<Record<ColumnKind, (check: ColumnCheck, value: string) => string>> = {
  text: () => '',
  date: (check, value) =>
    `${check.column} "${quoted(value)}" is not a date in the DfE form dd/mm/yyyy (for example 27/03/2008).`,
  integer: integerMessage,
  code: (check, value) => codeMessage(check, value),
};

function codeMessage(check: ColumnCheck, value: string): string {
  const label = check.labels[value] ?? check.labels[value.trim()];
  const hint =
    label === undefined
      ? ' Correct it in the case-management system and export the table again.'
      : ` The return needs the code "${label}" for "${quoted(value)}".`;
  return `${check.column} "${quoted(value)}" is not a valid code under ${check.source}, which allows ${[...check.codes].join(', ')}.${hint}`;
}

/** The problem with one cell, or undefined when it is fine (or a DfE rule reports it). */
function cellProblem(
  check: ColumnCheck,
  value: string,
): Omit<RecordProblem, 'file' | 'sheet' | 'row'> | undefined {
  if (value === '') {
    if (check.canBeBlank || check.skip?.has('blank') === true) return undefined;
    return {
      rule: 'blank',
      severity: 'error',
      column: check.column,
      value,
      message: `${check.column} is blank, but ${check.source} says it must be given. Fill it in and export the table again.`,
    };
  }
  const fine =
    check.kind === 'text' ||
    (check.kind === 'date' && parseDfeDate(value) !== undefined) ||
    (check.kind === 'integer' && isWholeNumber(value) && inRange(check, value)) ||
    (check.kind === 'code' && check.codes.has(value.toUpperCase()));
  if (fine || check.skip?.has(check.kind) === true) return undefined;
  return {
    rule: check.kind,
    severity: 'error',
    column: check.column,
    value: clipped(value),
    message: KIND_MESSAGES[check.kind](check, value),
  };
}

/**
 * Checks every cell of one row against the spec, adding each problem to
 * `problems` and marking the row. Columns the row lacks are skipped.
 */
export function checkRow(
  file: string,
  table: TableName,
  checks: readonly ColumnCheck[],
  row: Ssda903Row,
  problems: RecordProblem[],
): void {
  // Indexed: this runs for every row of a return (a for-of makes an iterator per row).
  for (let at = 0; at < checks.length; at += 1) {
    const check = checks[at];
    if (check === undefined) continue;
    const value = row.values[check.column];
    if (value === undefined) continue;
    const problem = cellProblem(check, value);
    if (problem === undefined) continue;
    addProblem(
      problems,
      {
        ...problem,
        rule: `903.${table}.${check.column}.${problem.rule}`,
        file,
        sheet: table,
        row: row.row,
      },
      row,
    );
  }
}
