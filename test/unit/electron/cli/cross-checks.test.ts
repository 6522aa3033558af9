/**
 * `workbook cross-checks`: a child on a child protection plan in the
 * council's CIN census while looked after in its 903 is found, and one
 * command records the finding as evidence for help and protection.
 */
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { jsonOutputSchemas } from '../../../../electron/cli/json-schemas';
import { writeCinXml } from '../../../../shared/records/cin';
import { cleanCensus } from '../../shared/records/cin/clean-census';
import { json, newWorkbook, run, workDir } from './helpers';

let dir = '';
beforeAll(async () => {
  dir = await workDir();
});

const HEADER = 'CHILD,SEX,DOB,ETHNIC,UPN,MOTHER,MC_DOB';
const EPISODES =
  'CHILD,DECOM,RNE,LS,CIN,PLACE,PLACE_PROVIDER,DEC,REC,REASON_PLACE_CHANGE,HOME_POST,PL_POST,URN';

describe('workbook cross-checks', () => {
  it('finds a child on a plan while looked after, and records it as evidence in one step', async () => {
    const file = await newWorkbook(dir, 'cross');
    // clean-census.ts: A1 is on a plan from late April 2024, still open at 31 March 2025.
    const census = path.join(dir, 'cin.xml');
    await writeFile(census, writeCinXml(cleanCensus(2025)));
    const header = path.join(dir, 'header.csv');
    const episodes = path.join(dir, 'episodes.csv');
    // The 903 writes the child as A-1: the census's letters-and-digits id is A1.
    await writeFile(header, `${HEADER}\nA-1,2,15/06/2015,WBRI,UN1,,\nZ9,1,01/01/2012,WBRI,UN1,,\n`);
    await writeFile(
      episodes,
      `${EPISODES}\nA-1,01/09/2024,S,C2,N1,U1,PR1,,,,AB1 2CD,AB3 4EF,SC100001\n` +
        'Z9,01/05/2024,S,C2,N1,U1,PR1,,,,AB1 2CD,AB3 4EF,SC100001\n',
    );
    expect((await run(['import', file, census, header, episodes])).code).toBe(0);

    const report = json(await run(['cross-checks', file, '--json']));
    expect(jsonOutputSchemas['cross-checks'].safeParse(report).success).toBe(true);
    const findings = jsonOutputSchemas['cross-checks'].parse(report).findings;
    expect(findings.map((f) => [f.kind, f.owner, f.child])).toEqual([
      ['protection-and-care', 'council', 'A1'],
    ]);
    const text = await run(['cross-checks', file]);
    expect(text.stdout).toContain('CIN census 2024/25: 1 finding(s).');

    const id = findings[0]?.id ?? '';
    expect((await run(['cross-checks', 'evidence', file, '--id', id])).code).toBe(0);
    const listed = json(await run(['evidence', 'list', file, '--json']));
    expect(JSON.stringify(listed)).toContain('Child A1 was subject to a child protection plan');
    expect(JSON.stringify(listed)).toContain('help-and-protection');
    expect((await run(['cross-checks', 'evidence', file, '--id', 'nope'])).code).not.toBe(0);
  });

  it('says so when no census was imported', async () => {
    const file = await newWorkbook(dir, 'none');
    const report = json(await run(['cross-checks', file, '--json']));
    expect(report).toEqual({ census: null, findings: [] });
  });
});
