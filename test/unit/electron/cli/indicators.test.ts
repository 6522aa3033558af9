import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { jsonOutputSchemas } from '../../../../electron/cli/json-schemas';
import { writeCinXml } from '../../../../shared/records/cin';
import { cleanCensus } from '../../shared/records/cin/clean-census';
import { idOf, json, run, workDir } from './helpers';

let dir = '';
beforeAll(async () => {
  dir = await workDir();
});

const HEADER = 'CHILD,SEX,DOB,ETHNIC,UPN,MOTHER,MC_DOB';
const EPISODES =
  'CHILD,DECOM,RNE,LS,CIN,PLACE,PLACE_PROVIDER,DEC,REC,REASON_PLACE_CHANGE,HOME_POST,PL_POST,URN';

type Indicator = {
  id: string;
  scope: string;
  numerator: number;
  denominator: number;
  value: number | null;
};

function indicatorsOf(value: unknown): Indicator[] {
  const list =
    typeof value === 'object' && value !== null ? Reflect.get(value, 'indicators') : undefined;
  if (!Array.isArray(list)) throw new Error('no indicators');
  return list.map((entry: unknown) => ({
    id: String(Reflect.get(Object(entry), 'id')),
    scope: String(Reflect.get(Object(entry), 'scope')),
    numerator: Number(Reflect.get(Object(entry), 'numerator')),
    denominator: Number(Reflect.get(Object(entry), 'denominator')),
    value:
      Reflect.get(Object(entry), 'value') === null
        ? null
        : Number(Reflect.get(Object(entry), 'value')),
  }));
}

describe('workbook indicators', () => {
  it('gives each provider its own figure and the council one over all children, de-duplicated', async () => {
    const file = path.join(dir, 'ind.inspection');
    await run([
      'new',
      file,
      '--council',
      'Northmoor',
      '--la-code',
      '899',
      '--kind',
      'ilacs-standard',
      '--on-site',
      '2026-10-05',
    ]);
    const provider = idOf(
      await run(['provider', 'add', file, '--name', 'Trust CIC', '--legal-form', 'cic', '--json']),
    );
    // The provider's return: child 1 moved twice in 2025/26 (3 placements), child 2 never moved.
    const providerHeader = path.join(dir, 'p-header.csv');
    const providerEpisodes = path.join(dir, 'p-episodes.csv');
    await writeFile(
      providerHeader,
      `${HEADER}\n1,1,01/02/2012,WBRI,A123456789012,,\n2,2,03/04/2013,WBRI,A123456789013,,\n`,
    );
    await writeFile(
      providerEpisodes,
      `${EPISODES}\n` +
        '1,01/05/2025,S,C2,N1,U1,PR1,01/07/2025,X1,CARPL,AB1 2CD,AB3 4EF,SC100001\n' +
        '1,01/07/2025,P,C2,N1,U4,PR1,01/10/2025,X1,CARPL,AB1 2CD,AB3 4EF,SC100002\n' +
        '1,01/10/2025,P,C2,N1,K2,PR4,,,,AB1 2CD,AB3 4EF,SC100003\n' +
        '2,01/06/2024,S,C2,N1,U1,PR1,,,,AB1 2CD,AB3 4EF,SC100001\n',
    );
    // The council's own return holds the provider's children again, plus child 3 (one placement).
    const councilHeader = path.join(dir, 'c-header.csv');
    const councilEpisodes = path.join(dir, 'c-episodes.csv');
    await writeFile(
      councilHeader,
      `${HEADER}\n1,1,01/02/2012,WBRI,A123456789012,,\n2,2,03/04/2013,WBRI,A123456789013,,\n3,1,05/06/2014,WBRI,A123456789014,,\n`,
    );
    await writeFile(
      councilEpisodes,
      `${EPISODES}\n` +
        '1,01/05/2025,S,C2,N1,U1,PR1,01/07/2025,X1,CARPL,AB1 2CD,AB3 4EF,SC100001\n' +
        '1,01/07/2025,P,C2,N1,U4,PR1,01/10/2025,X1,CARPL,AB1 2CD,AB3 4EF,SC100002\n' +
        '1,01/10/2025,P,C2,N1,K2,PR4,,,,AB1 2CD,AB3 4EF,SC100003\n' +
        '2,01/06/2024,S,C2,N1,U1,PR1,,,,AB1 2CD,AB3 4EF,SC100001\n' +
        '3,01/09/2023,S,C2,N1,U1,PR1,,,,AB1 2CD,AB3 4EF,SC100001\n',
    );
    expect(
      (await run(['import', file, '--for', provider, providerHeader, providerEpisodes])).code,
    ).toBe(0);
    expect((await run(['import', file, councilHeader, councilEpisodes])).code).toBe(0);

    const report = json(await run(['indicators', file, '--json']));
    expect(Reflect.get(Object(report), 'year')).toMatchObject({
      start: '2025-04-01',
      end: '2026-03-31',
    });
    const stability = indicatorsOf(report).filter((i) => i.id === 'placement-stability-3-plus');
    // By construction: the provider has 1 of its 2 children with 3+ placements; the council 1 of 3.
    expect(stability.find((i) => i.scope === provider)).toMatchObject({
      numerator: 1,
      denominator: 2,
    });
    expect(stability.find((i) => i.scope === 'council')).toMatchObject({
      numerator: 1,
      denominator: 3,
    });
    const text = await run(['indicators', file]);
    expect(text.stdout).toContain('2025/26');
  });

  it('counts an imported CIN census, in its own census year, the referrals as a count', async () => {
    const file = path.join(dir, 'cin.inspection');
    await run([
      'new',
      file,
      '--council',
      'Northmoor',
      '--la-code',
      '899',
      '--kind',
      'ilacs-standard',
    ]);
    const census = path.join(dir, 'cin-2025.xml');
    await writeFile(census, writeCinXml(cleanCensus(2025)));
    expect((await run(['import', file, census])).code).toBe(0);
    const report = json(await run(['indicators', file, '--json']));
    // The documented shape holds the count unit, the census data and the census year.
    expect(jsonOutputSchemas.indicators.safeParse(report).success).toBe(true);
    expect(Reflect.get(Object(report), 'census')).toMatchObject({ label: '2024/25' });
    expect(Reflect.get(Object(report), 'year')).toBeNull();
    const referrals = indicatorsOf(report).find((i) => i.id === 'cin-referrals');
    // clean-census.ts: three children, one referral each in 2024/25.
    expect(referrals).toMatchObject({ scope: 'council', value: 3, numerator: 3 });
    const text = await run(['indicators', file]);
    expect(text.stdout).toContain('CIN census year 2024/25');
    expect(text.stdout).toMatch(/Referrals in the year: 3\n/);
  });

  it('says plainly when no records are imported, and refuses a malformed year', async () => {
    const file = path.join(dir, 'empty.inspection');
    await run([
      'new',
      file,
      '--council',
      'Northmoor',
      '--la-code',
      '899',
      '--kind',
      'ilacs-standard',
    ]);
    const report = json(await run(['indicators', file, '--json']));
    expect(indicatorsOf(report).every((i) => i.value === null)).toBe(true);
    expect((await run(['indicators', file, '--year', '25/26'])).code).toBe(2);
  });
});
