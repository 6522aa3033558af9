import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { json, newWorkbook, runProcess, workDir } from './helpers';

/**
 * The 903 return checked in its context, through the real command in a
 * child process: the owner's previous-year return (DfE rule 203, date of
 * birth against last year's), the Ofsted provider lists (rules 1008 and 227)
 * and a year chosen after import (`workbook recheck`).
 */
const providerList = path.resolve(
  import.meta.dirname,
  '../../../fixtures/ofsted-providers/ch_fake.xlsx',
);

let dir = '';
beforeAll(async () => {
  dir = await workDir();
});

const field = (value: unknown, ...keys: string[]): unknown =>
  keys.reduce<unknown>((current, key) => Reflect.get(Object(current), key), value);

async function csv(name: string, text: string): Promise<string> {
  const file = path.join(dir, name);
  await writeFile(file, text);
  return file;
}

const HEADER = 'CHILD,SEX,DOB,ETHNIC,UPN,MOTHER,MC_DOB\n';
const EPISODES =
  'CHILD,DECOM,RNE,LS,CIN,PLACE,PLACE_PROVIDER,DEC,REC,REASON_PLACE_CHANGE,HOME_POST,PL_POST,URN\n';

/** The DfE codes `problems --json` reports, with the row each is on. */
async function dfeFindings(
  file: string,
): Promise<{ code: string; file: string; row: number | null }[]> {
  const report = json(await runProcess(['problems', file, '--json']));
  const problems = field(report, 'problems');
  return (Array.isArray(problems) ? problems : []).flatMap((line: unknown) => {
    const code = field(line, 'dfeCode');
    return typeof code === 'string'
      ? [{ code, file: String(field(line, 'file')), row: Number(field(line, 'row')) }]
      : [];
  });
}

describe('workbook import --previous', () => {
  it('checks this year’s Header against last year’s (DfE 203) whichever comes first, and lists last year’s as such', async () => {
    const file = await newWorkbook(dir, 'previous');
    const now = await csv('header.csv', `${HEADER}101,M,01/02/2010,WBRI,A123456789012,,\n`);
    const nowEpisodes = await csv(
      'episodes.csv',
      `${EPISODES}101,01/05/2025,S,C2,N1,K2,PR1,,X1,,,,XXXXXXX\n`,
    );
    const current = json(
      await runProcess(['import', file, '--year', '2025/26', now, nowEpisodes, '--json']),
    );
    expect(field(current, 'rechecked')).toEqual([]);
    expect((await dfeFindings(file)).map((f) => f.code)).not.toContain('203');

    const lastDir = path.join(dir, 'last');
    await import('node:fs/promises').then((fs) => fs.mkdir(lastDir, { recursive: true }));
    const last = path.join(lastDir, 'header.csv');
    await writeFile(last, `${HEADER}101,M,01/03/2010,WBRI,A123456789012,,\n`);
    const previous = json(
      await runProcess(['import', file, '--previous', '--year', '2024/25', last, '--json']),
    );
    expect(field(previous, 'files', '0', 'period')).toBe('previous');
    expect(field(previous, 'year', 'label')).toBe('2024/25');
    // This year's files were checked again with last year's Header: child 101's DOB differs.
    const rechecked = field(previous, 'rechecked');
    expect(Array.isArray(rechecked) ? rechecked.map((r: unknown) => field(r, 'file')) : []).toEqual(
      ['header.csv', 'episodes.csv'],
    );
    const findings = await dfeFindings(file);
    expect(findings).toContainEqual({ code: '203', file: 'header.csv', row: 2 });

    // Both returns keep their header.csv; the list says which is last year's.
    const list = await runProcess(['imports', 'list', file, '--json']);
    const imports = field(json(list), 'imports');
    expect(
      (Array.isArray(imports) ? imports : []).map((i: unknown) => [
        field(i, 'fileName'),
        field(i, 'period') ?? 'current',
      ]),
    ).toEqual([
      ['header.csv', 'current'],
      ['episodes.csv', 'current'],
      ['header.csv', 'previous'],
    ]);
    const text = await runProcess(['imports', 'list', file]);
    expect(text.stdout).toMatch(/header\.csv .*previous year/);
    const problems = await runProcess(['problems', file]);
    expect(problems.stdout).toContain('Collection year 2025/26.');
    expect(problems.stdout).toContain(
      'header.csv  (Northmoor, ssda903-csv, 2024/25, previous year)',
    );

    // A later import of this year's Header is read with last year's too.
    await writeFile(now, `${HEADER}101,M,01/02/2010,WBRI,A123456789012,,\n`);
    const again = json(await runProcess(['import', file, now, '--json']));
    expect(field(again, 'year', 'source')).toBe('given');
    expect((await dfeFindings(file)).filter((f) => f.code === '203')).toHaveLength(1);
  });
});

