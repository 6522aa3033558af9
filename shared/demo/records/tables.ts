/**
 * The simulated children as SSDA903 table rows, and rows as CSV text. The
 * columns are exactly `TABLE_COLUMNS` (csc-validator-be-903 `config.py`),
 * dates `dd/mm/yyyy`, blanks empty, LF line ends and a header row, as
 * DfE SSDA903 guidance, https://www.gov.uk/guidance/children-looked-after-return describes the tables. Rows are in child-id order.
 */
import { isoFromDay } from '../../records/ssda903/dates';
import { TABLE_COLUMNS, type TableName } from '../../records/ssda903/tables';
import { reviewRows } from './activity';
import { birthday, episodesOf, type Child, type Context, type Scope } from './model';
import { yearCodes } from './year-codes';

/** The 903 tables the demo writes. */
export const DEMO_TABLES = [
  'Header',
  'Episodes',
  'Reviews',
  'UASC',
  'OC2',
  'OC3',
  'Missing',
  'PrevPerm',
  'SW_Episodes',
  'AD1',
  'PlacedAdoption',
] as const satisfies readonly TableName[];

/** One of {@link DEMO_TABLES}. */
export type DemoTable = (typeof DEMO_TABLES)[number];

/** One 903 row: whose it is, its values by column, and the planted problem it carries, if any. */
export type TableRow = {
  readonly child: string;
  readonly scope: Scope;
  readonly values: Record<string, string>;
  plant?: string;
};

/** Rows per table. */
export type DemoTables = Record<DemoTable, TableRow[]>;

/** `dd/mm/yyyy` of a day number, or '' for none. */
export function dfeDate(day: number | undefined): string {
  if (day === undefined) return '';
  const iso = isoFromDay(day);
  return `${iso.slice(8, 10)}/${iso.slice(5, 7)}/${iso.slice(0, 4)}`;
}

/** Builds every table's rows from the population. */
export function buildTables(context: Context, children: readonly Child[]): DemoTables {
  const tables: DemoTables = {
    Header: [],
    Episodes: [],
    Reviews: [],
    UASC: [],
    OC2: [],
    OC3: [],
    Missing: [],
    PrevPerm: [],
    SW_Episodes: [],
    AD1: [],
    PlacedAdoption: [],
  };
  const codes = yearCodes(context.start);
  for (const child of children) {
    const { id, scope } = child;
    const dob = dfeDate(child.dob);
    const add = (table: DemoTable, values: Record<string, string>): void => {
      tables[table].push({ child: id, scope, values: { CHILD: id, ...values } });
    };
    add('Header', {
      SEX: codes.sex(child.sex),
      DOB: dob,
      ETHNIC: child.ethnic,
      UPN: child.upn,
      MOTHER: child.mother,
      MC_DOB: dfeDate(child.mcDob),
    });
    for (const episode of episodesOf(child)) {
      add('Episodes', {
        DECOM: dfeDate(episode.start),
        RNE: episode.rne,
        LS: episode.ls,
        CIN: child.need,
        PLACE: codes.place(episode.placement.place),
        PLACE_PROVIDER: episode.placement.provider,
        DEC: dfeDate(episode.end),
        REC: episode.rec,
        REASON_PLACE_CHANGE: episode.reason,
        HOME_POST: child.homePost,
        PL_POST: episode.placement.plPost,
        URN: episode.placement.urn,
      });
    }
    for (const review of reviewRows(context, child)) {
      add('Reviews', { DOB: dob, REVIEW: dfeDate(review.day), REVIEW_CODE: review.code });
    }
    if (child.uasc && child.periods.length > 0) {
      add('UASC', { SEX: codes.sex(child.sex), DOB: dob, DUC: dfeDate(birthday(child.dob, 18)) });
    }
    if (child.health !== undefined) add('OC2', { DOB: dob, ...child.health });
    if (child.oc3 && child.leaver !== undefined) {
      const { inTouch, activity, accommodation } = child.leaver;
      add('OC3', { DOB: dob, IN_TOUCH: inTouch, ACTIV: activity, ACCOM: accommodation });
    }
    for (const away of child.away) {
      add('Missing', {
        DOB: dob,
        MISSING: away.kind,
        MIS_START: dfeDate(away.start),
        MIS_END: dfeDate(away.end),
      });
    }
    if (child.prevPerm !== undefined) {
      const { option, la, date } = child.prevPerm;
      add('PrevPerm', { DOB: dob, PREV_PERM: option, LA_PERM: la, DATE_PERM: dfeDate(date) });
    }
    if (child.adoption !== undefined) {
      const { decided, adopted } = child.adoption;
      add('PlacedAdoption', {
        DOB: dob,
        DATE_PLACED: dfeDate(decided),
        DATE_PLACED_CEASED: '',
        REASON_PLACED_CEASED: '',
      });
      if (adopted !== undefined) {
        add('AD1', {
          DOB: dob,
          DATE_INT: dfeDate(decided),
          DATE_MATCH: dfeDate(adopted.matched),
          FOSTER_CARE: adopted.fosterCarers ? '1' : '0',
          NB_ADOPTR: String(adopted.adopters),
          SEX_ADOPTR: adopted.sex,
          LS_ADOPTR: adopted.legal,
        });
      }
    }
    for (const worker of child.workers) {
      add('SW_Episodes', {
        DOB: dob,
        SW_ID: worker.id,
        SW_DECOM: dfeDate(worker.start),
        SW_DEC: dfeDate(worker.end),
        SW_REASON: worker.reason,
      });
    }
  }
  return tables;
}

function csvField(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replaceAll('"', '""')}"` : value;
}

/** A table as CSV text: the header row, then one line per row, each ending in LF. */
export function toCsv(table: DemoTable, rows: readonly TableRow[]): string {
  const columns = TABLE_COLUMNS[table];
  const lines = [columns.join(',')];
  for (const row of rows)
    lines.push(columns.map((column) => csvField(row.values[column] ?? '')).join(','));
  return `${lines.join('\n')}\n`;
}
