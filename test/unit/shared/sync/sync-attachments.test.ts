import { describe, expect, it } from 'vitest';
import { isSealed, newIdentity, seal, unseal } from '../../../../shared/crypto';
import { materialise } from '../../../../shared/bundle';
import {
  attachmentPartName,
  inspectionFolder,
  keysetOf,
  type SyncCrypt,
} from '../../../../shared/sync';
import {
  attach,
  baseLog,
  evidence,
  inspectionOf,
  member,
  memoryFolder,
  pass,
  view,
  type Member,
} from './sync-helpers';

/** A small scanned visit note: bytes that are not text, so nothing depends on an encoding. */
const note = new Uint8Array(300).map((_, i) => (i * 53 + 7) % 256);

function attachmentsOf(m: Member, id: string): unknown {
  return materialise(m.ops)['evidence']?.[id]?.['attachments'];
}

/** Amara records evidence with the note attached and syncs; Tom, with a copy of the start, is ready. */
async function amaraAttaches(crypt?: SyncCrypt) {
  const base = baseLog();
  const amara = member('Amara Okafor', base);
  const tom = member('Tom Hargreaves', base);
  const folder = memoryFolder();
  const id = evidence(amara, 'Visit notes show the child was seen alone');
  const sha = attach(amara, id, 'visit-notes.pdf', note);
  const written = await pass(amara, folder, crypt);
  const file = `${inspectionFolder(inspectionOf(amara))}/attachments/${sha}`;
  return { amara, tom, folder, id, sha, written, file };
}

function ageCrypt(recipients: readonly string[], secret: string): SyncCrypt {
  return {
    recipients,
    seal: (bytes) => seal(bytes, { kind: 'recipients', recipients }),
    open: async (bytes) =>
      isSealed(bytes) ? (await unseal(bytes, { identities: [secret] })).bytes : bytes,
  };
}

describe('evidence attachments through the team folder', () => {
  it('arrive whole with the evidence item that names them, put in the folder once', async () => {
    const { amara, tom, folder, id, sha, written, file } = await amaraAttaches();
    expect(written.written).toMatchObject({ seq: 1, attachments: 1 });
    expect(folder.files.get(file)).toEqual(note);
    const got = await pass(tom, folder);
    expect(got.refused).toEqual([]);
    expect(tom.parts[attachmentPartName(sha)]).toEqual(note);
    expect(attachmentsOf(tom, id)).toEqual([{ name: 'visit-notes.pdf', sha256: sha }]);
    expect(view(tom)).toEqual(view(amara));
    // Tom attaches the same note to his own item: the file is there already and is not written again.
    const his = evidence(tom, 'The same note, read again');
    attach(tom, his, 'copy.pdf', note);
    const again = await pass(tom, folder);
    expect(again.written).toMatchObject({ attachments: 0 });
    expect(folder.writes.filter((name) => name === file)).toHaveLength(1);
  });

  it('are sealed to the team as segments are, and opened by a colleague’s key', async () => {
    const amaraKey = await newIdentity();
    const tomKey = await newIdentity();
    const both = [amaraKey.recipient, tomKey.recipient];
    const { tom, folder, sha, file } = await amaraAttaches(ageCrypt(both, amaraKey.secretKey));
    // Named by its SHA-256 and the set of keys it is sealed to.
    const stored = folder.files.get(`${file}.${keysetOf(both) ?? ''}`) ?? new Uint8Array();
    expect(isSealed(stored)).toBe(true);
    expect(stored.length).toBeGreaterThan(note.length);
    await pass(tom, folder, ageCrypt(both, tomKey.secretKey));
    expect(tom.parts[attachmentPartName(sha)]).toEqual(note);
  });

  it('wait, unreported, while the file is still arriving, then merge', async () => {
    const { amara, tom, folder, sha, file } = await amaraAttaches();
    // A sync engine part-way through copying the file into place.
    folder.files.set(file, note.slice(0, 120));
    const early = await pass(tom, folder);
    expect(early.refused).toEqual([]);
    expect(early.arrivals).toEqual([]);
    expect(early.waiting).toEqual([
      expect.objectContaining({ reason: expect.stringContaining('is still arriving') }),
    ]);
    expect(tom.parts[attachmentPartName(sha)]).toBeUndefined();
    folder.files.delete(file);
    expect((await pass(tom, folder)).waiting).toEqual([
      expect.objectContaining({ reason: expect.stringContaining('has not arrived yet') }),
    ]);
    folder.files.set(file, note);
    const late = await pass(tom, folder);
    expect(late.arrivals).toHaveLength(1);
    expect(tom.parts[attachmentPartName(sha)]).toEqual(note);
    expect(view(tom)).toEqual(view(amara));
  });

  it('whole but not the bytes their name says: refused once, named, never stored; the changes still merge', async () => {
    const { tom, folder, id, sha, file } = await amaraAttaches();
    const forged = note.map((byte) => byte ^ 0xff);
    folder.files.set(file, forged);
    const first = await pass(tom, folder);
    expect(first.refused).toEqual([
      { file, reason: expect.stringContaining('its SHA-256 differs') },
    ]);
    expect(tom.parts[attachmentPartName(sha)]).toBeUndefined();
    expect(attachmentsOf(tom, id)).toEqual([{ name: 'visit-notes.pdf', sha256: sha }]);
    expect(folder.files.get(file)).toEqual(forged);
    const second = await pass(tom, folder);
    expect(second.refused).toEqual([]);
    expect(tom.parts[attachmentPartName(sha)]).toBeUndefined();
  });

  it('reach a member whose key joined later, written again sealed to the new set of keys', async () => {
    const amaraKey = await newIdentity();
    const tomKey = await newIdentity();
    const alone = ageCrypt([amaraKey.recipient], amaraKey.secretKey);
    const { amara, tom, folder, sha, file } = await amaraAttaches(alone);
    expect(folder.files.has(`${file}.${keysetOf([amaraKey.recipient]) ?? ''}`)).toBe(true);
    const both = [amaraKey.recipient, tomKey.recipient];
    const again = await pass(amara, folder, ageCrypt(both, amaraKey.secretKey));
    expect(again.written).toMatchObject({ resends: 1, attachments: 1 });
    const got = await pass(tom, folder, ageCrypt(both, tomKey.secretKey));
    expect(got.refused).toEqual([]);
    expect(got.waiting).toEqual([]);
    expect(tom.parts[attachmentPartName(sha)]).toEqual(note);
    expect(view(tom)).toEqual(view(amara));
  });
});
