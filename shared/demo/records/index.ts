/**
 * Synthetic records for the demo inspection of Northmoor Borough Council
 *, in the real file formats the record readers take:
 *
 * - `council`: the council's whole SSDA903 return as CSV tables (Header,
 *   Episodes, Reviews, UASC, OC2, OC3, Missing, previous permanence, social
 *   worker episodes);
 * - `providers.trust`: the same tables for the children Northmoor
 *   Children's Trust serves, and its Annex A workbook (Lists 1–11, with
 *   List 8 and List 9 filled for the same children);
 * - `providers.swp`: the tables for the children Harbour Lane Social Work
 *   Practice serves (older children in care and care leavers);
 * - `inspection`: the Ofsted provider list (2025 layout) with every setting
 *   the placements use, among them homes and a fostering agency the trust
 *   owns.
 *
 * About 1,300 children looked after during the year and 260 care leavers;
 * who they are and how the numbers were chosen is in children.ts,
 * population.ts and distributions.ts. A few data problems are planted on
 * purpose (planted.ts); `planted` lists each as it shows in each file.
 * Deterministic: the same options give byte-identical files.
 */
import { strToU8 } from 'fflate';
import type { InputFile } from '../../records/read-files';
import { dayNumber } from '../../records/ssda903/dates';
import { USUAL_FILE_NAME } from '../../records/ssda903/tables';
import { buildAnnexA } from './annex-a';
import { demoCinFiles, type DemoCinFiles } from './cin-files';
import { demoCompaniesHouseFiles } from './companies-house';
import type { Context, Scope } from './model';
import { PLANTS, plantProblems, type PlantedProblem } from './planted';
import { simulatePopulation } from './population';
import { buildProviderList } from './provider-list';
import { seededRandom } from './random';
import { buildTables, DEMO_TABLES, toCsv, type DemoTables } from './tables';
import { writeXlsx } from './xlsx-writer';

export type { PlantedProblem } from './planted';

/** Options for {@link generateDemoRecords}. */
export type DemoRecordOptions = {
  /** The PRNG seed (default 5). */
  readonly seed?: number;
  /**
   * The collection year by its first calendar year: 2025 for 2025/26 (1 April
   * 2025 – 31 March 2026), the default, the last full year before the demo's
   * October 2026 inspection.
   */
  readonly year?: number;
};

/** What {@link generateDemoRecords} wrote. */
export type DemoRecords = {
  readonly council: InputFile[];
  readonly providers: { readonly trust: InputFile[]; readonly swp: InputFile[] };
  readonly inspection: InputFile[];
  /** Each planted problem in each file it shows in. */
  readonly planted: PlantedProblem[];
  /** Data rows written per file name (per table or sheet), header rows excluded. */
  readonly rows: Readonly<Record<string, Readonly<Record<string, number>>>>;
  /** The CIN census of each body (cin-census.ts), kept apart from the 903 files. */
  readonly cin: DemoCinFiles;
  /** Distinct children (and care leavers) in each scope's Header table. */
  readonly children: Readonly<Record<'council' | Scope, number>>;
};

/** The default seed. */
export const DEMO_SEED = 5;
/** The default collection year (2025/26). */
export const DEMO_YEAR = 2025;

const PREFIX: Readonly<Record<'council' | Scope, string>> = {
  council: 'northmoor-903',
  trust: 'nct-903',
  swp: 'harbour-lane-903',
};

type Written = {
  files: InputFile[];
  planted: PlantedProblem[];
  rows: Record<string, Record<string, number>>;
};

function write903(tables: DemoTables, scope: 'council' | Scope, label: string): Written {
  const written: Written = { files: [], planted: [], rows: {} };
  for (const table of DEMO_TABLES) {
    const rows = tables[table].filter((row) => scope === 'council' || row.scope === scope);
    const name = `${PREFIX[scope]}-${label}-${USUAL_FILE_NAME[table]}`;
    written.files.push({ name, bytes: strToU8(toCsv(table, rows)) });
    written.rows[name] = { [table]: rows.length };
    rows.forEach((row, index) => {
      const plant = PLANTS.find((candidate) => candidate.id === row.plant);
      if (plant === undefined) return;
      written.planted.push({
        file: name,
        rule: plant.rule,
        sheet: table,
        row: index + 2,
        child: row.child,
        note: plant.note,
        also: plant.also.map(({ rule, on }) => ({
          rule,
          row: on === 'row' ? index + 2 : index + 3,
        })),
      });
    });
  }
  return written;
}

/** Generates the demo council's records (see the module comment). */
export function generateDemoRecords(options: DemoRecordOptions = {}): DemoRecords {
  const year = options.year ?? DEMO_YEAR;
  const context: Context = {
    random: seededRandom(options.seed ?? DEMO_SEED),
    start: dayNumber(year, 4, 1),
    end: dayNumber(year + 1, 3, 31),
    upns: new Set(),
  };
  const label = `${year}-${String((year + 1) % 100).padStart(2, '0')}`;
  const children = simulatePopulation(context);
  const tables = buildTables(context, children);
  plantProblems(context, tables);
  const council = write903(tables, 'council', label);
  const trust = write903(tables, 'trust', label);
  const swp = write903(tables, 'swp', label);

  const annexA = buildAnnexA(context, children);
  const annexName = `nct-annex-a-${year + 1}-03-31.xlsx`;
  const annexPlant = PLANTS.find((plant) => plant.id === 'annex-a-date');
  const providerList = buildProviderList();
  const listName = `ofsted-providers-${year + 1}-04.xlsx`;
  const companiesHouse = demoCompaniesHouseFiles(`${year + 1}-04-01`);
  const count = (scope: 'council' | Scope): number =>
    tables.Header.filter((row) => scope === 'council' || row.scope === scope).length;
  return {
    council: council.files,
    providers: {
      trust: [...trust.files, { name: annexName, bytes: writeXlsx(annexA.sheets) }],
      swp: swp.files,
    },
    inspection: [
      { name: listName, bytes: writeXlsx(providerList.sheets) },
      ...companiesHouse.files,
    ],
    planted: [
      ...council.planted,
      ...trust.planted,
      ...swp.planted,
      {
        file: annexName,
        rule: annexPlant?.rule ?? 'annex-a.date.invalid',
        sheet: 'List 8',
        row: annexA.planted.row,
        child: annexA.planted.child,
        note: annexPlant?.note ?? '',
        also: [],
      },
    ],
    rows: {
      ...council.rows,
      ...trust.rows,
      ...swp.rows,
      [annexName]: Object.fromEntries(
        annexA.sheets.map((sheet) => [sheet.name, sheet.rows.length - 1]),
      ),
      [listName]: {
        Providers: providerList.rows.providers,
        'SA Providers': providerList.rows.supported,
      },
      ...companiesHouse.rows,
    },
    children: { council: count('council'), trust: count('trust'), swp: count('swp') },
    cin: demoCinFiles(children, year, options.seed ?? DEMO_SEED),
  };
}
