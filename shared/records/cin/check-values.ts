/**
 * The schema's value checks, once the census year is known: dates in the
 * `YYYY-MM-DD` form, codes from the year's code sets, counts, UPN and LA
 * patterns; and elements that the year's schema does not have (a return
 * made to another year's schema: `GenderCurrent` after 2024, `Sex` before
 * 2025, `CINPlanDates` before 2022).
 */
import type { RecordProblem } from '../problem';
import { codeSetFor, codesFor } from './codes';
import { isIsoDate } from './dates';
import {
  CIN_ROOT,
  LAST_SCHEMA_YEAR,
  columnOf,
  inYear,
  type CinNode,
  type LeafType,
} from './schema';
import { CIN_TABLES, type CinTable } from './tables';
import { addCinProblem, type CinRow } from './types';

type Seen = ReadonlyMap<
  CinNode,
  { readonly count: number; readonly table?: string; readonly row?: number }
>;

function leafTypes(): Map<CinTable, Map<string, LeafType>> {
  const result = new Map<CinTable, Map<string, LeafType>>();
  const walk = (node: CinNode, table: CinTable | undefined): void => {
    const own = node.table ?? table;
    if (node.leaf !== undefined && own !== undefined) {
      const columns = result.get(own) ?? new Map<string, LeafType>();
      columns.set(columnOf(node), node.leaf);
      result.set(own, columns);
    }
    for (const child of node.children ?? []) walk(child, own);
  };
  walk(CIN_ROOT, undefined);
  return result;
}

const LEAF_TYPES = leafTypes();

/** What is wrong with `value` as `type` in census year `year`, or undefined when it is fine. */
export function valueFault(
  type: LeafType,
  value: string,
  year: number,
): { check: string; says: string } | undefined {
  switch (type.kind) {
    case 'string':
      return undefined;
    case 'date':
      return isIsoDate(value)
        ? undefined
        : { check: 'date', says: 'is not a date written YYYY-MM-DD' };
    case 'dateTime':
      return /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})?$/.test(value) &&
        isIsoDate(value.slice(0, 10))
        ? undefined
        : { check: 'format', says: 'is not a date and time written YYYY-MM-DDThh:mm:ss' };
    case 'gYear':
      return /^\d{4}$/.test(value) ? undefined : { check: 'format', says: 'is not a year' };
    case 'count':
      return /^\d+$/.test(value)
        ? undefined
        : { check: 'format', says: 'is not a whole number of 0 or more' };
    case 'pattern':
      return type.pattern.test(value)
        ? undefined
        : { check: 'format', says: `is not ${type.what}` };
    case 'code': {
      const codes = codesFor(type.list, year);
      if (codes.includes(value)) return undefined;
      const hint =
        type.list === 'yesno' && /^(true|false)$/i.test(value)
          ? ' (write 1 for yes, 0 for no)'
          : '';
      return {
        check: 'code',
        says: `is not one of the ${year} census codes: ${codes.join(', ')}${hint}`,
      };
    }
  }
}

/** Whether `value` passes `type` in census year `year`: the quick test, with no message made. */
function passTest(type: LeafType, year: number): ((value: string) => boolean) | undefined {
  switch (type.kind) {
    case 'string':
      return undefined;
    case 'date':
      return isIsoDate;
    case 'code': {
      const codes = codeSetFor(type.list, year);
      return (value) => codes.has(value);
    }
    default:
      return (value) => valueFault(type, value, year) === undefined;
  }
}

type ColumnCheck = {
  readonly column: string;
  readonly type: LeafType;
  readonly passes: (value: string) => boolean;
};

/** Each table's checked columns and their tests for census year `year`. */
function columnChecks(year: number): ReadonlyMap<CinTable, readonly ColumnCheck[]> {
  const checks = new Map<CinTable, ColumnCheck[]>();
  for (const [table, types] of LEAF_TYPES) {
    const list: ColumnCheck[] = [];
    for (const [column, type] of types) {
      const passes = passTest(type, year);
      if (passes !== undefined) list.push({ column, type, passes });
    }
    checks.set(table, list);
  }
  return checks;
}

function checkRowValues(
  file: string,
  table: CinTable,
  row: CinRow,
  checks: readonly ColumnCheck[],
  year: number,
  problems: RecordProblem[],
): void {
  for (const { column, type, passes } of checks) {
    const value = row.values[column] ?? '';
    if (value === '' || passes(value)) continue;
    const fault = valueFault(type, value, year);
    if (fault === undefined) continue;
    addCinProblem(
      problems,
      {
        rule: `cin.${table}.${column}.${fault.check}`,
        severity: 'error',
        file,
        sheet: table,
        row: row.row,
        column,
        value,
        message: `${column} "${value}" ${fault.says}.`,
      },
      row,
    );
  }
}

function checkYearElements(
  file: string,
  seen: Seen,
  year: number,
  problems: RecordProblem[],
): void {
  for (const [node, where] of seen) {
    if (inYear(node, year)) continue;
    const later = node.since !== undefined && year < node.since;
    const noSchema = node.since !== undefined && node.since > LAST_SCHEMA_YEAR;
    const when = later ? `from the ${node.since} census` : `until the ${node.until ?? year} census`;
    problems.push({
      rule: `cin.${where.table ?? 'Message'}.${node.name}.not-in-year`,
      severity: noSchema ? 'warning' : 'error',
      file,
      ...(where.table === undefined ? {} : { sheet: where.table }),
      ...(where.row === undefined ? {} : { row: where.row }),
      column: columnOf(node),
      message: noSchema
        ? `<${node.name}> (${where.count}×) is not in any CIN census schema held (the DfE adds it ${when}); its values are kept.`
        : `<${node.name}> (${where.count}×) belongs to the census schema ${when}, not the ${year} census: this return looks made to another year's schema. Export it again for the right year.`,
    });
  }
}

/** Checks every value of every table against census year `year`'s schema. */
export function checkValues(
  file: string,
  tables: Readonly<Record<CinTable, readonly CinRow[]>>,
  seen: Seen,
  year: number,
  problems: RecordProblem[],
): void {
  checkYearElements(file, seen, year, problems);
  const checks = columnChecks(year);
  for (const table of CIN_TABLES) {
    const columns = checks.get(table);
    if (columns === undefined || columns.length === 0) continue;
    for (const row of tables[table]) checkRowValues(file, table, row, columns, year, problems);
  }
}
