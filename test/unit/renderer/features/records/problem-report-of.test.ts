import { describe, expect, it } from 'vitest';
import type { RecordProblem } from '../../../../../shared/records/problem';
import { dfeMessage } from '../../../../../shared/records/problem-report';
import { collectionYear } from '../../../../../shared/records/ssda903/year';
import type { ProblemEntry } from '../../../../../renderer/src/db/problems-repository';
import type { ImportRecord } from '../../../../../renderer/src/db/schema';
import { reportOfEntries } from '../../../../../renderer/src/features/records/problem-report-of';

function record(id: string, owner: string, fileName: string): ImportRecord {
  return {
    id,
    inspectionId: 'insp-1',
    owner,
    fileName,
    size: 100,
    sha256: '0'.repeat(64),
    kind: 'ssda903-csv',
    importedAt: '2026-10-05T10:00:00Z',
    importedBy: 'Lead',
    rows: 10,
    tables: { OC3: 10 },
    problems: { error: 1, warning: 0, info: 0 },
    year: collectionYear(2025),
  };
}

function entry(importId: string, owner: string, row: number, childId?: string): ProblemEntry {
  const problem: RecordProblem = {
    rule: '903.dfe.1000',
    dfeCode: '1000',
    severity: 'error',
    file: `${importId}.csv`,
    sheet: 'OC3',
    row,
    column: 'IN_TOUCH',
    value: 'YES',
    message: 'died in care',
  };
  return {
    problem,
    importId,
    owner,
    fileName: `${importId}.csv`,
    table: 'OC3',
    position: row - 1,
    ...(childId === undefined ? {} : { childId }),
  };
}

const imports = [
  record('a', 'council', 'a.csv'),
  record('b', 'council', 'b.csv'),
  record('c', 'prov-1', 'c.csv'),
];

describe('the Problems page’s report', () => {
  it('is the shared report of the problems shown, each at its file row with its child', () => {
    const report = reportOfEntries(imports, [entry('a', 'council', 3, 'DC-2')], {
      owner: 'council',
      onlyWithProblems: false,
    });
    expect(report.year).toBe('2025/26');
    expect(report.problems).toEqual([
      {
        file: 'a.csv',
        owner: 'council',
        table: 'OC3',
        row: 3,
        column: 'IN_TOUCH',
        value: 'YES',
        rule: '903.dfe.1000',
        dfeCode: '1000',
        severity: 'error',
        message: 'died in care',
        child: 'DC-2',
        count: 1,
      },
    ]);
    // Narrowed only by owner: that owner's files, even those without problems.
    expect(report.files.map((file) => [file.file, file.problems])).toEqual([
      ['a.csv', 1],
      ['b.csv', 0],
    ]);
  });

  it('lists only files with a problem shown when the list is narrowed further', () => {
    const shown = [entry('c', 'prov-1', 2), entry('c', 'prov-1', 5, 'DC-9')];
    const report = reportOfEntries(imports, shown, { owner: '', onlyWithProblems: true });
    expect(report.files.map((file) => [file.file, file.owner, file.problems])).toEqual([
      ['c.csv', 'prov-1', 2],
    ]);
    expect(report.problems.map((line) => [line.row, line.child])).toEqual([
      [2, null],
      [5, 'DC-9'],
    ]);
    // The DfE's own wording for the rule, not the problem's.
    expect(dfeMessage('1000')).toMatch(/^This child is recorded as having died in care/);
    expect(report.summary).toEqual([
      {
        rule: '903.dfe.1000',
        dfeCode: '1000',
        message: dfeMessage('1000'),
        count: 2,
      },
    ]);
  });
});
