#!/usr/bin/env node
/**
 * Regenerates shared/records/ssda903/spec-years/ from the liia-tools-pipeline
 * SSDA903 schema and its yearly diffs (test/fixtures/ssda903/spec-by-year/;
 * its README.md says which diff applies to which collection year). For each
 * schema year from 2017 to 2027 it builds the schema the way that README
 * describes the pipeline's loader: the 2017 base, then every diff whose year
 * is at or before the schema year, oldest first; `add` and `modify` set the
 * value at the dotted path (so a `modify` of a code list replaces the whole
 * list), `rename` moves a key, `remove` deletes columns or tables. Schema
 * year N is the collection year (N-1)/N. One module is written per distinct
 * result, named after the first schema year that gives it, and an index maps
 * every collection year 2017/18 to 2026/27 to its module.
 *
 * The YAML is read as YAML 1.1, as the pipeline's PyYAML reads it
 * (`canbeblank: no` is false). The pipeline's table names are replaced by the
 * readers' (tables.ts). The unit test spec-years.test.ts rebuilds every year
 * from the YAML and checks these modules still equal it.
 *
 * Usage: node test/support/gen-ssda903-year-specs.mjs
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';

const repo = path.resolve(import.meta.dirname, '../..');
const sourceDir = path.join(repo, 'test/fixtures/ssda903/spec-by-year');
const targetDir = path.join(repo, 'shared/records/ssda903/spec-years');

/** The pipeline's table keys → the readers' table names (tables.ts `TABLE_NAMES`). */
const TABLE_NAME = {
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

const FIRST_COLLECTION = 2017; // 2017/18
const LAST_COLLECTION = 2026; // 2026/27

const files = readdirSync(sourceDir)
  .flatMap((name) => {
    const match = /^SSDA903_schema_(\d{4})(\.diff)?\.yml$/.exec(name);
    return match === null ? [] : [{ name, year: Number(match[1]), diff: match[2] !== undefined }];
  })
  .sort((a, b) => a.name.localeCompare(b.name));

const read = (name) => parse(readFileSync(path.join(sourceDir, name), 'utf8'), { version: '1.1' });

function applyDiff(schema, diff) {
  for (const [dotted, change] of Object.entries(diff)) {
    const keys = dotted.split('.');
    const last = keys.pop();
    let parent = schema;
    for (const key of keys) parent = parent[key];
    if (change.type === 'add' || change.type === 'modify') parent[last] = change.value;
    else if (change.type === 'rename') {
      parent[change.value] = parent[last];
      delete parent[last];
    } else if (change.type === 'remove') {
      const from = parent[last];
      for (const key of [change.value].flat()) delete from[key];
    } else throw new Error(`${dotted}: unknown change type ${change.type}`);
  }
}

/** The schema `load_schema(year)` gives. */
function schemaFor(year) {
  const usable = files.filter((file) => file.year <= year);
  const base = usable.filter((file) => !file.diff).at(-1);
  if (base === undefined) throw new Error(`no complete schema at or before ${year}`);
  const schema = read(base.name);
  for (const file of usable) {
    if (file.diff && file.year > base.year) applyDiff(schema, read(file.name));
  }
  const tables = {};
  for (const [key, columns] of Object.entries(schema.column_map)) {
    const table = TABLE_NAME[key];
    if (table === undefined) throw new Error(`unknown table ${key}`);
    tables[table] = columns;
  }
  return tables;
}

const distinct = []; // { schemaYear, tables, text }
const byCollection = [];
for (let start = FIRST_COLLECTION; start <= LAST_COLLECTION; start += 1) {
  const tables = schemaFor(start + 1);
  const text = JSON.stringify(tables);
  let found = distinct.find((entry) => entry.text === text);
  if (found === undefined) {
    found = { schemaYear: start + 1, tables, text };
    distinct.push(found);
  }
  byCollection.push({ label: `${start}/${String((start + 1) % 100).padStart(2, '0')}`, found });
}

rmSync(targetDir, { recursive: true, force: true });
mkdirSync(targetDir, { recursive: true });

const constName = (schemaYear) => `SSDA903_SCHEMA_${schemaYear}`;
const written = [];
for (const { schemaYear, tables } of distinct) {
  const years = byCollection.filter((entry) => entry.found.schemaYear === schemaYear);
  const range = `${years[0].label}${years.length > 1 ? ` to ${years.at(-1).label}` : ''}`;
  const sections = Object.entries(tables)
    .map(([table, columns]) => {
      const lines = Object.entries(columns).map(
        ([name, entry]) => `    ${name}: ${JSON.stringify(entry)},`,
      );
      return `  ${table}: {\n${lines.join('\n')}\n  },`;
    })
    .join('\n');
  const file = path.join(targetDir, `schema-${schemaYear}.ts`);
  writeFileSync(
    file,
    `/**
 * The SSDA903 columns for collection year ${range}: liia-tools-pipeline's
 * \`load_schema(${schemaYear})\`, built from test/fixtures/ssda903/spec-by-year/ (see its README.md).
 *
 * GENERATED by test/support/gen-ssda903-year-specs.mjs: do not edit by hand.
 */
import type { YearSpec } from '../spec-types';

/** Table → column → type, code list and \`canbeblank\`, for ${range}. */
export const ${constName(schemaYear)} = {\n${sections}\n} as const satisfies YearSpec;
`,
  );
  written.push(file);
}

const index = path.join(targetDir, 'index.ts');
writeFileSync(
  index,
  `/**
 * Which SSDA903 column spec checks each collection year (schema year N is the
 * collection year (N-1)/N; test/fixtures/ssda903/spec-by-year/README.md).
 *
 * GENERATED by test/support/gen-ssda903-year-specs.mjs: do not edit by hand.
 */
import type { YearSpec } from '../spec-types';
${distinct.map(({ schemaYear }) => `import { ${constName(schemaYear)} } from './schema-${schemaYear}';`).join('\n')}

/** One year's spec: the pipeline's schema year it is, and its tables. */
export type SpecForYear = { readonly schemaYear: number; readonly tables: YearSpec };

/** The collection years that have a spec, oldest first. */
export const SPEC_YEARS = [${byCollection.map(({ label }) => `'${label}'`).join(', ')}] as const;

/** A collection year with a spec. */
export type SpecYear = (typeof SPEC_YEARS)[number];

/** The spec of every collection year; years with the same schema share one object. */
export const SPEC_BY_YEAR: Readonly<Record<SpecYear, SpecForYear>> = {
${byCollection.map(({ label, found }) => `  '${label}': { schemaYear: ${found.schemaYear}, tables: ${constName(found.schemaYear)} },`).join('\n')}
};

/**
 * The spec year for a collection year starting 1 April \`startYear\`: that
 * year's, or the nearest one (a year before ${byCollection[0].label} gets ${byCollection[0].label}'s, a later one ${byCollection.at(-1).label}'s).
 */
export function specYearFor(startYear: number): SpecYear {
  const clamped = Math.min(Math.max(startYear, ${FIRST_COLLECTION}), ${LAST_COLLECTION});
  return SPEC_YEARS[clamped - ${FIRST_COLLECTION}] ?? '${byCollection.at(-1).label}';
}
`,
);
written.push(index);

execFileSync(path.join(repo, 'node_modules/.bin/prettier'), ['--write', ...written], {
  stdio: 'inherit',
});
