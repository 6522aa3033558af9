import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { readRecordFiles, type InputFile } from '../../../../shared/records/read-files';
import { problemReport, reportSources } from '../../../../shared/records/problem-report';
import { recordImportCall } from '../../../../shared/tasks';
import { ok } from '../../../../shared/util/result';
import {
  createInspection,
  createSession,
  importedRecords,
  importPartName,
  importsFromOperations,
  indicatorsFor,
  readOptionsFor,
  recheckReturn,
  runConflicts,
  workbookFromOperations,
  type ImportPeriod,
  type Session,
} from '../../../../shared/workbook';

const HEADER = 'CHILD,SEX,DOB,ETHNIC,UPN,MOTHER,MC_DOB\n';
const EPISODES =
  'CHILD,DECOM,RNE,LS,CIN,PLACE,PLACE_PROVIDER,DEC,REC,REASON_PLACE_CHANGE,HOME_POST,PL_POST,URN\n';

const file = (name: string, text: string): InputFile => ({
  name,
  bytes: new TextEncoder().encode(text),
});
const sha = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

function inspection(): Session {
  let counter = 0;
  let clock = Date.UTC(2026, 9, 5);
  const s = createSession({
    newId: (prefix) => `${prefix}-${(counter += 1)}`,
    now: () => new Date(clock).toISOString(),
    wallClock: () => (clock += 1000),
  });
  s.run('Lead', (c) =>
    createInspection(c, {
      kind: 'ilacs-standard',
      council: { name: 'Northmoor', laCode: '899' },
      onSite: { start: '2026-10-05', end: '2026-10-16' },
      team: [{ name: 'Lead', role: 'lead' }],
    }),
  );
  return s;
}

/** Imports `files` for the council as one call, keeping their bytes in `parts`. */
function importCall(
  s: Session,
  parts: Record<string, Uint8Array>,
  files: readonly InputFile[],
  period: ImportPeriod,
  year?: { start: string; end: string },
): void {
  const parsed = readRecordFiles(files, readOptionsFor(year));
  s.run('Lead', (c) => {
    const outcome = recordImportCall(
      c,
      'council',
      parsed.map((p, i) => ({ parsed: p, sha256: sha(files[i]?.bytes ?? new Uint8Array()) })),
      { period, ...(year === undefined ? {} : { givenYear: year }) },
    );
    return outcome.ok
      ? ok({ id: outcome.data.ids[0] ?? '', operations: outcome.data.operations })
      : outcome;
  });
  for (const f of files) parts[importPartName(sha(f.bytes))] = f.bytes;
}

const Y2526 = { start: '2025-04-01', end: '2026-03-31' };
const Y2425 = { start: '2024-04-01', end: '2025-03-31' };

function twoReturns() {
  const s = inspection();
  const parts: Record<string, Uint8Array> = {};
  importCall(
    s,
    parts,
    [
      file('header.csv', `${HEADER}101,M,01/02/2010,WBRI,A123456789012,,\n`),
      file('episodes.csv', `${EPISODES}101,01/05/2025,S,C2,N1,K2,PR1,,X1,,,,XXXXXXX\n`),
    ],
    'current',
    Y2526,
  );
  importCall(
    s,
    parts,
    [
      file('header.csv', `${HEADER}101,M,01/03/2010,WBRI,A123456789012,,\n`),
      // Child 102 is in last year's return only, still placed: counted, it would change the figures.
      file(
        'episodes.csv',
        `${EPISODES}101,01/05/2024,S,C2,N1,K2,PR1,,X1,,,,XXXXXXX\n` +
          `102,01/06/2024,S,C2,N1,U1,PR1,,X1,,,,XXXXXXX\n`,
      ),
    ],
    'previous',
    Y2425,
  );
  return { s, parts };
}

describe('the previous year’s return', () => {
  it('keeps each return’s own header.csv, marking last year’s', () => {
    const { s } = twoReturns();
    const entries = importsFromOperations(s.operations);
    expect(entries.map((e) => [e.fileName, e.period ?? 'current'])).toEqual([
      ['header.csv', 'current'],
      ['episodes.csv', 'current'],
      ['header.csv', 'previous'],
      ['episodes.csv', 'previous'],
    ]);
  });

  it('re-checks this year’s return with last year’s: DfE 203 (date of birth differs) on the Header row', () => {
    const { s, parts } = twoReturns();
    let rechecked: ReturnType<typeof recheckReturn> | undefined;
    s.run('Lead', (c) => {
      rechecked = recheckReturn(c, parts, 'council', 'current');
      return rechecked.ok ? ok({ id: '', operations: rechecked.data.operations }) : rechecked;
    });
    if (rechecked?.ok !== true) throw new Error('not rechecked');
    const header = [...rechecked.data.reads.values()].find((read) => read.file === 'header.csv');
    expect(header?.problems.filter((p) => p.dfeCode === '203').map((p) => p.row)).toEqual([2]);
    // The year chosen at import holds.
    expect(header?.yearSource).toBe('given');
    expect(header?.year).toEqual(Y2526);
    // The new counts are in the log.
    const entry = importsFromOperations(s.operations).find((e) => e.fileName === 'header.csv');
    expect(entry?.problems).toEqual(header?.problemCounts);
  });

  it('without last year’s return no cross-year rule fires', () => {
    const { s, parts } = twoReturns();
    const lastYear = importsFromOperations(s.operations).filter((e) => e.period === 'previous');
    const pruned = { ...parts };
    for (const e of lastYear) delete pruned[importPartName(e.sha256)];
    let outcome: ReturnType<typeof recheckReturn> | undefined;
    s.run('Lead', (c) => {
      outcome = recheckReturn(c, pruned, 'council', 'current');
      return outcome.ok ? ok({ id: '', operations: outcome.data.operations }) : outcome;
    });
    if (outcome?.ok !== true) throw new Error('not rechecked');
    const codes = [...outcome.data.reads.values()].flatMap((r) => r.problems.map((p) => p.dfeCode));
    expect(codes).not.toContain('203');
  });

  it('is never counted in the indicators or conflicts, and the report’s year is this year’s', () => {
    const { s, parts } = twoReturns();
    const workbook = workbookFromOperations(s.operations);
    if (!workbook.ok) throw new Error(workbook.error.message);
    const records = importedRecords(s.operations, parts);
    const councilFiles = records.owners.find((o) => o.owner === 'council')?.files ?? [];
    // No stored reads here: the files were read again, this year's with last year's return.
    const header = councilFiles.find((f) => f.file === 'header.csv' && f.period === undefined);
    expect(header?.problems.map((p) => p.dfeCode)).toContain('203');
    expect(header?.yearSource).toBe('given');
    expect(councilFiles.map((f) => f.period ?? 'current')).toEqual([
      'current',
      'current',
      'previous',
      'previous',
    ]);
    const currentOnly = {
      ...records,
      owners: records.owners.map((o) => ({
        ...o,
        files: o.files.filter((f) => f.period !== 'previous'),
      })),
    };
    expect(indicatorsFor(workbook.data, records)).toEqual(
      indicatorsFor(workbook.data, currentOnly),
    );
    const conflicts = runConflicts(workbook.data, s.operations, records);
    expect(conflicts.year).toEqual(Y2526);
    const report = problemReport(reportSources(records.owners));
    expect(report.year).toBe('2025/26');
    expect(report.files.map((f) => [f.year, f.period ?? 'current'])).toEqual([
      ['2025/26', 'current'],
      ['2025/26', 'current'],
      ['2024/25', 'previous'],
      ['2024/25', 'previous'],
    ]);
  });
});
