import { mkdtemp, readFile, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { jsonOutputSchema } from '../../../../electron/cli/json-schemas';
import { bundledComparators } from '../../../../shared/comparators/bundled';
import { writeCinXml } from '../../../../shared/records/cin';
import { cleanCensus } from '../../shared/records/cin/clean-census';
import { json, run, workDir } from './helpers';

let dir = '';
let file = '';
let store = '';
beforeAll(async () => {
  dir = await workDir();
  store = await mkdtemp(path.join(tmpdir(), 'workbook-comparators-'));
  process.env['WORKBOOK_COMPARATORS_DIR'] = store;
  file = path.join(dir, 'bristol.inspection');
  const made = await run([
    'new',
    file,
    '--council',
    'Bristol City Council',
    '--la-code',
    '801',
    '--kind',
    'ilacs-standard',
    '--on-site',
    '2026-10-05',
    '--lead',
    'Lead',
  ]);
  if (made.code !== 0) throw new Error(made.stderr);
});

const field = (value: unknown, ...keys: (string | number)[]): unknown =>
  keys.reduce<unknown>(
    (at, key) => (typeof at === 'object' && at !== null ? Reflect.get(at, key) : undefined),
    value,
  );

function measure(output: unknown, id: string): unknown {
  const list = field(output, 'measures');
  return Array.isArray(list) ? list.find((m: unknown) => field(m, 'id') === id) : undefined;
}

const CPP_HEAD =
  'time_period,time_identifier,geographic_level,country_code,country_name,region_code,region_name,old_la_code,new_la_code,la_name,category,CPP_start,CPP_subsequent,CPP_subsequent_percent';
function cppRelease(year: number): string {
  const cat = 'Child Protection Plans which are a second or subsequent plan';
  return [
    CPP_HEAD,
    `${year},Reporting year,National,E92000001,England,,,,,,${cat},60000,15000,25.5`,
    `${year},Reporting year,Regional,E92000001,England,E12000009,South West,,,,${cat},4000,1200,30.1`,
    `${year},Reporting year,Local authority,E92000001,England,E12000009,South West,801,E06000023,"Bristol, City of",${cat},200,40,20.2`,
    '',
  ].join('\n');
}

describe('workbook comparators', () => {
  it('prints the council beside England, its region and its ten neighbours, with no records imported', async () => {
    const result = await run(['comparators', file, '--json']);
    const output = json(result);
    expect(jsonOutputSchema('comparators')?.safeParse(output).success).toBe(true);
    expect(field(output, 'la')).toEqual({
      code: '801',
      name: 'Bristol, City of',
      region: 'South West',
    });
    expect(field(output, 'neighbours', 'length')).toBe(10);
    const dataset = bundledComparators();
    const cla = dataset.measures.find((m) => m.id === 'cla-rate');
    const at = (cla?.years.length ?? 0) - 1;
    expect(field(measure(output, 'cla-rate'), 'la', 'value')).toBe(cla?.values['801']?.[at]);
    expect(field(measure(output, 'cla-rate'), 'england', 'value')).toBe(
      cla?.values['E92000001']?.[at],
    );
    const text = await run(['comparators', file]);
    expect(text.stdout).toContain('Bristol, City of (LA 801), South West');
  });

  it('indicators --json gains comparators on each council indicator that has them', async () => {
    const header = path.join(dir, 'header.csv');
    const episodes = path.join(dir, 'episodes.csv');
    await writeFile(
      header,
      'CHILD,SEX,DOB,ETHNIC,UPN,MOTHER,MC_DOB\n1,1,01/02/2012,WBRI,A123456789012,,\n',
    );
    await writeFile(
      episodes,
      'CHILD,DECOM,RNE,LS,CIN,PLACE,PLACE_PROVIDER,DEC,REC,REASON_PLACE_CHANGE,HOME_POST,PL_POST,URN\n' +
        '1,01/06/2024,S,C2,N1,U1,PR1,,,,AB1 2CD,AB3 4EF,SC100001\n',
    );
    expect((await run(['import', file, header, episodes])).code).toBe(0);
    const output = json(await run(['indicators', file, '--json']));
    expect(jsonOutputSchema('indicators')?.safeParse(output).success).toBe(true);
    const list = field(output, 'indicators');
    const stability = Array.isArray(list)
      ? list.find((i: unknown) => field(i, 'id') === 'placement-stability-3-plus')
      : undefined;
    expect(field(stability, 'comparators', 'measure')).toBe('placements-3-plus');
    expect(field(stability, 'comparators', 'year')).toBe(2025);
    const missing = Array.isArray(list)
      ? list.find((i: unknown) => field(i, 'id') === 'missing-children')
      : undefined;
    expect(field(missing, 'comparators')).toBeUndefined();
  });

  it('indicators --json gains comparators on the CIN census indicators, for the census year', async () => {
    const census = path.join(dir, 'cin-2024.xml');
    await writeFile(census, writeCinXml(cleanCensus(2024)));
    expect((await run(['import', file, census])).code).toBe(0);
    const output = json(await run(['indicators', file, '--json']));
    expect(jsonOutputSchema('indicators')?.safeParse(output).success).toBe(true);
    const list = field(output, 'indicators');
    const find = (id: string): unknown =>
      Array.isArray(list) ? list.find((i: unknown) => field(i, 'id') === id) : undefined;
    const published = bundledComparators().measures.find((m) => m.id === 're-referrals');
    const at = published?.years.indexOf(2024) ?? -1;
    const rereferrals = find('cin-rereferrals-12-months');
    expect(field(rereferrals, 'comparators', 'measure')).toBe('re-referrals');
    // The census is for 2023/24: DfE's figure for the year ending 31 March 2024, not the latest.
    expect(field(rereferrals, 'comparators', 'year')).toBe(2024);
    expect(field(rereferrals, 'comparators', 'la', 'value')).toBe(published?.values['801']?.[at]);
    expect(field(find('cin-cpp-second-subsequent'), 'comparators', 'measure')).toBe(
      'cpp-second-or-later',
    );
    expect(field(find('cin-cpp-2-years-ceasing'), 'comparators', 'measure')).toBe(
      'cpp-2-years-or-more',
    );
    // A count has no comparator: other councils' counts are of other populations.
    expect(field(find('cin-referrals'), 'comparators')).toBeUndefined();
  });

  it('update refuses a year already loaded and a missing column, and stores nothing', async () => {
    const old = path.join(dir, 'd3_cpps_subsequent_plan_2013_to_2025.csv');
    await writeFile(old, cppRelease(2025));
    const stale = await run(['comparators', 'update', old]);
    expect(stale.code).toBe(1);
    expect(stale.stderr).toContain('d3_cpps_subsequent_plan_2013_to_2025.csv');
    expect(stale.stderr).toContain('time_period');
    const broken = path.join(dir, 'd3_cpps_subsequent_plan_2013_to_2026.csv');
    await writeFile(broken, cppRelease(2026).replace('CPP_subsequent_percent', 'CPP_later'));
    const refused = await run(['comparators', 'update', broken]);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain('"CPP_subsequent_percent" is missing');
    await expect(stat(path.join(store, 'comparators.json'))).rejects.toThrow('ENOENT');
  });

  it('update loads a newer release, records it, and a later refusal changes nothing', async () => {
    const newer = path.join(dir, 'd3_cpps_subsequent_plan_2013_to_2026.csv');
    await writeFile(newer, cppRelease(2026));
    const loaded = json(await run(['comparators', 'update', newer, '--json', '--as', 'Analyst']));
    expect(jsonOutputSchema('comparators update')?.safeParse(loaded).success).toBe(true);
    expect(field(loaded, 'files')).toEqual([
      { name: 'd3_cpps_subsequent_plan_2013_to_2026.csv', years: [2026, 2026], rows: 3 },
    ]);
    const shown = json(await run(['comparators', file, '--json']));
    expect(field(measure(shown, 'cpp-second-or-later'), 'year')).toBe(2026);
    expect(field(measure(shown, 'cpp-second-or-later'), 'la', 'value')).toBe(20.2);
    const storeFile = path.join(store, 'comparators.json');
    const before = await readFile(storeFile);
    expect(field(JSON.parse(before.toString('utf8')), 'loads', 0, 'by')).toBe('Analyst');
    expect((await run(['comparators', 'update', newer])).code).toBe(1);
    expect((await readFile(storeFile)).equals(before)).toBe(true);
  });
});
