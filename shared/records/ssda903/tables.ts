/**
 * The SSDA903 tables and their columns. Column names are exactly those of
 * data-to-insight/csc-validator-be-903 `lac_validator/config.py`
 * (`column_names`); DoLo (deprivation of liberty, 2026-27 rules) is taken from
 * the validator's `tests/fake_data/DoLo.csv` (DfE SSDA903 guidance, https://www.gov.uk/guidance/children-looked-after-return). Like the
 * validator (`ingress.read_csvs_from_text`), a CSV is recognised by its
 * **set** of column names, never by its file name.
 */
import type { SSDA903_SPEC_2024 } from './spec-2024';

/** Table names as the validator uses them (`dfs["Episodes"]`…). */
export const TABLE_NAMES = [
  'Header',
  'Episodes',
  'Reviews',
  'UASC',
  'OC2',
  'OC3',
  'AD1',
  'PlacedAdoption',
  'PrevPerm',
  'Missing',
  'SW_Episodes',
  'DoLo',
] as const;

/** One of the 903 tables. */
export type TableName = (typeof TABLE_NAMES)[number];

/** The columns of each table, in the validator's order. */
export const TABLE_COLUMNS: Readonly<Record<TableName, readonly string[]>> = {
  Header: ['CHILD', 'SEX', 'DOB', 'ETHNIC', 'UPN', 'MOTHER', 'MC_DOB'],
  Episodes: [
    'CHILD',
    'DECOM',
    'RNE',
    'LS',
    'CIN',
    'PLACE',
    'PLACE_PROVIDER',
    'DEC',
    'REC',
    'REASON_PLACE_CHANGE',
    'HOME_POST',
    'PL_POST',
    'URN',
  ],
  Reviews: ['CHILD', 'DOB', 'REVIEW', 'REVIEW_CODE'],
  UASC: ['CHILD', 'SEX', 'DOB', 'DUC'],
  OC2: [
    'CHILD',
    'DOB',
    'SDQ_SCORE',
    'SDQ_REASON',
    'CONVICTED',
    'HEALTH_CHECK',
    'IMMUNISATIONS',
    'TEETH_CHECK',
    'HEALTH_ASSESSMENT',
    'SUBSTANCE_MISUSE',
    'INTERVENTION_RECEIVED',
    'INTERVENTION_OFFERED',
  ],
  OC3: ['CHILD', 'DOB', 'IN_TOUCH', 'ACTIV', 'ACCOM'],
  AD1: [
    'CHILD',
    'DOB',
    'DATE_INT',
    'DATE_MATCH',
    'FOSTER_CARE',
    'NB_ADOPTR',
    'SEX_ADOPTR',
    'LS_ADOPTR',
  ],
  PlacedAdoption: ['CHILD', 'DOB', 'DATE_PLACED', 'DATE_PLACED_CEASED', 'REASON_PLACED_CEASED'],
  PrevPerm: ['CHILD', 'DOB', 'PREV_PERM', 'LA_PERM', 'DATE_PERM'],
  Missing: ['CHILD', 'DOB', 'MISSING', 'MIS_START', 'MIS_END'],
  SW_Episodes: ['CHILD', 'DOB', 'SW_ID', 'SW_DECOM', 'SW_DEC', 'SW_REASON'],
  DoLo: ['CHILD', 'DOB', 'DOLO_START', 'DOLO_END'],
};

/**
 * The columns of a table read from XML. The validator's XML reader adds
 * `UASC` to Header (`ingress.read_xml_from_text`): `1` when the child is an
 * unaccompanied asylum-seeking child, blank otherwise.
 */
export function xmlColumns(table: TableName): readonly string[] {
  return table === 'Header' ? [...TABLE_COLUMNS.Header, 'UASC'] : TABLE_COLUMNS[table];
}

/**
 * The section of the liia-tools 2024 schema YAML that specifies each table.
 * DoLo is newer than the schema and has no section (see spec.ts).
 */
export const SPEC_SECTION: Readonly<Record<TableName, keyof typeof SSDA903_SPEC_2024 | undefined>> =
  {
    Header: 'Header',
    Episodes: 'Episodes',
    Reviews: 'Reviews',
    UASC: 'UASC',
    OC2: 'OC2',
    OC3: 'OC3',
    AD1: 'AD1',
    PlacedAdoption: 'PlacedAdoption',
    PrevPerm: 'PrevPerm',
    Missing: 'Missing',
    SW_Episodes: 'SocialWorker',
    DoLo: undefined,
  };

/** The usual file name of each table (the validator's fake data), for messages. */
export const USUAL_FILE_NAME: Readonly<Record<TableName, string>> = {
  Header: 'header.csv',
  Episodes: 'episodes.csv',
  Reviews: 'reviews.csv',
  UASC: 'uasc.csv',
  OC2: 'oc2.csv',
  OC3: 'oc3.csv',
  AD1: 'ad1.csv',
  PlacedAdoption: 'placed_for_adoption.csv',
  PrevPerm: 'previous_permanence.csv',
  Missing: 'missing.csv',
  SW_Episodes: 'sw_episodes.csv',
  DoLo: 'DoLo.csv',
};

/** The table whose column set is exactly `columns` (order and duplicates aside), if any. */
export function identifyTable(columns: readonly string[]): TableName | undefined {
  const given = new Set(columns);
  return TABLE_NAMES.find((table) => {
    const expected = TABLE_COLUMNS[table];
    return expected.length === given.size && expected.every((column) => given.has(column));
  });
}

/**
 * The table a header row is: the table whose columns are exactly the given
 * ones or, failing that, the largest table all of whose columns are given
 * (real exports often carry an extra column, such as a child's name), with
 * the columns it does not have. Undefined when no table's columns are all
 * there, or when two tables of the same size both are (which one is meant
 * cannot be told).
 */
export function matchTable(
  columns: readonly string[],
): { readonly table: TableName; readonly extra: readonly string[] } | undefined {
  const exact = identifyTable(columns);
  if (exact !== undefined) return { table: exact, extra: [] };
  const given = new Set(columns);
  const complete = TABLE_NAMES.filter((table) =>
    TABLE_COLUMNS[table].every((column) => given.has(column)),
  ).sort((a, b) => TABLE_COLUMNS[b].length - TABLE_COLUMNS[a].length);
  const [best, next] = complete;
  if (best === undefined) return undefined;
  if (next !== undefined && TABLE_COLUMNS[next].length === TABLE_COLUMNS[best].length)
    return undefined;
  const expected = new Set(TABLE_COLUMNS[best]);
  return { table: best, extra: columns.filter((column) => !expected.has(column)) };
}

/** The table sharing most columns with `columns`, and how they differ: for refusal messages. */
export function nearestTable(columns: readonly string[]): {
  readonly table: TableName;
  readonly missing: readonly string[];
  readonly extra: readonly string[];
} {
  const given = new Set(columns);
  let best: TableName = 'Header';
  let bestScore = -Infinity;
  for (const table of TABLE_NAMES) {
    const expected = TABLE_COLUMNS[table];
    const shared = expected.filter((column) => given.has(column)).length;
    // Most columns in common first; then the fewest differences.
    const score = shared * 1000 - (expected.length - shared) - (given.size - shared);
    if (score > bestScore) [best, bestScore] = [table, score];
  }
  const expected = new Set(TABLE_COLUMNS[best]);
  return {
    table: best,
    missing: TABLE_COLUMNS[best].filter((column) => !given.has(column)),
    extra: columns.filter((column) => !expected.has(column)),
  };
}
