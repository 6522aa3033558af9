import { describe, expect, it } from 'vitest';
import { isSealed, newIdentity, seal, unseal } from '../../../../shared/crypto';
import {
  combineStates,
  decodeIndex,
  decodeState,
  authorId,
  type SyncCrypt,
  type SyncState,
} from '../../../../shared/sync';
import { sha256Hex } from '../../../../shared/bundle/sha256';
import { importPartName } from '../../../../shared/workbook';
import { act, baseLog, evidence, member, memoryFolder, pass, view } from './sync-helpers';

function ageCrypt(recipients: readonly string[], secret: string): SyncCrypt {
  return {
    recipients,
    seal: (bytes) => seal(bytes, { kind: 'recipients', recipients }),
    open: async (bytes) =>
      isSealed(bytes) ? (await unseal(bytes, { identities: [secret] })).bytes : bytes,
  };
}

/** A member's sync record that sealed its last segment to `sealedTo`. */
const record = (sealedTo: string[]): SyncState => ({
  format: 'inspection-workbook-sync-state',
  formatVersion: 1,
  author: 'Amara Okafor',
  authorId: authorId('Amara Okafor'),
  written: { seq: 1, through: null },
  sealedTo,
  merged: {},
  refused: [],
});

describe('a member whose key joins the team after segments were written', () => {
  it('gets all of a colleague’s changes again in their next segment, encrypted to them too', async () => {
    const amaraKey = await newIdentity();
    const tomKey = await newIdentity();
    const base = baseLog();
    const amara = member('Amara Okafor', base);
    const tom = member('Tom Hargreaves', base);
    const folder = memoryFolder();
    evidence(amara, 'Written before Tom’s key was on the team');
    // Amara's first segment is encrypted to her own key only.
    await pass(amara, folder, ageCrypt([amaraKey.recipient], amaraKey.secretKey));
    const early = await pass(tom, folder, ageCrypt([tomKey.recipient], tomKey.secretKey));
    expect(early.refused).toEqual([
      expect.objectContaining({ reason: expect.stringContaining('cannot be decrypted') }),
    ]);
    // Tom's key is added: Amara's next pass writes everything of hers again, to both keys,
    // though she changed nothing since.
    const both = [amaraKey.recipient, tomKey.recipient];
    const again = await pass(amara, folder, ageCrypt(both, amaraKey.secretKey));
    expect(again.written?.seq).toBe(2);
    expect(again.written?.operations).toBe(
      amara.ops.filter((op) => op.author === 'Amara Okafor').length,
    );
    const caught = await pass(tom, folder, ageCrypt(both, tomKey.secretKey));
    expect(caught.arrivals).toEqual([
      expect.objectContaining({ author: 'Amara Okafor', segments: 1 }),
    ]);
    expect(view(tom).state).toEqual(view(amara).state);
    // Nothing more to write while the keys stay the same.
    expect((await pass(amara, folder, ageCrypt(both, amaraKey.secretKey))).written).toBeNull();
  });

  it('passes over, without a notice, the earlier segments a later one repeats for their key', async () => {
    const amaraKey = await newIdentity();
    const tomKey = await newIdentity();
    const base = baseLog();
    const amara = member('Amara Okafor', base);
    const tom = member('Tom Hargreaves', base);
    const folder = memoryFolder();
    evidence(amara, 'Written before Tom’s key was on the team');
    await pass(amara, folder, ageCrypt([amaraKey.recipient], amaraKey.secretKey));
    evidence(amara, 'Still before Tom’s key');
    await pass(amara, folder, ageCrypt([amaraKey.recipient], amaraKey.secretKey));
    const both = [amaraKey.recipient, tomKey.recipient];
    const again = await pass(amara, folder, ageCrypt(both, amaraKey.secretKey));
    expect(again.written).toMatchObject({ seq: 3, resends: 2 });
    const index = decodeIndex(
      folder.files.get(`${again.root}/${again.authorId}/index.json`) ?? new Uint8Array(),
    );
    expect(index?.segments.map((entry) => entry.resends)).toEqual([undefined, undefined, 2]);
    // Tom's first pass comes after the repeat: segments 1 and 2 are not his to open, and need not be.
    const first = await pass(tom, folder, ageCrypt(both, tomKey.secretKey));
    expect(first.refused).toEqual([]);
    expect(first.arrivals).toEqual([
      expect.objectContaining({ author: 'Amara Okafor', segments: 1 }),
    ]);
    expect(view(tom).state).toEqual(view(amara).state);
    // A later segment Tom truly cannot open (sealed without his key) is still named.
    evidence(amara, 'Sealed to Amara alone by mistake');
    const mistaken: SyncCrypt = {
      ...ageCrypt(both, amaraKey.secretKey),
      seal: (bytes) => seal(bytes, { kind: 'recipients', recipients: [amaraKey.recipient] }),
    };
    await pass(amara, folder, mistaken);
    const later = await pass(tom, folder, ageCrypt(both, tomKey.secretKey));
    expect(later.refused).toEqual([
      {
        file: `${later.root}/${again.authorId}/00000004.segment`,
        reason: expect.stringContaining('cannot be decrypted'),
      },
    ]);
  });

  it('gets the imported source files again too, sealed to the new set of keys', async () => {
    const amaraKey = await newIdentity();
    const tomKey = await newIdentity();
    const base = baseLog();
    const amara = member('Amara Okafor', base);
    const tom = member('Tom Hargreaves', base);
    const folder = memoryFolder();
    const bytes = new TextEncoder().encode('CHILD,DECOM\n1,2026-01-01\n');
    const sha = sha256Hex(bytes);
    act(amara, (context) => ({
      ok: true,
      data: {
        id: 'imp-1',
        operations: context.recorder.create('import', 'imp-1', {
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
        }),
      },
    }));
    amara.parts[importPartName(sha)] = bytes;
    await pass(amara, folder, ageCrypt([amaraKey.recipient], amaraKey.secretKey));
    const both = [amaraKey.recipient, tomKey.recipient];
    const again = await pass(amara, folder, ageCrypt(both, amaraKey.secretKey));
    expect(again.written).toMatchObject({ resends: 1, files: 1 });
    const got = await pass(tom, folder, ageCrypt(both, tomKey.secretKey));
    expect(got.waiting).toEqual([]);
    expect(got.refused).toEqual([]);
    expect(tom.parts[importPartName(sha)]).toEqual(bytes);
  });

  it('still names a segment it cannot open when no later one repeats it', async () => {
    const amaraKey = await newIdentity();
    const tomKey = await newIdentity();
    const base = baseLog();
    const amara = member('Amara Okafor', base);
    const tom = member('Tom Hargreaves', base);
    const folder = memoryFolder();
    evidence(amara, 'Sealed to Amara alone');
    await pass(amara, folder, ageCrypt([amaraKey.recipient], amaraKey.secretKey));
    evidence(amara, 'Sealed to Amara alone, again');
    await pass(amara, folder, ageCrypt([amaraKey.recipient], amaraKey.secretKey));
    const seen = await pass(tom, folder, ageCrypt([tomKey.recipient], tomKey.secretKey));
    expect(seen.refused.map((entry) => entry.file.slice(-16))).toEqual([
      '00000001.segment',
      '00000002.segment',
    ]);
  });

  it('keeps, when two copies of one member’s record combine, only the keys both wrote to', () => {
    expect(combineStates(record(['age1a', 'age1b']), record(['age1a'])).sealedTo).toEqual([
      'age1a',
    ]);
    expect(
      decodeState(new TextEncoder().encode(JSON.stringify(record(['age1a']))))?.sealedTo,
    ).toEqual(['age1a']);
  });
});
