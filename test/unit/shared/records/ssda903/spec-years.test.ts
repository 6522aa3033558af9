import { readdirSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { columnChecks, TABLE_COLUMNS, TABLE_NAMES } from '../../../../../shared/records/ssda903';
import { tableInYear } from '../../../../../shared/records/ssda903/spec';
import {
  SPEC_BY_YEAR,
  SPEC_YEARS,
  specYearFor,
} from '../../../../../shared/records/ssda903/spec-years';
import { fixtureDir, fixtureText } from './fixture-files';

/**
 * Rebuilds `load_schema(year)` from the YAML as test/fixtures/ssda903/spec-by-year/README.md
 * describes the pipeline's loader, independently of the generator.
 */
type Json = { [key: string]: unknown };
const isJson = (value: unknown): value is Json =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

const folder = 'spec-by-year';
const yamlFiles = readdirSync(path.join(fixtureDir, folder))
  .flatMap((name) => {
    const match = /^SSDA903_schema_(\d{4})(\.diff)?\.yml$/.exec(name);
    return match === null ? [] : [{ name, year: Number(match[1]), diff: match[2] !== undefined }];
  })
  .sort((a, b) => a.name.localeCompare(b.name));

const readYaml = (name: string): Json => {
  const value: unknown = parse(fixtureText(`${folder}/${name}`), { version: '1.1' });
  if (!isJson(value)) throw new Error(`${name} is not a mapping`);
  return value;
};

function loadSchema(year: number): Json {
  const usable = yamlFiles.filter((file) => file.year <= year);
  const base = usable.filter((file) => !file.diff).at(-1);
  if (base === undefined) throw new Error(`no schema for ${year}`);
  const schema = readYaml(base.name);
  for (const file of usable.filter((item) => item.diff && item.year > base.year)) {
    for (const [dotted, change] of Object.entries(readYaml(file.name))) {
      if (!isJson(change)) throw new Error(`${dotted}: not a change`);
      const keys = dotted.split('.');
      const last = keys.pop() ?? '';
      let parent: Json = schema;
      for (const key of keys) {
        const next = parent[key];
        if (!isJson(next)) throw new Error(`${dotted}: no ${key}`);
        parent = next;
      }
      // Only add and modify occur (README); both set the value, replacing a code list whole.
      expect(['add', 'modify']).toContain(change.type);
      parent[last] = change.value;
    }
  }
  return schema;
}

const READER_NAME: Readonly<Record<string, string>> = {
  ad1: 'AD1',
  episodes: 'Episodes',
  header: 'Header',
  missing: 'Missing',
  oc2: 'OC2',
  oc3: 'OC3',
  placed_adoption: 'PlacedAdoption',
  prev_perm: 'PrevPerm',
  reviews: 'Reviews',
  uasc: 'UASC',
  social_worker: 'SW_Episodes',
};

function renamed(schema: Json): Json {
  const columnMap = schema.column_map;
  if (!isJson(columnMap)) throw new Error('no column_map');
  return Object.fromEntries(
    Object.entries(columnMap).map(([key, value]) => [READER_NAME[key] ?? key, value]),
  );
}

const start = (year: string): number => Number(year.slice(0, 4));
const codesOf = (year: string, table: (typeof TABLE_NAMES)[number], column: string): string[] => {
  const check = columnChecks(table, {
    start: `${start(year)}-04-01`,
    end: `${start(year) + 1}-03-31`,
  }).find((item) => item.column === column);
  return [...(check?.codes ?? [])];
};

describe('the SSDA903 spec of each collection year (generated from spec-by-year/)', () => {
  it('has a spec for every collection year 2017/18 to 2026/27', () => {
    expect(SPEC_YEARS).toEqual([
      '2017/18',
      '2018/19',
      '2019/20',
      '2020/21',
      '2021/22',
      '2022/23',
      '2023/24',
      '2024/25',
      '2025/26',
      '2026/27',
    ]);
  });

  it.each(SPEC_YEARS.map((year) => [year]))(
    '%s equals load_schema(end year) rebuilt from the YAML',
    (year) => {
      expect(SPEC_BY_YEAR[year].tables).toEqual(renamed(loadSchema(start(year) + 1)));
    },
  );

  it('shares one spec between the years with the same files applied (README table)', () => {
    const schemaYears = SPEC_YEARS.map((year) => SPEC_BY_YEAR[year].schemaYear);
    expect(schemaYears).toEqual([2018, 2019, 2019, 2019, 2022, 2022, 2024, 2025, 2026, 2026]);
    expect(SPEC_BY_YEAR['2019/20'].tables).toBe(SPEC_BY_YEAR['2018/19'].tables);
  });

  it('gives a year before 2017/18 the 2017/18 spec and a year after 2026/27 the 2026/27 spec', () => {
    expect(specYearFor(2012)).toBe('2017/18');
    expect(specYearFor(2017)).toBe('2017/18');
    expect(specYearFor(2024)).toBe('2024/25');
    expect(specYearFor(2031)).toBe('2026/27');
  });

  it('names the readers’ tables and columns, SW_Episodes only from 2023/24', () => {
    for (const year of SPEC_YEARS) {
      for (const [table, columns] of Object.entries(SPEC_BY_YEAR[year].tables)) {
        const name = TABLE_NAMES.find((known) => known === table);
        expect(name, `${year} ${table}`).toBeDefined();
        const expected = name === undefined ? [] : [...TABLE_COLUMNS[name]];
        expect(Object.keys(columns).sort(), `${year} ${table}`).toEqual(expected.sort());
      }
      const has = SPEC_BY_YEAR[year].tables.SW_Episodes !== undefined;
      expect(has, year).toBe(year >= '2023/24');
    }
  });

  it('keeps DoLo and Header.UASC, which the YAML lacks, in every year', () => {
    for (const year of SPEC_YEARS) {
      const y = { start: `${start(year)}-04-01`, end: `${start(year) + 1}-03-31` };
      expect(tableInYear('DoLo', y)).toBe(true);
      expect(columnChecks('DoLo', y).map((check) => check.column)).toEqual([...TABLE_COLUMNS.DoLo]);
      expect(columnChecks('Header', y).some((check) => check.column === 'UASC')).toBe(true);
    }
  });

  it('replaces whole code lists: PLACE 27 → 26 → 30 codes, REC 20 → 22, ACTIV 10 → 12', () => {
    expect(codesOf('2023/24', 'Episodes', 'PLACE')).toHaveLength(27);
    expect(codesOf('2024/25', 'Episodes', 'PLACE')).toHaveLength(26);
    expect(codesOf('2025/26', 'Episodes', 'PLACE')).toHaveLength(30);
    expect(codesOf('2017/18', 'Episodes', 'REC')).toHaveLength(20);
    expect(codesOf('2018/19', 'Episodes', 'REC')).toHaveLength(22);
    expect(codesOf('2020/21', 'OC3', 'ACTIV')).toHaveLength(10);
    expect(codesOf('2021/22', 'OC3', 'ACTIV')).toHaveLength(12);
  });

  it('reads SDQ_SCORE as a whole number from 0 to 40', () => {
    const sdq = columnChecks('OC2', { start: '2019-04-01', end: '2020-03-31' }).find(
      (check) => check.column === 'SDQ_SCORE',
    );
    expect(sdq).toMatchObject({ kind: 'integer', min: 0, max: 40 });
  });
});