describe('the Ofsted URN rules', () => {
  it('reports a URN not in the provider list (1008) and a start before registration (227) once the list is imported', async () => {
    const file = await newWorkbook(dir, 'urns');
    const header = await csv(
      'urn-header.csv',
      `${HEADER}201,F,01/02/2012,WBRI,A123456789013,,\n202,F,01/02/2012,WBRI,A123456789014,,\n`,
    );
    // ch_fake.xlsx lists NJASCN, registered 1 December 2023.
    const episodes = await csv(
      'urn-episodes.csv',
      `${EPISODES}201,01/06/2023,S,C2,N1,K2,PR1,,X1,,,,NJASCN\n` +
        `202,01/05/2025,S,C2,N1,K2,PR1,,X1,,,,SC999999\n`,
    );
    json(await runProcess(['import', file, '--year', '2025/26', header, episodes, '--json']));
    const before = (await dfeFindings(file)).map((f) => f.code);
    expect(before).not.toContain('1008');
    expect(before).not.toContain('227');

    const listed = json(await runProcess(['import', file, providerList, '--json']));
    expect(field(listed, 'files', '0', 'kind')).toBe('ofsted-providers');
    expect(Array.isArray(field(listed, 'rechecked'))).toBe(true);
    const after = await dfeFindings(file);
    expect(after).toContainEqual({ code: '227', file: 'urn-episodes.csv', row: 2 });
    expect(after).toContainEqual({ code: '1008', file: 'urn-episodes.csv', row: 3 });
    expect(after.filter((f) => f.code === '1008')).toHaveLength(1);
    // The list gives NJASCN the placement code COD3 and provider code COD3C0D3 (fake data):
    // K2 and PR1 match neither (219, 224); the unlisted URN is 1008's alone.
    expect(after).toContainEqual({ code: '219', file: 'urn-episodes.csv', row: 2 });
    expect(after).toContainEqual({ code: '224', file: 'urn-episodes.csv', row: 2 });
    expect(after.filter((f) => ['219', '224'].includes(f.code) && f.row === 3)).toEqual([]);

    // A new 903 import is checked against the list at once.
    const more = await csv(
      'urn-episodes.csv',
      `${EPISODES}202,01/05/2025,S,C2,N1,K2,PR1,,X1,,,,SC888888\n`,
    );
    json(await runProcess(['import', file, more, '--json']));
    expect(await dfeFindings(file)).toContainEqual({
      code: '1008',
      file: 'urn-episodes.csv',
      row: 2,
    });
  });
});

describe('workbook recheck', () => {
  it('checks the stored return under another year, records it, and goes back with --year auto', async () => {
    const file = await newWorkbook(dir, 'recheck');
    // SEX 1 is a 2023/24 code, withdrawn from 2024/25 (M, F instead).
    const header = await csv(
      'recheck-header.csv',
      `${HEADER}301,1,01/02/2010,WBRI,A123456789015,,\n`,
    );
    const episodes = await csv(
      'recheck-episodes.csv',
      `${EPISODES}301,01/05/2023,S,C2,N1,K2,PR1,,X1,,,,XXXXXXX\n`,
    );
    const imported = json(await runProcess(['import', file, header, episodes, '--json']));
    expect(field(imported, 'year')).toMatchObject({ label: '2023/24', source: 'detected' });
    const errorsOf = (output: unknown): number =>
      Number(field(field(output, 'files') ?? [], '0', 'problems', 'error'));
    const detectedErrors = errorsOf(imported);

    const moved = json(await runProcess(['recheck', file, '--year', '2025/26', '--json']));
    expect(field(moved, 'year')).toMatchObject({ label: '2025/26', source: 'given' });
    expect(errorsOf(moved)).toBeGreaterThan(detectedErrors);
    const list = field(json(await runProcess(['imports', 'list', file, '--json'])), 'imports');
    expect(field(list, '0', 'givenYear')).toEqual({ start: '2025-04-01', end: '2026-03-31' });
    const text = await runProcess(['problems', file]);
    expect(text.stdout).toContain('Collection year 2025/26.');

    const back = json(await runProcess(['recheck', file, '--year', 'auto', '--json']));
    expect(field(back, 'year')).toMatchObject({ label: '2023/24', source: 'detected' });
    expect(errorsOf(back)).toBe(detectedErrors);
  });

  it('refuses a bad year (exit 2) and an owner with no return (exit 1), changing nothing', async () => {
    const file = await newWorkbook(dir, 'recheck-bad');
    const bad = await runProcess(['recheck', file, '--year', '2025']);
    expect(bad.code).toBe(2);
    const none = await runProcess(['recheck', file]);
    expect(none.code).toBe(1);
    expect(none.stderr).toContain('no SSDA903 return of the council is imported');
  });
});
