import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import readXlsxFile from 'read-excel-file/node';
import { beforeAll, describe, expect, it } from 'vitest';
import { jsonOutputSchemas } from '../../../../electron/cli/json-schemas';
import { diedInCareReturn } from '../../../support/died-in-care-return';
import { idOf, json, newWorkbook, run, runProcess, workDir } from './helpers';

const fixtures = path.resolve(import.meta.dirname, '../../../fixtures/ssda903');
const schema = jsonOutputSchemas.problems;
const DIED =
  'This child is recorded as having died in care and therefore should not have the care leaver information completed.';

let dir = '';
let file = '';
let provider = '';
// The council's return: the fixture's Header, Episodes and OC3 tables (2017/18). The trust's: a
// 2025/26 return written by hand that breaks DfE rule 1000 (test/support/died-in-care-return.ts).
beforeAll(async () => {
  dir = await workDir();
  file = await newWorkbook(dir, 'problems');
  provider = idOf(
    await run(['provider', 'add', file, '--name', 'Trust CIC', '--legal-form', 'cic', '--json']),
  );
  const council = ['header.csv', 'episodes.csv', 'oc3.csv'].map((name) =>
    path.join(fixtures, name),
  );
  json(await run(['import', file, ...council, '--json']));
  const trust = await Promise.all(
    diedInCareReturn.map(async ({ name, text }) => {
      const target = path.join(dir, name);
      await writeFile(target, text);
      return target;
    }),
  );
  json(await run(['import', file, '--for', provider, ...trust, '--json']));
}, 60_000);

