import { strToU8 } from 'fflate';
import { describe, expect, it } from 'vitest';
import type { RecordProblem } from '../../../../../shared/records/problem';
import {
  problemReport,
  reportSources,
  type ReportSource,
} from '../../../../../shared/records/problem-report';
import { readRecordFiles } from '../../../../../shared/records/read-files';
import { collectionYear } from '../../../../../shared/records/ssda903/year';
import { diedInCareReturn } from '../../../../support/died-in-care-return';

const DIED_MESSAGE =
  'This child is recorded as having died in care and therefore should not have the care leaver information completed.';

function readReturn(files: readonly { name: string; text: string }[]) {
  return readRecordFiles(files.map((file) => ({ name: file.name, bytes: strToU8(file.text) })));
}

function episodeXml(decom: string, place: string, dec: string, rec: string): string {
  return (
    `<EPISODE><DECOM>${decom}</DECOM><RNE>S</RNE><LS>C2</LS><CIN>N1</CIN><PL>${place}</PL>` +
    '<PL_POST>AB3 4EF</PL_POST><HOME_POST>AB1 2CD</HOME_POST><URN>SC123456</URN>' +
    `<PLACE_PROVIDER>PR1</PLACE_PROVIDER><DEC>${dec}</DEC><REC>${rec}</REC><REASON_PLACE_CHANGE /></EPISODE>`
  );
}

function childXml(id: string, place: string): string {
  return (
    `<CHILD><HEADER><CHILDID>${id}</CHILDID><UPN>A123456789012</UPN><SEX>1</SEX><DOB>03/02/2010</DOB>` +
    '<ETHNIC>WBRI</ETHNIC><UASC /><MOTHER /><MC_DOB /></HEADER>' +
    `${episodeXml('01/05/2025', 'U1', '01/06/2025', 'X1')}${episodeXml('01/06/2025', place, '', '')}</CHILD>`
  );
}

/** A two-child XML return; the second child's second episode has PL "QQ", not a code. */
function xmlReturn(): string {
  return `<?xml version="1.0" encoding="UTF-8"?>\n<EXPSSDA903>${childXml('X-1', 'U1')}${childXml('X-2', 'QQ')}</EXPSSDA903>`;
}

function problem(rule: string, extra: Partial<RecordProblem> = {}): RecordProblem {
  return { rule, severity: 'error', file: 'f.csv', message: `${rule} broken`, ...extra };
}

function source(extra: Partial<ReportSource>): ReportSource {
  return {
    owner: 'council',
    file: 'f.csv',
    kind: 'ssda903-csv',
    tables: [],
    problems: [],
    ...extra,
  };
}

