import 'fake-indexeddb/auto';
import { strToU8 } from 'fflate';
import { afterEach, describe, expect, it } from 'vitest';
import { sha256Hex } from '../../../../../shared/bundle/sha256';
import { authorId, encodeIndex } from '../../../../../shared/sync';
import { addEvidence } from '../../../../../shared/workbook';
import { err, ok } from '../../../../../shared/util/result';
import { declareWorkbookDb, type WorkbookDb } from '../../../../../renderer/src/db/db';
import { loadOperations, runCommand } from '../../../../../renderer/src/db/workbook-repository';
import type { FolderHost } from '../../../../../renderer/src/features/team-folder/folder-hosts';
import { handleSyncFolder } from '../../../../../renderer/src/features/team-folder/handle-folder';
import { loadTeamFolder } from '../../../../../renderer/src/features/team-folder/team-folder-store';
import {
  chooseTeamFolder,
  leaveTeam,
  teamPass,
  type TeamSyncDeps,
} from '../../../../../renderer/src/features/team-folder/team-sync';
import { appInspection, freshStore } from '../../../parity/app-store';
import { act, evidence, member, pass } from '../../../shared/sync/sync-helpers';
import { importPartName } from '../../../../../shared/workbook';
import { FakeDirectory } from './fake-handle';

let db: WorkbookDb | undefined;
afterEach(async () => {
  await db?.delete();
  db = undefined;
});

const ME = 'Amara Okafor';

/** A host whose folder is `root` (what the browser's directory handle would be). */
function hostOver(
  root: FakeDirectory,
): FolderHost & { forgotten: number; refusing: string | undefined; clicks: boolean[] } {
  const host = {
    kind: 'browser' as const,
    onDisk: true,
    forgotten: 0,
    refusing: undefined as string | undefined,
    /** Whether each pass came from a click (and so may ask the browser for permission). */
    clicks: [] as boolean[],
    choose: async () => ok({ host: 'browser' as const, name: 'Northmoor team' }),
    open: async (_db: WorkbookDb, _record: unknown, gesture: boolean) => {
      host.clicks.push(gesture);
      return host.refusing === undefined
        ? ok(handleSyncFolder(root))
        : err('team-folder.permission', host.refusing);
    },
    changes: async () => undefined,
    forget: async () => {
      host.forgotten += 1;
    },
  };
  return host;
}

async function setUp() {
  db = freshStore();
  const inspectionId = await appInspection(db);
  const root = new FakeDirectory('Northmoor team');
  const host = hostOver(root);
  const deps: TeamSyncDeps = {
    db,
    inspectionId,
    author: ME,
    host,
    parse: async () => err('test.parse', 'no imports in these tests'),
  };
  return { db, inspectionId, root, host, deps };
}

async function myEvidence(d: WorkbookDb, inspectionId: string, text: string): Promise<void> {
  const saved = await runCommand(d, inspectionId, ME, (context) =>
    addEvidence(context, {
      source: 'council',
      areas: ['leaders'],
      finding: 'strength',
      text,
      kind: 'meeting',
      relatesTo: '2026-10-05',
    }),
  );
  if (!saved.ok) throw new Error(saved.error.message);
}

function segmentsOf(root: FakeDirectory, author: string): string[] {
  return [...root.files().keys()].filter(
    (name) => name.includes(`/${authorId(author)}/`) && name.endsWith('.segment'),
  );
}