describe('workbook problems', () => {
  it('--json: every file’s problems at their rows, matching the schema; the years differ, so no one year', async () => {
    // In this process: the whole report runs to megabytes, past a child process's output buffer.
    const result = await run(['problems', file, '--json']);
    expect(result.code, result.stderr).toBe(0);
    const report = schema.parse(JSON.parse(result.stdout));
    expect(report.year).toBeNull();
    expect(
      report.files
        .map((f) => [f.file, f.owner, f.year])
        .sort((a, b) => String(a[0]).localeCompare(String(b[0]))),
    ).toEqual([
      ['dc-episodes.csv', provider, '2025/26'],
      ['dc-header.csv', provider, '2025/26'],
      ['dc-oc3.csv', provider, '2025/26'],
      ['episodes.csv', 'council', '2017/18'],
      ['header.csv', 'council', '2017/18'],
      ['oc3.csv', 'council', '2017/18'],
    ]);
    expect(report.problems.length).toBe(report.files.reduce((sum, f) => sum + f.problems, 0));
    expect(report.problems).toContainEqual({
      file: 'dc-oc3.csv',
      owner: provider,
      table: 'OC3',
      row: 3,
      column: 'IN_TOUCH',
      value: 'YES',
      rule: '903.dfe.1000',
      dfeCode: '1000',
      severity: 'error',
      message: DIED,
      child: 'DC-2',
    });
    // The fixture's OC3 row 2 (the header is row 1) is child 197474, whose ACTIV F1 is fine but ACCOM 01 is not.
    expect(report.problems).toContainEqual(
      expect.objectContaining({
        file: 'oc3.csv',
        row: 2,
        column: 'ACCOM',
        value: '01',
        child: '197474',
      }),
    );
    expect(report.summary).toContainEqual({
      rule: '903.dfe.1000',
      dfeCode: '1000',
      message: DIED,
      count: 1,
    });
    expect(report.summary.reduce((sum, rule) => sum + rule.count, 0)).toBe(report.problems.length);
  });

  it('--owner with --csv and --xlsx: one owner’s year, and files that read back as the JSON', async () => {
    const csv = path.join(dir, 'trust.csv');
    const xlsx = path.join(dir, 'trust.xlsx');
    const result = await runProcess([
      'problems',
      file,
      '--owner',
      provider,
      '--csv',
      csv,
      '--xlsx',
      xlsx,
      '--json',
    ]);
    expect(result.code, result.stderr).toBe(0);
    const report = schema.parse(JSON.parse(result.stdout));
    expect(report.year).toBe('2025/26');
    // Among whatever else the checks find in the hand-made return: the two it is made to have.
    expect(new Set(report.problems.map((p) => p.owner))).toEqual(new Set([provider]));
    expect(report.problems.map((p) => [p.rule, p.row, p.child])).toEqual(
      expect.arrayContaining([
        // DfE rule 132 checks the ACTIV code itself, so the reader leaves that cell to it.
        ['903.dfe.132', 2, 'DC-ZOË-1'],
        ['903.dfe.1000', 3, 'DC-2'],
      ]),
    );
    const cells = (p: (typeof report.problems)[number]) => [
      p.file,
      p.table,
      p.row,
      p.column,
      p.value,
      p.rule,
      p.dfeCode,
      p.severity,
      p.message,
      p.child,
    ];

    const text = await readFile(csv, 'utf8');
    expect(
      text.startsWith('\uFEFFFile,Table,Row,Column,Value,Rule,DfE code,Severity,Message,Child\r\n'),
    ).toBe(true);
    const lines = text.split('\r\n');
    // A header, a line per problem, and the CRLF that ends the last.
    expect(lines).toHaveLength(report.problems.length + 2);
    // The formula-like ACTIV is written as text, a quote before it.
    const activ = lines.find((line) => line.includes(',903.dfe.132,'));
    expect(activ).toMatch(/^dc-oc3\.csv,OC3,2,ACTIV,'=1\+2,903\.dfe\.132,132,error,.+,DC-ZOË-1$/);
    expect(lines).toContain(`dc-oc3.csv,OC3,3,IN_TOUCH,YES,903.dfe.1000,1000,error,${DIED},DC-2`);

    const sheets = await readXlsxFile(await readFile(xlsx));
    expect(sheets.map((s) => s.sheet)).toEqual(['Problems', 'Summary', 'Files']);
    expect(sheets[0]?.data.slice(1)).toEqual(report.problems.map(cells));
    expect(sheets[1]?.data.slice(1)).toEqual(
      report.summary.map((r) => [r.rule, r.dfeCode, r.message, r.count]),
    );
    expect(sheets[2]?.data.slice(1).map((row) => row[3])).toEqual([
      '2025/26',
      '2025/26',
      '2025/26',
    ]);
  });

  it('reads as text: the year per file, a count per rule with its DfE code, the first problems', async () => {
    const result = await run(['problems', file]);
    expect(result.code, result.stderr).toBe(0);
    expect(result.stdout).toContain(
      'The SSDA903 files are of different collection years: 2017/18 (3 files), 2025/26 (3 files).',
    );
    expect(result.stdout).toMatch(
      /dc-oc3\.csv {2}\(Trust CIC, ssda903-csv, 2025\/26\) {2}\d+ problems/,
    );
    expect(result.stdout).toContain(`      1  903.dfe.1000 DfE 1000: ${DIED.slice(0, 60)}`);
    expect(result.stdout).toMatch(
      /The first 25 of [\d,]+ problems \(--csv or --xlsx saves them all\)/,
    );
    const council = await run(['problems', file, '--owner', 'council']);
    expect(council.stdout).toContain('Problems in the records of Northmoor:');
    expect(council.stdout).toContain('Collection year 2017/18.');
    expect(council.stdout).not.toContain('dc-oc3.csv');
  });

  it('refuses an owner the workbook does not have, naming the ones it has', async () => {
    const result = await run(['problems', file, '--owner', 'nobody']);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain(
      `--owner "nobody" is neither "council", "inspection" nor a provider id. Providers: ${provider} (Trust CIC).`,
    );
    expect((await run(['problems', file, '--csv', 'same.x', '--xlsx', 'same.x'])).code).toBe(2);
  });
});
