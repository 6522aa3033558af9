/**
 * Cell checks compiled once from the 2024 spec (spec-2024.ts, generated from
 * liia-tools `SSDA903_schema_2024.yml`): for every column its type (DfE date
 * `dd/mm/yyyy`, whole number, code list or free text) and whether it may be
 * blank. Like the validator (`ingress.capitalise_object_dtype_cols`), codes
 * are compared upper-cased. Each check has a stable rule id
 * `903.<Table>.<COLUMN>.<blank|date|integer|code>`.
 */
import type { RecordProblem } from '../problem';
import { parseDfeDate } from './dates';
import { SSDA903_SPEC_2024 } from './spec-2024';
import type { SpecColumn } from './spec-types';
import { SPEC_SECTION, xmlColumns, type TableName } from './tables';
import { addProblem, type Ssda903Row } from './types';

/** What a column holds. */
export type ColumnKind = 'text' | 'date' | 'integer' | 'code';

/** A compiled column check. */
export type ColumnCheck = {
  readonly column: string;
  readonly kind: ColumnKind;
  readonly canBeBlank: boolean;
  /** Allowed codes, trimmed (the YAML has `"PCCHAN "`), for `code` columns. */
  readonly codes: ReadonlySet<string>;
  /** liia-tools' label → code map (e.g. `Male` → `1`), used only to suggest the code. */
  readonly labels: Readonly<Record<string, string>>;
  /** Where the rule comes from, for messages. */
  readonly source: string;
};

const SPEC_SOURCE = 'the 2024 SSDA903 spec';

/**
 * Columns the 2024 YAML does not cover. DoLo postdates it: its shape follows
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
  return {
    column,
    kind,
    canBeBlank: entry.canbeblank,
    codes,
    labels: entry.dictionary ?? {},
    source,
  };
}

function specEntries(table: TableName): Readonly<Record<string, SpecColumn>> {
  const section = SPEC_SECTION[table];
  return section === undefined ? {} : SSDA903_SPEC_2024[section];
}

const compiled = new Map<TableName, readonly ColumnCheck[]>();

/** The checks for every column a table can have (XML's Header.UASC included), compiled once. */
export function columnChecks(table: TableName): readonly ColumnCheck[] {
  const known = compiled.get(table);
  if (known !== undefined) return known;
  const spec = specEntries(table);
  const extra = EXTRA_COLUMNS[table] ?? {};
  const checks = xmlColumns(table).flatMap((column) => {
    const fromSpec = spec[column];
    if (fromSpec !== undefined) return [compile(column, fromSpec, SPEC_SOURCE)];
    const fromExtra = extra[column];
    return fromExtra === undefined ? [] : [compile(column, fromExtra, 'the DfE 903 return')];
  });
  compiled.set(table, checks);
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

/** The message for a value that is not of its column's kind. */
const KIND_MESSAGES: Readonly<Record<ColumnKind, (check: ColumnCheck, value: string) => string>> = {
  text: () => '',
  date: (check, value) =>
    `${check.column} "${value}" is not a date in the DfE form dd/mm/yyyy (for example 27/03/2008).`,
  integer: (check, value) =>
    `${check.column} "${value}" is not a whole number, which ${check.source} requires.`,
  code: (check, value) => codeMessage(check, value),
};

function codeMessage(check: ColumnCheck, value: string): string {
  const label = check.labels[value] ?? check.labels[value.trim()];
  const hint =
    label === undefined
      ? ' Correct it in the case-management system and export the table again.'
      : ` The return needs the code "${label}" for "${value}".`;
  return `${check.column} "${value}" is not a valid code under ${check.source}, which allows ${[...check.codes].join(', ')}.${hint}`;
}

/** The problem with one cell, or undefined when it is fine. */
function cellProblem(
  check: ColumnCheck,
  value: string,
): Omit<RecordProblem, 'file' | 'sheet' | 'row'> | undefined {
  if (value === '') {
    if (check.canBeBlank) return undefined;
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
    (check.kind === 'integer' && isWholeNumber(value)) ||
    (check.kind === 'code' && check.codes.has(value.toUpperCase()));
  if (fine) return undefined;
  return {
    rule: check.kind,
    severity: 'error',
    column: check.column,
    value,
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
  for (const check of checks) {
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
