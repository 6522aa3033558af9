/**
 * DfE 903 integrity rules: every child in a table is in Header (INT01–09),
 * with Header's date of birth (INT11–18) and sex (INT21); a child appears
 * once in the one-row-per-child tables (INT31–36); a child in Header has
 * episodes (EPI); a child looked after before the year has last year's
 * episodes (NoE). Each rule's text is in catalogue.ts. DfE guidance:
 * https://www.gov.uk/guidance/children-looked-after-return
 */
import type { TableName } from '../tables';
import { byChild, code, dateOf, rowsOf } from './helpers';
import { collectionDays } from './helpers-r4';
import { birthDays } from './helpers-3xx';
import { view } from './view';
import type { DfeRule } from './rule';

/** Rules that a table's CHILD is in Header. */
const IN_HEADER: ReadonlyArray<readonly [string, TableName]> = [
  ['INT01', 'AD1'],
  ['INT02', 'PlacedAdoption'],
  ['INT03', 'Episodes'],
  ['INT04', 'Missing'],
  ['INT05', 'OC2'],
  ['INT06', 'OC3'],
  ['INT07', 'PrevPerm'],
  ['INT08', 'Reviews'],
  ['INT09', 'UASC'],
];

/** Rules that a table's DOB is Header's. */
const SAME_DOB: ReadonlyArray<readonly [string, TableName]> = [
  ['INT11', 'AD1'],
  ['INT12', 'PlacedAdoption'],
  ['INT13', 'Missing'],
  ['INT14', 'OC2'],
  ['INT15', 'OC3'],
  ['INT16', 'PrevPerm'],
  ['INT17', 'Reviews'],
  ['INT18', 'UASC'],
];

/** How many of a child's other rows a one-row-per-child finding names. */
const NAMED_OTHERS = 3;

/** Rules that a child has one row in a table. */
const ONCE: ReadonlyArray<readonly [string, TableName]> = [
  ['INT31', 'AD1'],
  ['INT32', 'Header'],
  ['INT33', 'OC2'],
  ['INT34', 'OC3'],
  ['INT35', 'PrevPerm'],
  ['INT36', 'UASC'],
];

/**
 * SEX as one code. From 2024/25 Header SEX is M/F/U (spec-by-year
 * SSDA903_schema_2025.diff.yml) while UASC SEX still accepts the old 1/2
 * for M/F, so the same sex written both ways is not a difference.
 */
function sexCode(value: string): string {
  if (value === '1' || value === 'MALE') return 'M';
  if (value === '2' || value === 'FEMALE') return 'F';
  return value;
}

const inHeaderRules: DfeRule[] = IN_HEADER.map(([ruleCode, table]) => ({
  // A row whose CHILD has no Header row (a blank CHILD is the reader's).
  code: ruleCode,
  check: ({ tables }, flag) => {
    if (tables.Header === undefined) return;
    const header = view(tables.Header).byChild();
    const rows = view(tables[table]);
    rows.child.forEach((child, at) => {
      if (child !== '' && !header.has(child)) rows.flag(flag, at, 'CHILD');
    });
  },
}));

const sameDobRules: DfeRule[] = SAME_DOB.map(([ruleCode, table]) => ({
  // Both dates are read as days, so only a real difference is flagged (a
  // date that is not one is the reader's).
  code: ruleCode,
  check: ({ tables }, flag) => {
    // The first date of birth the child's Header rows give (birthDays).
    const births = birthDays(tables.Header);
    const header = view(tables.Header);
    const rows = view(tables[table]);
    rows.date('DOB').forEach((dob, at) => {
      if (dob === undefined) return;
      const child = rows.child[at] ?? '';
      const headerDob = births.get(child);
      if (headerDob === undefined || headerDob === dob) return;
      const first = header.byChild().get(child)?.[0];
      const given = first === undefined ? '' : (header.rows[first]?.values.DOB ?? '');
      rows.flag(flag, at, 'DOB', `Header: ${given}`);
    });
  },
}));

const onceRules: DfeRule[] = ONCE.map(([ruleCode, table]) => ({
  // Every row of a child with more than one is flagged, each naming a few of the others
  // (a few, not all: a file of thousands of rows for one child must stay linear).
  code: ruleCode,
  check: ({ tables }, flag) => {
    for (const [, rows] of byChild(tables[table])) {
      if (rows.length < 2) continue;
      const first = rows.slice(0, NAMED_OTHERS + 1).map(([, other]) => other.row);
      for (const [source, row] of rows) {
        const others = first.filter((number) => number !== row.row).slice(0, NAMED_OTHERS);
        const more = rows.length - 1 - others.length;
        const note = `also row ${others.join(', ')}${more > 0 ? ` and ${more.toLocaleString('en-GB')} more` : ''}`;
        flag(source, row, 'CHILD', note);
      }
    }
  },
}));

export const RULES_INT: readonly DfeRule[] = [
  {
    // A Header child with no episodes in the return and no OC3 row (a care
    // leaver is reported without episodes). With no Episodes table loaded
    // every such child is flagged: the episodes are what is missing.
    code: 'EPI',
    check: ({ tables }, flag) => {
      const episodes = view(tables.Episodes).byChild();
      const leavers = view(tables.OC3).byChild();
      const header = view(tables.Header);
      for (const [child, positions] of header.byChild()) {
        if (episodes.has(child) || leavers.has(child)) continue;
        for (const at of positions) header.flag(flag, at, 'CHILD');
      }
    },
  },
  ...inHeaderRules,
  ...sameDobRules,
  {
    code: 'INT21',
    check: ({ tables }, flag) => {
      const header = byChild(tables.Header);
      for (const [source, row] of rowsOf(tables.UASC)) {
        const sex = sexCode(code(row, 'SEX'));
        const known = header.get((row.values.CHILD ?? '').trim()) ?? [];
        const headerSex = known.map(([, h]) => sexCode(code(h, 'SEX'))).find((s) => s !== '');
        if (sex !== '' && headerSex !== undefined && headerSex !== sex)
          flag(source, row, 'SEX', `Header: ${known[0]?.[1].values.SEX ?? ''}`);
      }
    },
  },
  ...onceRules,
  {
    // An episode starting before this collection year, for a child with no
    // episodes at all in last year's return (loaded). Each such episode is
    // flagged on DECOM.
    code: 'NoE',
    check: (input, flag) => {
      const last = input.previous?.Episodes;
      if (last === undefined) return;
      const { start } = collectionDays(input);
      const before = byChild(last);
      for (const [source, row] of rowsOf(input.tables.Episodes)) {
        const decom = dateOf(row, 'DECOM');
        const child = (row.values.CHILD ?? '').trim();
        if (decom !== undefined && decom < start && child !== '' && !before.has(child))
          flag(source, row, 'DECOM');
      }
    },
  },
];
