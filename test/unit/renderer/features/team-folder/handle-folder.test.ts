import { strFromU8, strToU8 } from 'fflate';
import { describe, expect, it } from 'vitest';
import { handleSyncFolder } from '../../../../../renderer/src/features/team-folder/handle-folder';
import { baseLog, evidence, member, pass, summary, view } from '../../../shared/sync/sync-helpers';
import { FakeDirectory } from './fake-handle';

describe('the team folder over a directory handle (the browser host)', () => {
  it('lists nothing and reads nothing where the folder or file is not there yet', async () => {
    const folder = handleSyncFolder(new FakeDirectory('team'));
    expect(await folder.list(['insp-1', 'someone'])).toEqual([]);
    expect(await folder.read(['insp-1', 'someone', 'index.json'])).toBeUndefined();
  });

  it('creates a file once, making its folders, and never overwrites a name that is taken', async () => {
    const root = new FakeDirectory('team');
    const folder = handleSyncFolder(root);
    expect(await folder.create(['insp-1', 'amara', '00000001.segment'], strToU8('first'))).toBe(
      true,
    );
    expect(await folder.create(['insp-1', 'amara', '00000001.segment'], strToU8('second'))).toBe(
      false,
    );
    expect(
      strFromU8((await folder.read(['insp-1', 'amara', '00000001.segment'])) ?? strToU8('')),
    ).toBe('first');
    expect(await folder.list(['insp-1'])).toEqual([{ name: 'amara', kind: 'folder', size: 0 }]);
    expect(await folder.list(['insp-1', 'amara'])).toEqual([
      { name: '00000001.segment', kind: 'file', size: 5 },
    ]);
  });

  it('writes through a temporary name and renames it where the browser can, leaving no temporary file', async () => {
    const root = new FakeDirectory('team', true);
    const folder = handleSyncFolder(root);
    await folder.create(['insp-1', 'a.segment'], strToU8('whole'));
    await folder.replace(['insp-1', 'index.json'], strToU8('{"v":1}'));
    await folder.replace(['insp-1', 'index.json'], strToU8('{"v":2}'));
    expect([...root.files().keys()].sort()).toEqual(['insp-1/a.segment', 'insp-1/index.json']);
    expect(strFromU8(root.files().get('insp-1/index.json') ?? strToU8(''))).toBe('{"v":2}');
  });

  it('names its temporary files as the command does, so Syncthing ignores them and readers skip them', async () => {
    const root = new FakeDirectory('team', true);
    const seen: string[] = [];
    const original = root.getFileHandle.bind(root);
    root.getFileHandle = async (name, options) => {
      seen.push(name);
      return original(name, options);
    };
    await handleSyncFolder(root).replace(['index.json'], strToU8('{}'));
    expect(seen[0]).toMatch(/^\.index\.json\.[0-9a-f-]{36}\.workbook-tmp$/);
  });

  it('writes the name itself where the browser has no move, still leaving no temporary file', async () => {
    const root = new FakeDirectory('team', false);
    const folder = handleSyncFolder(root);
    expect(await folder.create(['insp-1', 'a.segment'], strToU8('whole'))).toBe(true);
    await folder.replace(['insp-1', 'index.json'], strToU8('{"v":2}'));
    expect([...root.files().keys()].sort()).toEqual(['insp-1/a.segment', 'insp-1/index.json']);
  });

  it('refuses a name that could climb out of the team folder', async () => {
    const folder = handleSyncFolder(new FakeDirectory('team'));
    await expect(folder.read(['..', 'secret'])).rejects.toThrow(/not a name inside/);
    await expect(folder.create(['insp-1', 'a/b'], strToU8('x'))).rejects.toThrow(
      /not a name inside/,
    );
  });

  it('carries the same pass as the command: two members in one folder end with the same workbook', async () => {
    const root = new FakeDirectory('team');
    const folder = handleSyncFolder(root);
    const base = baseLog();
    const amara = member('Amara Okafor', base);
    const tom = member('Tom Hargreaves', base);
    evidence(amara, 'Supervision notes are recorded monthly');
    summary(tom, 'Children in care are seen regularly');
    const written = amara.ops.length - base.length;
    await pass(amara, folder);
    const tomPass = await pass(tom, folder);
    expect(tomPass.arrivals).toEqual([
      expect.objectContaining({ author: 'Amara Okafor', changes: written }),
    ]);
    await pass(amara, folder);
    expect(view(amara)).toEqual(view(tom));
  });
});
