import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { sha256Hex } from '../../../../../shared/bundle/sha256';
import { isSealed } from '../../../../../shared/crypto';
import { authorId, inspectionFolder, keysetOf, storedFileName } from '../../../../../shared/sync';
import { err, ok } from '../../../../../shared/util/result';
import { importPartName } from '../../../../../shared/workbook';
import type { WorkbookDb } from '../../../../../renderer/src/db/db';
import { loadOperations, runCommand } from '../../../../../renderer/src/db/workbook-repository';
import { handleSyncFolder } from '../../../../../renderer/src/features/team-folder/handle-folder';
import { HELD, passParts } from '../../../../../renderer/src/features/team-folder/pass-parts';
import { teamCrypt } from '../../../../../renderer/src/features/team-folder/team-crypt';
import {
  chooseTeamFolder,
  teamPass,
} from '../../../../../renderer/src/features/team-folder/team-sync';
import { appInspection, freshStore } from '../../../parity/app-store';
import { FakeDirectory } from './fake-handle';

let db: WorkbookDb | undefined;
afterEach(async () => {
  await db?.delete();
  db = undefined;
});

const ME = 'Amara Okafor';
const bytes = new TextEncoder().encode('CHILD,DECOM\n1,2026-01-01\n');
const sha = sha256Hex(bytes);

/** An inspection in which I imported one file, stored as an import stores it. */
async function withMyImport(d: WorkbookDb): Promise<string> {
  const inspectionId = await appInspection(d);
  const recorded = await runCommand(d, inspectionId, ME, (context) =>
    ok({
      id: 'imp-1',
      operations: context.recorder.create('import', 'imp-1', {
        owner: 'council',
        fileName: 'episodes.csv',
        size: bytes.length,
        sha256: sha,
        kind: 'ssda903-csv',
        importedAt: '2026-10-05T09:00:00Z',
        importedBy: ME,
        rows: 1,
        tables: { episodes: 1 },
        problems: { error: 0, warning: 0, info: 0 },
      }),
    }),
  );
  if (!recorded.ok) throw new Error(recorded.error.message);
  await d.sourceFiles.put({ sha256: sha, bytes });
  await d.imports.put({
    id: 'imp-1',
    inspectionId,
    owner: 'council',
    fileName: 'episodes.csv',
    size: bytes.length,
    sha256: sha,
    kind: 'ssda903-csv',
    importedAt: '2026-10-05T09:00:00Z',
    importedBy: ME,
    rows: 1,
    tables: { episodes: 1 },
    problems: { error: 0, warning: 0, info: 0 },
  });
  return inspectionId;
}

describe('the parts a pass sees in the app', () => {
  it('loads a source file’s bytes only while my next segment writes it, and never stores the stand-in', async () => {
    db = freshStore();
    const d = db;
    const inspectionId = await withMyImport(d);
    const operations = await loadOperations(d, inspectionId);
    const before = await passParts(d, inspectionId, operations, ME, undefined);
    expect(before[importPartName(sha)]).toEqual(bytes);

    const root = new FakeDirectory('team');
    const deps = {
      db: d,
      inspectionId,
      author: ME,
      host: {
        kind: 'browser' as const,
        onDisk: true,
        choose: async () => ok({ host: 'browser' as const, name: 'team' }),
        open: async () => ok(handleSyncFolder(root)),
        changes: async () => undefined,
        forget: async () => undefined,
      },
      parse: async () => err('test.parse', 'nothing to read again'),
    };
    expect(await chooseTeamFolder(deps)).toEqual(ok(true));
    // Named by its SHA-256 and the set of keys it is sealed to.
    const keys = keysetOf((await teamCrypt(d, inspectionId)).recipients);
    const written = root
      .files()
      .get(`${inspectionFolder(inspectionId)}/files/${storedFileName(sha, keys)}`);
    expect(keys).toMatch(/^[0-9a-f]{12}$/);
    expect(written !== undefined && isSealed(written)).toBe(true);
    expect(root.files().has(`${inspectionId}/${authorId(ME)}/00000001.segment`)).toBe(true);

    // Written: from now on the pass only needs to know the workbook holds it.
    const after = await passParts(
      d,
      inspectionId,
      await loadOperations(d, inspectionId),
      ME,
      undefined,
    );
    expect(after[importPartName(sha)]).toBe(HELD);
    expect(await teamPass(deps)).toBe('done');
    expect((await d.sourceFiles.get(sha))?.bytes).toEqual(bytes);
  });
});
