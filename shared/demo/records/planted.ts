/**
 * The data problems planted in the demo records, so the demo can show the
 * readers catching them. Each breaks a different rule, as a council's
 * export plausibly would; everything else in the records is clean. The
 * problems, and the rule that reports each:
 *
 * 1. An episode's DEC typed with the previous year, so it falls before its
 *    DECOM (the DfE's rule 356, `903.dfe.356`, which the readers' own
 *    check leaves it to; and, as the next episode no longer starts the day
 *    it ended, 388 on it and 433 on the next).
 * 2. A placement move recorded without closing the old episode: two open
 *    episodes for one child (DfE 142; and 433 on the next episode).
 * 3. A child's only episode written again with CHILD lost its hyphen
 *    (`NM2105` for `NM-2105`), so no Header row matches it (DfE INT03; and,
 *    as that "child" has no social worker episodes or previous permanence
 *    row, SW12STG2 and 630).
 * 4. A foster placement coded `U7`, which does not exist (U1–U6): the DfE's
 *    rule 146 (`903.dfe.146`, which reports the code in place of the cell
 *    check).
 * 5. A children's home URN with a digit missing (`SC47001`)
 *    (`903.Episodes.URN.format`).
 * 6. A review dated a year late, after the end of the collection year
 *    (`903.Reviews.REVIEW.after-year`).
 * 7. An episode with no legal status (`903.Episodes.LS.blank`).
 * 8. A missing episode whose DOB is a day off the child's Header DOB
 *    (DfE INT13).
 * 9. In the trust's Annex A, List 8, a dental check date written `TBC`
 *    (`annex-a.date.invalid`; see annex-a.ts).
 *
 * Problem 4 is planted on a child's last episode and 5 and 7 on a child's
 * only one, so no other episode is thrown by them.
 *
 * The practice's return carries 3, 5 and 7; the trust's the rest. The
 * council's own import, the whole return, carries all of the 903 ones.
 */
import { parseDfeDate } from '../../records/ssda903/dates';
import type { Context } from './model';
import type { DemoTable, DemoTables, TableRow } from './tables';
import { dfeDate } from './tables';

/** One planted problem as it shows in one file. */
export type PlantedProblem = {
  readonly file: string;
  /** The rule id the readers report it under. */
  readonly rule: string;
  /** The 903 table or Annex A sheet. */
  readonly sheet: string;
  /** The row the readers report (the header is row 1). */
  readonly row: number;
  readonly child: string;
  readonly note: string;
  /** The further findings the problem raises, each with the row it marks. */
  readonly also: readonly { readonly rule: string; readonly row: number }[];
};

/** A further finding a planted problem raises: on its own row or the next one (the child's next episode). */
export type Consequence = { readonly rule: string; readonly on: 'row' | 'next' };

/** A planted problem before it is placed in files. */
export type Plant = {
  readonly id: string;
  readonly table: DemoTable | 'List 8';
  readonly rule: string;
  readonly note: string;
  readonly also: readonly Consequence[];
};

/** Every planted problem, by id. */
export const PLANTS: readonly Plant[] = [
  {
    id: 'dec-before-decom',
    table: 'Episodes',
    rule: '903.dfe.356',
    note: 'DEC typed with the previous year, so it is before DECOM.',
    also: [
      { rule: '903.dfe.388', on: 'row' },
      { rule: '903.dfe.433', on: 'next' },
    ],
  },
  {
    id: 'open-episodes',
    table: 'Episodes',
    rule: '903.dfe.142',
    note: 'A placement move recorded without closing the old episode: two open episodes.',
    also: [{ rule: '903.dfe.433', on: 'next' }],
  },
  {
    id: 'not-in-header',
    table: 'Episodes',
    rule: '903.dfe.INT03',
    note: 'CHILD typed without its hyphen, so it matches no Header row.',
    also: [
      { rule: '903.dfe.SW12STG2', on: 'row' },
      { rule: '903.dfe.630', on: 'row' },
    ],
  },
  {
    id: 'place-code',
    table: 'Episodes',
    rule: '903.dfe.146',
    note: 'PLACE U7 does not exist (foster placements are U1–U6).',
    also: [],
  },
  {
    id: 'urn-format',
    table: 'Episodes',
    rule: '903.Episodes.URN.format',
    note: "A children's home URN with a digit missing.",
    also: [],
  },
  {
    id: 'review-after-year',
    table: 'Reviews',
    rule: '903.Reviews.REVIEW.after-year',
    note: 'A review dated a year late, after the collection year.',
    also: [],
  },
  {
    id: 'ls-blank',
    table: 'Episodes',
    rule: '903.Episodes.LS.blank',
    note: 'An episode with no legal status (LS).',
    also: [],
  },
  {
    id: 'dob-mismatch',
    table: 'Missing',
    rule: '903.dfe.INT13',
    note: "A missing episode's DOB a day off the child's Header DOB.",
    also: [],
  },
  {
    id: 'annex-a-date',
    table: 'List 8',
    rule: 'annex-a.date.invalid',
    note: 'A dental check date written TBC in Annex A List 8.',
    also: [],
  },
];

