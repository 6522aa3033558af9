import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { sha256Hex } from '../../../../../shared/bundle/sha256';
import { isSealed } from '../../../../../shared/crypto';
import { attachmentPartName, inspectionFolder, keysetOf } from '../../../../../shared/sync';
import { err, ok } from '../../../../../shared/util/result';
import { addEvidence } from '../../../../../shared/workbook';
import type { WorkbookDb } from '../../../../../renderer/src/db/db';
import { loadOperations, runCommand } from '../../../../../renderer/src/db/workbook-repository';
import { handleSyncFolder } from '../../../../../renderer/src/features/team-folder/handle-folder';
import { HELD, passParts } from '../../../../../renderer/src/features/team-folder/pass-parts';
import { teamCrypt } from '../../../../../renderer/src/features/team-folder/team-crypt';
import { loadTeamFolder } from '../../../../../renderer/src/features/team-folder/team-folder-store';
import {
  chooseTeamFolder,
  teamPass,
  type TeamSyncDeps,
} from '../../../../../renderer/src/features/team-folder/team-sync';
import { appInspection, freshStore } from '../../../parity/app-store';
import { attach, evidence, member, pass } from '../../../shared/sync/sync-helpers';
import { FakeDirectory } from './fake-handle';

let db: WorkbookDb | undefined;
afterEach(async () => {
  await db?.delete();
  db = undefined;
});

const ME = 'Amara Okafor';
/** A scanned visit note: bytes that are not text. */
const note = new Uint8Array(500).map((_, i) => (i * 71 + 3) % 256);
const sha = sha256Hex(note);

async function setUp() {
  db = freshStore();
  const d = db;
  const inspectionId = await appInspection(d);
  const root = new FakeDirectory('Northmoor team');
  const deps: TeamSyncDeps = {
    db: d,
    inspectionId,
    author: ME,
    host: {
      kind: 'browser',
      onDisk: true,
      choose: async () => ok({ host: 'browser' as const, name: 'Northmoor team' }),
      open: async () => ok(handleSyncFolder(root)),
      changes: async () => undefined,
      forget: async () => undefined,
    },
    parse: async () => err('test.parse', 'no imports in these tests'),
  };
  return {
    d,
    inspectionId,
    root,
    deps,
    file: `${inspectionFolder(inspectionId)}/attachments/${sha}`,
  };
}

/** Evidence I record in the app with the note attached, its bytes kept as the store keeps a bundle's parts. */
async function myAttachedEvidence(d: WorkbookDb, inspectionId: string): Promise<void> {
  const added = await runCommand(d, inspectionId, ME, (context) =>
    addEvidence(context, {
      source: 'council',
      areas: ['leaders'],
      finding: 'strength',
      text: 'Minutes of the practice board, attached',
      kind: 'document',
      relatesTo: '2026-10-05',
    }),
  );
  if (!added.ok) throw new Error(added.error.message);
  const id = added.data;
  const attached = await runCommand(d, inspectionId, ME, (context) => {
    const op = context.recorder.change({
      entity: 'evidence',
      id,
      field: 'attachments',
      value: [{ name: 'board-minutes.pdf', sha256: sha }],
    });
    return ok({ id, operations: op === null ? [] : [op] });
  });
  if (!attached.ok) throw new Error(attached.error.message);
  const name = attachmentPartName(sha);
  await d.bundleParts.put({ id: `${inspectionId}/${name}`, inspectionId, name, bytes: note });
}

describe('evidence attachments through the team folder, in the app', () => {
  it('puts my attachment in the folder sealed to the team, then loads its bytes no more', async () => {
    const { d, inspectionId, root, deps, file } = await setUp();
    await myAttachedEvidence(d, inspectionId);
    expect(await chooseTeamFolder(deps)).toEqual(ok(true));
    const crypt = await teamCrypt(d, inspectionId);
    // Named by its SHA-256 and the set of keys it is sealed to.
    const sealedName = `${file}.${keysetOf(crypt.recipients) ?? ''}`;
    const stored = root.files().get(sealedName) ?? new Uint8Array();
    expect(isSealed(stored)).toBe(true);
    expect(await crypt.open(stored)).toEqual(note);
    // Written: later passes only need to know the store holds it, and never store the stand-in.
    const parts = await passParts(
      d,
      inspectionId,
      await loadOperations(d, inspectionId),
      ME,
      crypt.recipients,
    );
    expect(parts[attachmentPartName(sha)]).toBe(HELD);
    expect(await teamPass(deps)).toBe('done');
    expect((await d.bundleParts.get(`${inspectionId}/${attachmentPartName(sha)}`))?.bytes).toEqual(
      note,
    );
  });

  it('stores a colleague’s attachment, verified, with the evidence item that names it', async () => {
    const { d, inspectionId, root, deps } = await setUp();
    await chooseTeamFolder(deps);
    const tom = member('Tom Hargreaves', await loadOperations(d, inspectionId));
    const id = evidence(tom, 'Supervision notes, attached');
    attach(tom, id, 'supervision.pdf', note);
    await pass(tom, handleSyncFolder(root));
    expect(await teamPass(deps)).toBe('done');
    expect((await d.bundleParts.get(`${inspectionId}/${attachmentPartName(sha)}`))?.bytes).toEqual(
      note,
    );
    const log = await loadOperations(d, inspectionId);
    expect(
      log.filter((op) => op.entityId === id && op.field === 'attachments').at(-1)?.value,
    ).toEqual([{ name: 'supervision.pdf', sha256: sha }]);
    expect((await loadTeamFolder(d, inspectionId))?.refused).toEqual([]);
  });

  it('refuses, once and by name, an attachment whose bytes are not the ones named, and stores nothing of it', async () => {
    const { d, inspectionId, root, deps, file } = await setUp();
    await chooseTeamFolder(deps);
    const tom = member('Tom Hargreaves', await loadOperations(d, inspectionId));
    const id = evidence(tom, 'Supervision notes, attached');
    attach(tom, id, 'supervision.pdf', note);
    await pass(tom, handleSyncFolder(root));
    const [inspection = '', folderName = '', name = ''] = file.split('/');
    await root.put(
      [inspection, folderName, name],
      note.map((byte) => byte ^ 0x55),
    );
    await teamPass(deps);
    await teamPass(deps);
    expect((await loadTeamFolder(d, inspectionId))?.refused).toEqual([
      { file, reason: expect.stringContaining('its SHA-256 differs') },
    ]);
    expect(await d.bundleParts.get(`${inspectionId}/${attachmentPartName(sha)}`)).toBeUndefined();
    const log = await loadOperations(d, inspectionId);
    expect(log.some((op) => op.entityId === id)).toBe(true);
  });
});
