import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { readRecordFiles } from '../../../../shared/records/read-files';
import type { WorkbookDb } from '../../../../renderer/src/db/db';
import { openTestDb } from './test-db';
import { storeImports, type ParsedImport } from '../../../../renderer/src/db/imports-repository';
import { listInspectionProblems } from '../../../../renderer/src/db/problems-repository';

let db: WorkbookDb | undefined;
afterEach(async () => {
  await db?.delete();
  db = undefined;
});

const EPISODE_COLUMNS =
  'CHILD,DECOM,RNE,LS,CIN,PLACE,PLACE_PROVIDER,DEC,REC,REASON_PLACE_CHANGE,HOME_POST,PL_POST,URN';

/** Generated episodes: every row valid except every `bad`th, whose URN is malformed. */
function episodes(count: number, bad: number): string {
  const lines = [EPISODE_COLUMNS];
  for (let i = 0; i < count; i += 1) {
    const urn = i % bad === 0 ? 'BAD' : 'SC123456';
    lines.push(`K${500 + i},01/05/2017,S,C2,N1,U1,PR1,,X1,,AB1 2CD,AB3 4EF,${urn}`);
  }
  return `${lines.join('\n')}\n`;
}

function stored(id: string, owner: string, importedAt: string, text: string): ParsedImport {
  const [file] = readRecordFiles([
    { name: `${id}-episodes.csv`, bytes: new TextEncoder().encode(text) },
  ]);
  if (file === undefined) throw new Error('nothing parsed');
  return {
    record: {
      id,
      inspectionId: 'insp-1',
      owner,
      fileName: file.file,
      size: file.size,
      sha256: '0'.repeat(64),
      kind: file.kind,
      importedAt,
      importedBy: 'Tom',
      rows: file.rows,
      tables: file.tableCounts,
      problems: file.problemCounts,
    },
    tables: file.tables,
    problems: file.problems,
  };
}

describe('problems repository', () => {
  it('lists every file’s problems with owner, file, stored row and the row’s child', async () => {
    db = openTestDb(`test-${Math.random().toString(36).slice(2)}`);
    const council = stored('imp-a', 'council', '2026-10-01T10:00:00Z', episodes(30, 10));
    const trust = stored('imp-b', 'prov-1', '2026-10-02T10:00:00Z', episodes(12, 5));
    await storeImports(db, [council, trust]);

    const entries = await listInspectionProblems(db, 'insp-1');
    // As many as the readers found, newest file first.
    expect(entries).toHaveLength(council.problems.length + trust.problems.length);
    expect(entries[0]?.owner).toBe('prov-1');
    expect(entries.at(-1)?.owner).toBe('council');

    const urns = entries.filter((e) => e.problem.column === 'URN');
    // Rows 0, 10, 20 of the council's 30 and 0, 5, 10 of the trust's 12 are bad.
    expect(urns.map((e) => [e.fileName, e.position, e.childId])).toEqual([
      ['imp-b-episodes.csv', 1, 'K500'],
      ['imp-b-episodes.csv', 6, 'K505'],
      ['imp-b-episodes.csv', 11, 'K510'],
      ['imp-a-episodes.csv', 1, 'K500'],
      ['imp-a-episodes.csv', 11, 'K510'],
      ['imp-a-episodes.csv', 21, 'K520'],
    ]);
    for (const entry of urns) {
      expect(entry.table).toBe('Episodes');
      // The file row is the stored position plus the header row.
      expect(entry.problem.row).toBe((entry.position ?? 0) + 1);
    }
    // A whole-return problem (no Header table) has no row and no child.
    const whole = entries.filter((e) => e.problem.row === undefined);
    expect(whole.length).toBeGreaterThan(0);
    for (const entry of whole) expect(entry.childId).toBeUndefined();
  });

  it('lists nothing for an inspection with no imports', async () => {
    db = openTestDb(`test-${Math.random().toString(36).slice(2)}`);
    expect(await listInspectionProblems(db, 'insp-none')).toEqual([]);
  });
});
