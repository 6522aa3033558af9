/**
 * Generates a synthetic SSDA903 return of any size, every table of it, for
 * volume tests and timing: a 2025/26 return (1 April 2025 – 31 March 2026)
 * in that year's codes. The children are drawn by the demo's simulation
 * (shared/demo/records: the same ages, placements, legal statuses, moves,
 * reviews, health, missing episodes, social workers, adoptions and care
 * leavers), so the return passes every DfE rule in force for the year and
 * every cell check, except that every `brokenEvery`-th episode (the next
 * one that ended with the child moving on, REC X1, of a child who never went
 * missing) has its DEC set one day before its DECOM, so a test knows exactly
 * what to expect. Deterministic (seeded).
 */
import type { InputFile } from '../../shared/records/read-files';
import { dayNumber, parseDfeDate } from '../../shared/records/ssda903/dates';
import { USUAL_FILE_NAME } from '../../shared/records/ssda903/tables';
import { CHILDREN_IN_CARE, drawChildInCare } from '../../shared/demo/records/children';
import { drawOc3Leaver, OC3_LEAVERS } from '../../shared/demo/records/leavers';
import { episodesOf, type Child, type Context } from '../../shared/demo/records/model';
import { drawCareRecords } from '../../shared/demo/records/population';
import { seededRandom } from '../../shared/demo/records/random';
import {
  buildTables,
  DEMO_TABLES,
  dfeDate,
  toCsv,
  type DemoTable,
} from '../../shared/demo/records/tables';

/** A generated return: each table's CSV text and what was put in them. */
export type GeneratedReturn = {
  /** header.csv and episodes.csv, as the volume test reads them. */
  readonly header: string;
  readonly episodes: string;
  /** Every table's CSV text. */
  readonly tables: Readonly<Record<DemoTable, string>>;
  /** Every table as a file, named as councils name them (`header.csv`, …). */
  readonly files: readonly InputFile[];
  /** Rows of the Header table: children looked after and care leavers. */
  readonly children: number;
  readonly broken: number;
  /** The broken episodes' rows in episodes.csv (its header is row 1). */
  readonly brokenRows: readonly number[];
};

/** Social workers for a council this size: one for about 15 children (assumption). */
const WORKERS = Array.from({ length: 4000 }, (_, index) => `SW${String(10001 + index)}`);

/** Children looked after during the year with `episodes` episodes between them, exactly. */
function childrenInCare(context: Context, episodes: number): Child[] {
  const children: Child[] = [];
  let written = 0;
  while (written < episodes) {
    const child = drawChildInCare(context);
    const count = episodesOf(child).length;
    // A child with more episodes than are left is not kept: the total is exact.
    if (count > episodes - written) continue;
    child.id = String(100001 + children.length);
    drawCareRecords(context, child, WORKERS);
    children.push(child);
    written += count;
  }
  return children;
}

/** Generates `episodes` episode rows (about 2 per child) and every other table to match. */
export function generate903(episodes: number, brokenEvery = 1000, seed = 903): GeneratedReturn {
  const context: Context = {
    random: seededRandom(seed),
    start: dayNumber(2025, 4, 1),
    end: dayNumber(2026, 3, 31),
    upns: new Set(),
  };
  const inCare = childrenInCare(context, episodes);
  const leaverCount = Math.round((inCare.length * OC3_LEAVERS) / CHILDREN_IN_CARE);
  const leavers = Array.from({ length: leaverCount }, (_, index) => {
    const leaver = drawOc3Leaver(context);
    leaver.id = String(900001 + index);
    return leaver;
  });
  const rows = buildTables(context, [...inCare, ...leavers]);
  const brokenRows: number[] = [];
  let due = brokenEvery;
  // A child who went missing is passed over: a missing day inside the broken
  // episode would show as missing while not looked after (rule 581) too.
  const missing = new Set(rows.Missing.map((row) => row.child));
  rows.Episodes.forEach((row, index) => {
    if (index + 1 < due || row.values.REC !== 'X1' || missing.has(row.child)) return;
    const decom = parseDfeDate(row.values.DECOM ?? '');
    if (decom === undefined) return;
    row.values.DEC = dfeDate(decom - 1);
    brokenRows.push(index + 2);
    due += brokenEvery;
  });
  const csvOf = (table: DemoTable): string => toCsv(table, rows[table]);
  const tables: Record<DemoTable, string> = {
    Header: csvOf('Header'),
    Episodes: csvOf('Episodes'),
    Reviews: csvOf('Reviews'),
    UASC: csvOf('UASC'),
    OC2: csvOf('OC2'),
    OC3: csvOf('OC3'),
    Missing: csvOf('Missing'),
    PrevPerm: csvOf('PrevPerm'),
    SW_Episodes: csvOf('SW_Episodes'),
    AD1: csvOf('AD1'),
    PlacedAdoption: csvOf('PlacedAdoption'),
  };
  const encoder = new TextEncoder();
  return {
    header: tables.Header,
    episodes: tables.Episodes,
    tables,
    files: DEMO_TABLES.map((table) => ({
      name: USUAL_FILE_NAME[table],
      bytes: encoder.encode(tables[table]),
    })),
    children: rows.Header.length,
    broken: brokenRows.length,
    brokenRows,
  };
}