describe('the problem report', () => {
  // Other checks, the DfE's among them, may find more in this return as they are added:
  // these tests look for the problems it is built to have, wherever they fall among the rest.
  it('places each problem of a CSV return at its file row, with the child and the DfE code', () => {
    const report = problemReport(
      reportSources([{ owner: 'council', files: readReturn(diedInCareReturn) }]),
    );
    expect(report.year).toBe('2025/26');
    expect(report.files.map((file) => [file.file, file.owner, file.kind, file.year])).toEqual([
      ['dc-header.csv', 'council', 'ssda903-csv', '2025/26'],
      ['dc-episodes.csv', 'council', 'ssda903-csv', '2025/26'],
      ['dc-oc3.csv', 'council', 'ssda903-csv', '2025/26'],
    ]);
    for (const file of report.files) {
      expect(file.problems).toBe(report.problems.filter((line) => line.file === file.file).length);
    }
    // The header is row 1 of the CSV, so DC-ZOË-1 is on row 2 and DC-2 on row 3.
    expect(report.problems).toContainEqual(
      expect.objectContaining({
        file: 'dc-oc3.csv',
        table: 'OC3',
        row: 2,
        column: 'ACTIV',
        value: '=1+2',
        // DfE rule 132 checks the ACTIV code itself, so the reader leaves that cell to it.
        rule: '903.dfe.132',
        dfeCode: '132',
        child: 'DC-ZOË-1',
      }),
    );
    expect(report.problems).toContainEqual({
      file: 'dc-oc3.csv',
      owner: 'council',
      table: 'OC3',
      row: 3,
      column: 'IN_TOUCH',
      value: 'YES',
      rule: '903.dfe.1000',
      dfeCode: '1000',
      severity: 'error',
      message: DIED_MESSAGE,
      child: 'DC-2',
      count: 1,
    });
    expect(report.summary).toContainEqual({
      rule: '903.dfe.1000',
      dfeCode: '1000',
      message: DIED_MESSAGE,
      count: 1,
    });
    expect(report.summary).toContainEqual(
      expect.objectContaining({ rule: '903.dfe.132', dfeCode: '132', count: 1 }),
    );
    expect(report.summary.reduce((sum, rule) => sum + rule.count, 0)).toBe(
      report.problems.reduce((sum, line) => sum + line.count, 0),
    );
  });

  it('numbers an XML return’s rows by their element in the table, from 1', () => {
    const files = readReturn([{ name: 'return.xml', text: xmlReturn() }]);
    const report = problemReport(reportSources([{ owner: 'council', files }]));
    // Other checks (the DfE's among them) may find more in so small a return; the bad code is on the 4th EPISODE.
    // DfE rule 146 checks the PLACE code itself, so the reader leaves that cell to it.
    const place = report.problems.filter((line) => line.rule === '903.dfe.146');
    expect(place).toEqual([
      expect.objectContaining({
        table: 'Episodes',
        row: 4,
        column: 'PLACE',
        value: 'QQ',
        child: 'X-2',
      }),
    ]);
  });

  it('keeps one owner’s files with --owner', () => {
    const files = readReturn(diedInCareReturn);
    const owners = [
      { owner: 'council', files: files.slice(0, 2) },
      { owner: 'provider-1', files: files.slice(2) },
    ];
    const ours = problemReport(reportSources(owners, 'council'));
    expect(ours.files.map((file) => file.file)).toEqual(['dc-header.csv', 'dc-episodes.csv']);
    for (const line of ours.problems) {
      expect(line.owner).toBe('council');
      expect(line.file).not.toBe('dc-oc3.csv');
    }
    const theirs = problemReport(reportSources(owners, 'provider-1'));
    expect(theirs.files.map((file) => [file.file, file.owner])).toEqual([
      ['dc-oc3.csv', 'provider-1'],
    ]);
    expect(new Set(theirs.problems.map((line) => line.owner))).toEqual(new Set(['provider-1']));
    expect(theirs.problems.map((line) => [line.rule, line.row])).toEqual(
      expect.arrayContaining([
        ['903.dfe.132', 2],
        ['903.dfe.1000', 3],
      ]),
    );
    expect(problemReport(reportSources(owners, 'nobody')).files).toEqual([]);
  });

  it('gives no one year when the returns differ, and each file’s year instead', () => {
    const report = problemReport([
      source({ file: 'a.csv', year: collectionYear(2024) }),
      source({ file: 'b.csv', year: collectionYear(2025) }),
      source({ file: 'providers.xlsx', kind: 'ofsted-providers' }),
    ]);
    expect(report.year).toBeNull();
    expect(report.files.map((file) => [file.file, file.year])).toEqual([
      ['a.csv', '2024/25'],
      ['b.csv', '2025/26'],
      ['providers.xlsx', null],
    ]);
    expect(problemReport([source({ kind: 'annex-a' })]).year).toBeNull();
    // Files without dates do not make a year mixed.
    expect(problemReport([source({ year: collectionYear(2025) }), source({})]).year).toBe(
      '2025/26',
    );
  });

  it('lists a file’s problems whole-file first, then table by table, row by row', () => {
    const report = problemReport([
      source({
        file: 'r.xml',
        tables: ['Header', 'Episodes'],
        problems: [
          { problem: problem('e5', { row: 5 }), table: 'Episodes' },
          { problem: problem('h3', { row: 3 }), table: 'Header' },
          { problem: problem('e2', { row: 2 }), table: 'Episodes' },
          { problem: problem('file') },
          { problem: problem('e2-again', { row: 2 }), table: 'Episodes' },
        ],
      }),
    ]);
    expect(report.problems.map((line) => line.rule)).toEqual([
      'file',
      'h3',
      'e2',
      'e2-again',
      'e5',
    ]);
  });

  it('summarises by rule: the DfE message for a DfE code, else the most common message', () => {
    const report = problemReport([
      source({
        problems: [
          { problem: problem('903.x', { message: 'rare' }) },
          { problem: problem('903.x', { message: 'common' }) },
          { problem: problem('903.x', { message: 'common' }) },
          { problem: problem('903.y', { message: 'first' }) },
          { problem: problem('903.y', { message: 'second' }) },
          {
            problem: problem('903.dfe.1000', {
              dfeCode: '1000',
              message: `${DIED_MESSAGE} (a note)`,
            }),
          },
        ],
      }),
    ]);
    expect(report.summary).toEqual([
      { rule: '903.x', dfeCode: null, message: 'common', count: 3 },
      { rule: '903.y', dfeCode: null, message: 'first', count: 2 },
      { rule: '903.dfe.1000', dfeCode: '1000', message: DIED_MESSAGE, count: 1 },
    ]);
  });
});