/** `dd/mm/yyyy` with the year changed by `years`. */
function shiftYear(date: string, years: number): string {
  return `${date.slice(0, 6)}${Number(date.slice(6)) + years}`;
}

function day(row: TableRow, column: string): number {
  return parseDfeDate(row.values[column] ?? '') ?? Number.NaN;
}

const trust = (row: TableRow): boolean => row.scope === 'trust';
/** The child's last episode: still open. */
const last = (row: TableRow): boolean => row.values.DEC === '';
const swp = (row: TableRow): boolean => row.scope === 'swp';

/** Plants problems 1–8 in the 903 tables (9 is planted by annex-a.ts). */
export function plantProblems(context: Context, tables: DemoTables): void {
  const { random, start, end } = context;
  const used = new Set<string>();
  const openAtEnd = new Set(
    tables.Episodes.filter((row) => row.values.DEC === '').map((row) => row.child),
  );
  const choose = (table: DemoTable, test: (row: TableRow) => boolean): TableRow => {
    const found = tables[table].filter((row) => !used.has(row.child) && test(row));
    const row = random.pick(found);
    used.add(row.child);
    return row;
  };
  const inYear = (value: number): boolean => value >= start && value <= end;
  const episodes = new Map<string, number>();
  for (const row of tables.Episodes) episodes.set(row.child, (episodes.get(row.child) ?? 0) + 1);
  // The child's only episode (still open).
  const only = (row: TableRow): boolean => last(row) && episodes.get(row.child) === 1;
  const closedInYear = (row: TableRow): boolean =>
    row.values.REC === 'X1' && inYear(day(row, 'DECOM')) && inYear(day(row, 'DEC'));

  const late = choose(
    'Episodes',
    (row) => trust(row) && closedInYear(row) && day(row, 'DEC') - day(row, 'DECOM') < 300,
  );
  late.values.DEC = shiftYear(late.values.DEC ?? '', -1);
  late.plant = 'dec-before-decom';

  const open = choose(
    'Episodes',
    (row) => trust(row) && closedInYear(row) && openAtEnd.has(row.child),
  );
  Object.assign(open.values, { DEC: '', REC: '', REASON_PLACE_CHANGE: '' });
  open.plant = 'open-episodes';

  const source = choose(
    'Episodes',
    (row) => swp(row) && only(row) && row.values.RNE === 'S' && inYear(day(row, 'DECOM')),
  );
  const orphan = source.child.replace('-', '');
  tables.Episodes.push({
    child: orphan,
    scope: 'swp',
    values: { ...source.values, CHILD: orphan },
    plant: 'not-in-header',
  });

  const foster = choose('Episodes', (row) => trust(row) && last(row) && row.values.PLACE === 'U6');
  foster.values.PLACE = 'U7';
  foster.plant = 'place-code';

  const home = choose(
    'Episodes',
    (row) => swp(row) && only(row) && (row.values.URN ?? '').startsWith('SC'),
  );
  home.values.URN = (home.values.URN ?? '').slice(0, -1);
  home.plant = 'urn-format';

  const review = choose(
    'Reviews',
    (row) => trust(row) && inYear(day(row, 'REVIEW')) && day(row, 'REVIEW') < start + 270,
  );
  review.values.REVIEW = shiftYear(review.values.REVIEW ?? '', 1);
  review.plant = 'review-after-year';

  const blank = choose('Episodes', (row) => swp(row) && only(row) && inYear(day(row, 'DECOM')));
  blank.values.LS = '';
  blank.plant = 'ls-blank';

  const missing = choose('Missing', trust);
  missing.values.DOB = dfeDate(day(missing, 'DOB') + 1);
  missing.plant = 'dob-mismatch';

  tables.Episodes.sort((a, b) => (a.child < b.child ? -1 : a.child > b.child ? 1 : 0));
}
