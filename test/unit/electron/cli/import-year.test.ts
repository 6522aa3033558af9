import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { json, newWorkbook, run, runProcess, workDir } from './helpers';

const fixtures = path.resolve(import.meta.dirname, '../../../fixtures/ssda903');
const f = (name: string) => path.join(fixtures, name);

let dir = '';
beforeAll(async () => {
  dir = await workDir();
});

const field = (value: unknown, name: string): unknown => Reflect.get(Object(value), name);

function fileSummary(output: unknown, name: string): unknown {
  const files = field(output, 'files');
  return (Array.isArray(files) ? files : []).find((entry) => field(entry, 'file') === name);
}

const errorsOf = (output: unknown, name: string): number =>
  Number(field(field(fileSummary(output, name), 'problems'), 'error'));

describe('workbook import --year', () => {
  it('checks the fixture return as 2017/18 when told so, with the documented problems', async () => {
    const file = await newWorkbook(dir, 'year-2017');
    const names = ['header.csv', 'episodes.csv', 'reviews.csv', 'oc3.csv'];
    const output = json(
      await run(['import', file, '--year', '2017/18', ...names.map(f), '--json']),
    );
    expect(field(output, 'year')).toEqual({
      start: '2017-04-01',
      end: '2018-03-31',
      label: '2017/18',
      source: 'given',
    });
    expect(field(fileSummary(output, 'header.csv'), 'yearSource')).toBe('given');
    expect(field(output, 'refused')).toEqual([]);
    // MOTHER "1.0" and the 5,042 reviews after the year (validate-fixtures.test.ts), among
    // the DfE rules' findings.
    expect(errorsOf(output, 'header.csv')).toBeGreaterThanOrEqual(1);
    expect(errorsOf(output, 'reviews.csv')).toBeGreaterThanOrEqual(5042);
  });

  it('works the year out from the episodes when not told, and says so', async () => {
    const file = await newWorkbook(dir, 'year-detected');
    const output = json(await run(['import', file, f('header.csv'), f('episodes.csv'), '--json']));
    expect(field(output, 'year')).toMatchObject({ label: '2017/18', source: 'detected' });
    expect(field(fileSummary(output, 'episodes.csv'), 'yearSource')).toBe('detected');
  });

  it.each([
    ['2025-26', 2, 3],
    ['2023/24', 3, 2],
  ])(
    'checks Header SEX against the codes of the year given (--year %s): row %i is flagged, row %i is not',
    async (year, flagged, fine) => {
      const file = await newWorkbook(dir, `year-sex-${year.replace(/\W/g, '')}`);
      const header = path.join(dir, `header-${year.replace(/\W/g, '')}.csv`);
      // Row 2 has SEX 1 (withdrawn for 2024/25), row 3 SEX M (from 2024/25).
      await writeFile(
        header,
        'CHILD,SEX,DOB,ETHNIC,UPN,MOTHER,MC_DOB\n' +
          '101,1,01/02/2010,WBRI,UN1,,\n' +
          '102,M,01/02/2010,WBRI,UN1,,\n',
      );
      const result = await run(['import', file, '--year', year, header]);
      expect(result.code).toBe(0);
      expect(result.stdout).toMatch(new RegExp(`row ${flagged}, SEX: .*\\(value "`));
      expect(result.stdout).not.toMatch(new RegExp(`row ${fine}, SEX:`));
      expect(result.stdout).toContain(`(given with --year)`);
    },
  );

  it.each(['2025', '2025/27', '25/26', '2025/2026', 'last year'])(
    'refuses --year %s with a one-line usage error, exit 2',
    async (value) => {
      const file = await newWorkbook(dir, `year-bad-${value.replace(/\W/g, '')}`);
      const result = await run(['import', file, '--year', value, f('header.csv')]);
      expect(result.code).toBe(2);
      expect(result.stdout).toBe('');
      expect(result.stderr.split('\n')).toHaveLength(1);
      expect(result.stderr).toContain(`--year "${value}" is not a collection year`);
    },
  );
});

describe('workbook import, tolerant of real exports (child process)', () => {
  it('reads a CSV with an extra column, stores it beside a refused file, and exits 1 naming the refused one', async () => {
    const file = await newWorkbook(dir, 'tolerant');
    const header = path.join(dir, 'header-export.csv');
    await writeFile(
      header,
      'CHILD,SEX,DOB,ETHNIC,UPN,MOTHER,MC_DOB,FORENAME\n101,1,01/02/2010,WBRI,A123456789012,,,Sam\n',
    );
    const cut = path.join(dir, 'episodes-cut.csv');
    await writeFile(
      cut,
      'CHILD,DECOM,RNE,LS,CIN,PLACE,PLACE_PROVIDER,DEC,REC,REASON_PLACE_CHANGE,HOME_POST,PL_POST,URN\n101,"01/05/2017',
    );
    const result = await runProcess(['import', file, header, cut, '--json']);
    expect(result.code).toBe(1);
    const stderr = result.stderr.trim().split('\n');
    expect(stderr[0]).toMatch(/^workbook: episodes-cut\.csv: .*cut short/);
    expect(stderr).toHaveLength(2);
    const output: unknown = JSON.parse(result.stdout);
    expect(field(output, 'refused')).toEqual([
      { file: 'episodes-cut.csv', message: expect.stringMatching(/^episodes-cut\.csv: /) },
    ]);
    expect(field(fileSummary(output, 'header-export.csv'), 'rows')).toBe(1);
    expect(field(field(fileSummary(output, 'header-export.csv'), 'problems'), 'warning')).toBe(2);
    // The text output lists each file's problems: the extra column, and the refused companion.
    const again = await run(['import', await newWorkbook(dir, 'tolerant-text'), header, cut]);
    expect(again.code).toBe(1);
    expect(again.stdout).toContain('FORENAME');
    expect(again.stdout).toContain('episodes-cut.csv (the Episodes table) was refused');
  });
});
