/**
 * Rules on dates and episodes. Rule numbers are csc-validator-be-903's
 * (`lac_validator/rules/`): 356 (DEC before DECOM), 354 and 385 (DECOM and
 * DEC after the collection year), 522 (DATE_PLACED after DATE_PLACED_CEASED).
 * One open episode per child, reviews after the year and the URN format come
 * from DfE SSDA903 guidance, https://www.gov.uk/guidance/children-looked-after-return and DfE SSDA903 guidance, https://www.gov.uk/guidance/children-looked-after-return (ssd-data-model
 * `ssd_cla_placement.yml`: URN is `SC999999` or 7 digits, `XXXXXXX` when
 * Ofsted does not inspect the setting).
 */
import { quoted } from '../../limits';
import { dfeFromIso, parseIsoDate } from './dates';
import { dateOf, forEachRow, type Report } from './rule-context';
import { view } from './dfe/view';
import type { TableName } from './tables';
import type { CollectionYear, Ssda903Row, Ssda903Tables, TableSource } from './types';

/** Start/end column pairs whose end may not be before the start. */
const PERIODS: ReadonlyArray<{
  readonly table: TableName;
  readonly start: string;
  readonly end: string;
  readonly rule: string;
  readonly what: string;
}> = [
  {
    table: 'Episodes',
    start: 'DECOM',
    end: 'DEC',
    rule: '903.Episodes.DEC.before-DECOM',
    what: 'the episode ceased before it started (validator rule 356)',
  },
  {
    table: 'Missing',
    start: 'MIS_START',
    end: 'MIS_END',
    rule: '903.Missing.MIS_END.before-MIS_START',
    what: 'the missing or away period ended before it started',
  },
  {
    table: 'PlacedAdoption',
    start: 'DATE_PLACED',
    end: 'DATE_PLACED_CEASED',
    rule: '903.PlacedAdoption.DATE_PLACED_CEASED.before-DATE_PLACED',
    what: 'the decision to place for adoption ended before it was made (validator rule 522)',
  },
  {
    table: 'SW_Episodes',
    start: 'SW_DECOM',
    end: 'SW_DEC',
    rule: '903.SW_Episodes.SW_DEC.before-SW_DECOM',
    what: 'the social worker episode ended before it started',
  },
  {
    table: 'DoLo',
    start: 'DOLO_START',
    end: 'DOLO_END',
    rule: '903.DoLo.DOLO_END.before-DOLO_START',
    what: 'the deprivation of liberty ended before it started',
  },
];

/** Date columns that may not fall after the collection year. */
const NOT_AFTER_YEAR: ReadonlyArray<{
  readonly table: TableName;
  readonly column: string;
  readonly rule: string;
  readonly source: string;
}> = [
  {
    table: 'Episodes',
    column: 'DECOM',
    rule: '903.Episodes.DECOM.after-year',
    source: 'validator rule 354',
  },
  {
    table: 'Episodes',
    column: 'DEC',
    rule: '903.Episodes.DEC.after-year',
    source: 'validator rule 385',
  },
  {
    table: 'Reviews',
    column: 'REVIEW',
    rule: '903.Reviews.REVIEW.after-year',
    source: 'a review cannot be reported before it happens',
  },
];

/** The URN forms the DfE accepts: 7 digits, `SC` + 6 digits, or `XXXXXXX`. */
const URN_FORM = /^(?:\d{7}|SC\d{6}|X{7})$/;

/**
 * Each row of a table with a date in `columns[0]`, in file order, with that
 * day and the day in `columns[1]` (undefined when blank or not a date). The
 * columns are parsed once (dfe/view.ts) and shared with the DfE rules.
 */
function eachDated(
  sources: readonly TableSource[] | undefined,
  columns: readonly [string, string?],
  visit: (source: TableSource, row: Ssda903Row, first: number, second: number | undefined) => void,
): void {
  const table = view(sources);
  const firsts = table.date(columns[0]);
  const seconds = columns[1] === undefined ? undefined : table.date(columns[1]);
  for (let at = 0; at < table.length; at += 1) {
    const first = firsts[at];
    const source = table.sources[at];
    const row = table.rows[at];
    if (first === undefined || source === undefined || row === undefined) continue;
    visit(source, row, first, seconds?.[at]);
  }
}

/** DEC before DECOM and the like: an end date before its start date. */
export function checkPeriods(tables: Ssda903Tables, report: Report): void {
  for (const period of PERIODS) {
    eachDated(tables[period.table], [period.start, period.end], (source, row, start, end) => {
      if (end === undefined || end >= start) return;
      const value = row.values[period.end] ?? '';
      report(source, row, {
        rule: period.rule,
        severity: 'error',
        column: period.end,
        value,
        message: `${period.end} ${quoted(value)} is before ${period.start} ${quoted(row.values[period.start] ?? '')}: ${period.what}. Correct one of the dates.`,
      });
    });
  }
}

/** Dates after the end of the collection year (rules 354 and 385, and reviews). */
export function checkYear(tables: Ssda903Tables, year: CollectionYear, report: Report): void {
  const end = parseIsoDate(year.end);
  if (end === undefined) return;
  for (const check of NOT_AFTER_YEAR) {
    eachDated(tables[check.table], [check.column], (source, row, day) => {
      if (day <= end) return;
      const value = row.values[check.column] ?? '';
      report(source, row, {
        rule: check.rule,
        severity: 'error',
        column: check.column,
        value,
        message: `${check.column} ${quoted(value)} is after the end of the collection year (${dfeFromIso(year.end)}); ${check.source}. Check the date, or the collection year chosen for this import.`,
      });
    });
  }
}

/** At most one open episode (blank DEC) per child; the earlier open ones are reported. */
export function checkOpenEpisodes(tables: Ssda903Tables, report: Report): void {
  const open = new Map<string, Array<readonly [TableSource, Ssda903Row, number]>>();
  forEachRow(tables.Episodes, (source, row) => {
    const child = row.values.CHILD ?? '';
    if (child === '' || (row.values.DEC ?? '') !== '') return;
    const list = open.get(child) ?? [];
    list.push([source, row, dateOf(row, 'DECOM') ?? Number.NEGATIVE_INFINITY]);
    open.set(child, list);
  });
  for (const [child, list] of open) {
    if (list.length < 2) continue;
    const sorted = [...list].sort((a, b) => a[2] - b[2]);
    const latest = sorted.at(-1);
    for (const [source, row] of sorted.slice(0, -1)) {
      report(source, row, {
        rule: '903.Episodes.open-episodes',
        severity: 'error',
        column: 'DEC',
        value: '',
        message: `Child ${child} has ${list.length} open episodes (DEC blank); only the latest (DECOM ${latest?.[1].values.DECOM ?? ''}) may be open. Give the date this episode ceased.`,
      });
    }
  }
}

/** URN must be 7 digits, `SC` and 6 digits, or `XXXXXXX`; blank is allowed (not given). */
export function checkUrns(tables: Ssda903Tables, report: Report): void {
  forEachRow(tables.Episodes, (source, row) => {
    const urn = row.values.URN ?? '';
    if (urn === '' || URN_FORM.test(urn)) return;
    report(source, row, {
      rule: '903.Episodes.URN.format',
      severity: 'error',
      column: 'URN',
      value: urn,
      message: `URN "${urn}" is not an Ofsted URN: it should be 7 digits or SC followed by 6 digits (use XXXXXXX for settings Ofsted does not inspect).`,
    });
  });
}
