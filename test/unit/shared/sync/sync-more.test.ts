import { describe, expect, it } from 'vitest';
import { sha256Hex } from '../../../../shared/bundle/sha256';
import { isSealed, newIdentity, seal, unseal } from '../../../../shared/crypto';
import {
  authorId,
  decodeState,
  inspectionFolder,
  syncPartName,
  type SyncCrypt,
} from '../../../../shared/sync';
import { mergeWorkbooks } from '../../../../shared/tasks/bundles';
import { editEvidence, importPartName } from '../../../../shared/workbook';
import {
  act,
  baseLog,
  evidence,
  inspectionOf,
  member,
  memoryFolder,
  pass,
  summary,
  view,
} from './sync-helpers';

async function ageCrypt(recipients: readonly string[], secret: string): Promise<SyncCrypt> {
  return {
    recipients,
    seal: (bytes) => seal(bytes, { kind: 'recipients', recipients }),
    open: async (bytes) =>
      isSealed(bytes) ? (await unseal(bytes, { identities: [secret] })).bytes : bytes,
  };
}

describe('a sync pass, continued', () => {
  it('holds a segment that edits a colleague’s item not arrived yet, then merges it when it has', async () => {
    const base = baseLog();
    const a = member('Amara Okafor', base);
    const b = member('Ben Lee', base);
    const c = member('Chen Wu', base);
    const folder = memoryFolder();
    const id = evidence(a, 'Amara’s note');
    await pass(a, folder);
    await pass(b, folder);
    act(b, (context) => editEvidence(context, { id, text: 'Ben corrected it' }));
    await pass(b, folder);
    // Chen's copy of the folder has Ben's segment but not yet Amara's.
    const amara = `${inspectionFolder(inspectionOf(a))}/${authorId('Amara Okafor')}/`;
    const partial = memoryFolder();
    for (const [name, bytes] of folder.files) {
      if (!name.startsWith(amara)) partial.files.set(name, bytes);
    }
    const held = await pass(c, partial);
    expect(held.refused).toEqual([]);
    expect(held.arrivals).toEqual([]);
    expect(held.waiting).toEqual([
      expect.objectContaining({ file: expect.stringContaining(authorId('Ben Lee')) }),
    ]);
    const later = await pass(c, folder);
    expect(later.arrivals.map((x) => x.author).sort()).toEqual(['Amara Okafor', 'Ben Lee']);
    expect(view(c).state).toEqual(view(b).state);
  });

  it('carries imported source files as files/<sha256>, written once, into the colleague’s workbook', async () => {
    const base = baseLog();
    const a = member('Amara Okafor', base);
    const b = member('Ben Lee', base);
    const folder = memoryFolder();
    const bytes = new TextEncoder().encode('CHILD,DECOM\n1,2026-01-01\n');
    const sha = sha256Hex(bytes);
    act(a, (context) => {
      const ops = context.recorder.create('import', 'imp-1', {
        owner: 'council',
        fileName: 'episodes.csv',
        size: bytes.length,
        sha256: sha,
        kind: 'ssda903-csv',
        importedAt: '2026-10-05T09:00:00Z',
        importedBy: 'Amara Okafor',
        rows: 1,
        tables: { episodes: 1 },
        problems: { error: 0, warning: 0, info: 0 },
      });
      return { ok: true, data: { id: 'imp-1', operations: ops } };
    });
    a.parts[importPartName(sha)] = bytes;
    const written = await pass(a, folder);
    expect(written.written?.files).toBe(1);
    const stored = `${inspectionFolder(inspectionOf(a))}/files/${sha}`;
    expect(folder.files.get(stored)).toEqual(bytes);
    await pass(b, folder);
    expect(b.parts[importPartName(sha)]).toEqual(bytes);
    // Ben has the file already: writing his own import of it does not write it again.
    const writes = folder.writes.filter((name) => name === stored);
    expect(writes).toHaveLength(1);
  });

  it('seals segments and files to the team with age; a segment not for me is refused once, left there', async () => {
    const amara = await newIdentity();
    const ben = await newIdentity();
    const stranger = await newIdentity();
    const base = baseLog();
    const a = member('Amara Okafor', base);
    const b = member('Ben Lee', base);
    const s = member('Sam Stranger', base);
    const folder = memoryFolder();
    const team = [amara.recipient, ben.recipient];
    summary(a, 'Sealed summary');
    await pass(a, folder, await ageCrypt(team, amara.secretKey));
    evidence(s, 'Sealed to someone else');
    await pass(s, folder, await ageCrypt([stranger.recipient], stranger.secretKey));
    const inspection = inspectionFolder(inspectionOf(a));
    const segment = folder.files.get(`${inspection}/${authorId('Amara Okafor')}/00000001.segment`);
    expect(segment !== undefined && isSealed(segment)).toBe(true);
    const result = await pass(b, folder, await ageCrypt(team, ben.secretKey));
    expect(result.arrivals.map((x) => x.author)).toEqual(['Amara Okafor']);
    expect(result.refused).toEqual([
      {
        file: `${inspection}/${authorId('Sam Stranger')}/00000001.segment`,
        reason: expect.stringMatching(/cannot be decrypted/),
      },
    ]);
    expect(view(b).state['summary']).toEqual(view(a).state['summary']);
    expect((await pass(b, folder, await ageCrypt(team, ben.secretKey))).refused).toEqual([]);
  });

  it('merging two copies of one member’s workbook combines their sync records instead of refusing', async () => {
    const base = baseLog();
    const a = member('Amara Okafor', base);
    const folder = memoryFolder();
    evidence(a, 'One');
    await pass(a, folder);
    const older = { ...a, parts: { ...a.parts } };
    evidence(a, 'Two');
    await pass(a, folder);
    const name = syncPartName(authorId('Amara Okafor'));
    expect(older.parts[name]).not.toEqual(a.parts[name]);
    const bundle = (m: typeof a) => ({
      manifest: {
        format: 'inspection-workbook' as const,
        formatVersion: 1 as const,
        inspectionId: inspectionOf(m),
        exportedBy: m.name,
        exportedAt: '2026-10-05T09:00:00Z',
      },
      operations: m.ops,
      parts: m.parts,
    });
    const merged = mergeWorkbooks(bundle(older), bundle(a));
    if (!merged.ok) throw new Error(merged.error.message);
    expect(decodeState(merged.data.parts[name])?.written.seq).toBe(2);
    const reverse = mergeWorkbooks(bundle(a), bundle(older));
    if (!reverse.ok) throw new Error(reverse.error.message);
    expect(reverse.data.parts[name]).toEqual(merged.data.parts[name]);
  });
});