describe('the team folder in the app', () => {
  it('choosing the folder runs a first pass that writes my changes, encrypted, under my own name', async () => {
    const { db: d, inspectionId, root, deps } = await setUp();
    await myEvidence(d, inspectionId, 'The chief executive chairs a practice board');
    expect(await chooseTeamFolder(deps)).toEqual(ok(true));
    const [segment] = segmentsOf(root, ME);
    expect(segment).toBe(`${inspectionId}/${authorId(ME)}/00000001.segment`);
    // An age file (https://age-encryption.org/v1), never the plain changes.
    const bytes = root.files().get(segment ?? '') ?? new Uint8Array();
    expect(new TextDecoder().decode(bytes.slice(0, 21))).toBe('age-encryption.org/v1');
    const record = await loadTeamFolder(d, inspectionId);
    expect(record?.name).toBe('Northmoor team');
    expect(record?.wroteAt).toBeDefined();
    expect(record?.wroteSegments).toBe(1);
    expect(record?.lastPass?.wrote).toBeGreaterThan(0);
  });

  it('merges a colleague’s changes into the store and shows who sent how many', async () => {
    const { db: d, inspectionId, root, deps } = await setUp();
    await chooseTeamFolder(deps);
    const tom = member('Tom Hargreaves', await loadOperations(d, inspectionId));
    const before = tom.ops.length;
    evidence(tom, 'Return home interviews are offered within 72 hours');
    await pass(tom, handleSyncFolder(root));
    expect(await teamPass(deps)).toBe('done');
    const log = await loadOperations(d, inspectionId);
    expect(
      log.some((op) => op.value === 'Return home interviews are offered within 72 hours'),
    ).toBe(true);
    const record = await loadTeamFolder(d, inspectionId);
    expect(record?.lastPass?.arrivals).toEqual([
      expect.objectContaining({ author: 'Tom Hargreaves', changes: tom.ops.length - before }),
    ]);
    expect(record?.team.map((m) => m.author)).toEqual(['Tom Hargreaves']);
  });

  it('names a damaged segment once, however many passes see it, and leaves it where it is', async () => {
    const { db: d, inspectionId, root, deps } = await setUp();
    await chooseTeamFolder(deps);
    const who = 'Mallory Example';
    const garbage = strToU8('this is not a segment');
    const id = authorId(who);
    await root.put([inspectionId, id, '00000001.segment'], garbage);
    await root.put(
      [inspectionId, id, 'index.json'],
      encodeIndex({
        inspectionId,
        author: who,
        authorId: id,
        updatedAt: '2026-10-05T09:00:00.000Z',
        segments: [{ seq: 1, size: garbage.length, sha256: sha256Hex(garbage) }],
      }),
    );
    const log = await loadOperations(d, inspectionId);
    await teamPass(deps);
    await teamPass(deps);
    const record = await loadTeamFolder(d, inspectionId);
    expect(record?.refused).toEqual([
      {
        file: `${inspectionId}/${id}/00000001.segment`,
        // What is wrong, without the bundle reader's advice on which file to choose.
        reason:
          'it is not a readable segment (this file is not an Inspection Workbook bundle (it is not a zip archive))',
      },
    ]);
    expect(root.files().get(`${inspectionId}/${id}/00000001.segment`)).toEqual(garbage);
    expect((await loadOperations(d, inspectionId)).length).toBe(log.length);
  });

  it('skips half-written files (a sync engine’s temporary name, a segment not yet in its index) without calling them damage', async () => {
    const { db: d, inspectionId, root, deps } = await setUp();
    await chooseTeamFolder(deps);
    const tom = member('Tom Hargreaves', await loadOperations(d, inspectionId));
    evidence(tom, 'Placement stability has improved');
    await pass(tom, handleSyncFolder(root));
    const id = authorId('Tom Hargreaves');
    await root.put([inspectionId, id, '.syncthing.00000002.segment.tmp'], strToU8('half'));
    await root.put([inspectionId, id, '00000002.segment'], strToU8('still arriving'));
    await teamPass(deps);
    const record = await loadTeamFolder(d, inspectionId);
    expect(record?.refused).toEqual([]);
    expect(record?.waiting).toBe(1);
    expect(record?.lastPass?.arrivals.map((a) => a.author)).toEqual(['Tom Hargreaves']);
  });

  it('runs one pass at a time: passes asked for together write my changes once', async () => {
    const { db: d, inspectionId, root, host, deps } = await setUp();
    await chooseTeamFolder(deps);
    await myEvidence(d, inspectionId, 'Audits are moderated');
    // Each would write the same changes as a segment of its own if they overlapped.
    host.clicks.length = 0;
    await Promise.all([teamPass(deps), teamPass(deps), teamPass(deps, true)]);
    expect(segmentsOf(root, ME)).toHaveLength(1);
    // One pass ran, and one after it, which keeps the click that asked for it.
    expect(host.clicks).toEqual([false, true]);
  });

  it('leaving stops writing and reading, and keeps everything merged', async () => {
    const { db: d, inspectionId, root, host, deps } = await setUp();
    await chooseTeamFolder(deps);
    const tom = member('Tom Hargreaves', await loadOperations(d, inspectionId));
    evidence(tom, 'Care leavers have a personal adviser');
    await pass(tom, handleSyncFolder(root));
    await myEvidence(d, inspectionId, 'Written before leaving');
    await teamPass(deps);
    await leaveTeam(deps);
    expect(host.forgotten).toBe(1);
    await myEvidence(d, inspectionId, 'Written after leaving');
    expect(await teamPass(deps)).toBe('not-shared');
    expect(segmentsOf(root, ME)).toHaveLength(1);
    const record = await loadTeamFolder(d, inspectionId);
    expect(record?.leftAt).toBeDefined();
    const log = await loadOperations(d, inspectionId);
    expect(log.some((op) => op.value === 'Care leavers have a personal adviser')).toBe(true);
  });

  it('records why a pass could not reach the folder, and clears it once one does', async () => {
    const { db: d, inspectionId, host, deps } = await setUp();
    await chooseTeamFolder(deps);
    host.refusing = 'The browser needs your permission';
    expect(await teamPass(deps)).toBe('failed');
    expect((await loadTeamFolder(d, inspectionId))?.problem).toBe(
      'The browser needs your permission',
    );
    host.refusing = undefined;
    expect(await teamPass(deps)).toBe('done');
    expect((await loadTeamFolder(d, inspectionId))?.problem).toBeUndefined();
  });

  it('keeps what the passes found encrypted at rest (clashes carry what clashed)', async () => {
    const { db: d, inspectionId, root, deps } = await setUp();
    await chooseTeamFolder(deps);
    const tom = member('Tom Hargreaves', await loadOperations(d, inspectionId));
    evidence(tom, 'Return home interviews are offered within 72 hours');
    await pass(tom, handleSyncFolder(root));
    await teamPass(deps);
    const raw = declareWorkbookDb(d.name);
    try {
      const stored: unknown = await raw.table('teamFolders').get(inspectionId);
      expect(Object.keys(Object(stored)).sort()).toEqual(['inspectionId', 'sealed']);
    } finally {
      raw.close();
    }
  });

  it('when an arrived import cannot be read, stores nothing of it, names why, and does not write my changes twice', async () => {
    const { db: d, inspectionId, root, deps } = await setUp();
    await chooseTeamFolder(deps);
    const tom = member('Tom Hargreaves', await loadOperations(d, inspectionId));
    const bytes = new TextEncoder().encode('CHILD,DECOM\n1,2026-01-01\n');
    const sha = sha256Hex(bytes);
    act(tom, (context) => {
      const ops = context.recorder.create('import', 'imp-1', {
        owner: 'council',
        fileName: 'episodes.csv',
        size: bytes.length,
        sha256: sha,
        kind: 'ssda903-csv',
        importedAt: '2026-10-05T09:00:00Z',
        importedBy: 'Tom Hargreaves',
        rows: 1,
        tables: { episodes: 1 },
        problems: { error: 0, warning: 0, info: 0 },
      });
      return { ok: true, data: { id: 'imp-1', operations: ops } };
    });
    tom.parts[importPartName(sha)] = bytes;
    await pass(tom, handleSyncFolder(root));
    await myEvidence(d, inspectionId, 'Written while the import is refused');
    // The test's parser refuses every file, as the readers would a broken one.
    expect(await teamPass(deps)).toBe('failed');
    expect(await teamPass(deps)).toBe('failed');
    expect(segmentsOf(root, ME)).toHaveLength(1);
    expect((await loadTeamFolder(d, inspectionId))?.problem).toBe('no imports in these tests');
    const log = await loadOperations(d, inspectionId);
    expect(log.filter((op) => op.author === 'Tom Hargreaves')).toEqual([]);
  });
});
