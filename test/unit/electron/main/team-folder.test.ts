import { mkdtemp, readFile, readdir, rm, writeFile, mkdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { parseIpcRequest } from '../../../../shared/ipc/parse';
import { buildBridge } from '../../../../electron/preload/bridge';
import { ipcSyncFolder } from '../../../../renderer/src/features/team-folder/ipc-folder';
import { noTeamFolder } from '../../../support/no-team-folder';
import { baseLog, evidence, member, pass, view } from '../../shared/sync/sync-helpers';

vi.mock('electron', () => ({}));

const { createTeamFolderHandlers } =
  await import('../../../../electron/main/ipc/handlers/team-folder');
const { watchFolder, POLL_MS } = await import('../../../../electron/main/team-folder/watch');
const { createIpcRouter } = await import('../../../../electron/main/ipc/router');

const TOKEN = 'ab'.repeat(16);

const unused = async () => {
  throw new Error('not in this test');
};

/** A watch whose events and poll the test fires by hand. */
function manualWatch() {
  const fired = { event: () => {}, poll: () => {}, closed: 0, stopped: 0 };
  let signature = 'a';
  return {
    fired,
    setSignature: (next: string) => {
      signature = next;
    },
    deps: {
      watch: (_root: string, onEvent: () => void) => {
        fired.event = onEvent;
        return { close: () => void (fired.closed += 1) };
      },
      signature: async () => signature,
      every: (_ms: number, run: () => void) => {
        fired.poll = run;
        return { stop: () => void (fired.stopped += 1) };
      },
    },
  };
}

async function setUp(chosen?: string) {
  const dir = await mkdtemp(path.join(tmpdir(), 'workbook-team-folder-'));
  const team = path.join(dir, 'team');
  await mkdir(team);
  const watch = manualWatch();
  const showOpenDialog = vi.fn(async () =>
    chosen === 'cancel'
      ? { canceled: true, filePaths: [] }
      : { canceled: false, filePaths: [chosen ?? team] },
  );
  const storeFile = path.join(dir, 'team-folders.json');
  const make = () =>
    createTeamFolderHandlers({
      dialog: { showOpenDialog },
      window: () => undefined,
      storeFile,
      watch: watch.deps,
      newToken: () => TOKEN,
    });
  return { dir, team, storeFile, watch, showOpenDialog, handlers: make(), make };
}

describe('the team folder channels (main)', () => {
  it('chooses a folder in main’s own dialog and hands the renderer a token, not a way to name paths', async () => {
    const { team, storeFile, showOpenDialog, handlers } = await setUp();
    const answer = await handlers.teamFolderChoose({});
    expect(answer).toEqual({ chosen: true, token: TOKEN, path: team });
    expect(showOpenDialog).toHaveBeenCalledWith(
      expect.objectContaining({ properties: ['openDirectory', 'createDirectory'] }),
    );
    expect(JSON.parse(await readFile(storeFile, 'utf8'))).toEqual({ [TOKEN]: team });
  });

  it('answers nothing chosen when the person cancels', async () => {
    const { handlers } = await setUp('cancel');
    expect(await handlers.teamFolderChoose({})).toEqual({ chosen: false });
  });

  it('lists, reads, creates once and replaces files below the chosen folder only', async () => {
    const { team, handlers } = await setUp();
    await handlers.teamFolderChoose({});
    const bytes = new TextEncoder().encode('segment');
    const path1 = ['insp-1', 'amara', '00000001.segment'];
    expect(await handlers.teamFolderCreate({ token: TOKEN, path: path1, bytes })).toEqual({
      created: true,
    });
    expect(await handlers.teamFolderCreate({ token: TOKEN, path: path1, bytes })).toEqual({
      created: false,
    });
    await handlers.teamFolderReplace({
      token: TOKEN,
      path: ['insp-1', 'amara', 'index.json'],
      bytes: new TextEncoder().encode('{}'),
    });
    expect(
      (await handlers.teamFolderList({ token: TOKEN, path: ['insp-1', 'amara'] })).entries,
    ).toEqual(
      expect.arrayContaining([
        { name: '00000001.segment', kind: 'file', size: 7 },
        { name: 'index.json', kind: 'file', size: 2 },
      ]),
    );
    expect(await handlers.teamFolderRead({ token: TOKEN, path: path1 })).toEqual({
      found: true,
      bytes,
    });
    expect(await handlers.teamFolderRead({ token: TOKEN, path: ['insp-1', 'nothing'] })).toEqual({
      found: false,
    });
    // Only our files, no temporary names left behind.
    expect((await readdir(path.join(team, 'insp-1', 'amara'))).sort()).toEqual([
      '00000001.segment',
      'index.json',
    ]);
  });

  it('refuses a path that could climb out of the folder, in the contract and in the folder', async () => {
    const { handlers } = await setUp();
    await handlers.teamFolderChoose({});
    const parsed = parseIpcRequest('teamFolderRead', { token: TOKEN, path: ['..', 'etc'] });
    expect(parsed.success).toBe(false);
    expect(parseIpcRequest('teamFolderRead', { token: TOKEN, path: ['a/b'] }).success).toBe(false);
    await expect(handlers.teamFolderRead({ token: TOKEN, path: ['..', 'x'] })).rejects.toThrow(
      /not a name inside/,
    );
  });

  it('refuses a token it never gave, and writing to a folder that is not there (a drive unplugged)', async () => {
    const { team, handlers } = await setUp();
    await expect(handlers.teamFolderList({ token: 'cd'.repeat(16), path: [] })).rejects.toThrow(
      /no longer knows this team folder/,
    );
    await handlers.teamFolderChoose({});
    await rm(team, { recursive: true });
    await expect(
      handlers.teamFolderCreate({
        token: TOKEN,
        path: ['insp-1', 'a', '00000001.segment'],
        bytes: new Uint8Array([1]),
      }),
    ).rejects.toThrow(/is not there/);
  });

  it('remembers the folder across a restart, and forgets it when the person leaves', async () => {
    const { team, storeFile, handlers, make } = await setUp();
    await handlers.teamFolderChoose({});
    await writeFile(path.join(team, 'hello'), 'x');
    const restarted = make();
    expect((await restarted.teamFolderList({ token: TOKEN, path: [] })).entries).toEqual([
      { name: 'hello', kind: 'file', size: 1 },
    ]);
    await restarted.teamFolderForget({ token: TOKEN });
    expect(JSON.parse(await readFile(storeFile, 'utf8'))).toEqual({});
    await expect(restarted.teamFolderList({ token: TOKEN, path: [] })).rejects.toThrow(
      /no longer knows/,
    );
  });

  it('counts the changes its watcher sees, for the renderer to pass on', async () => {
    const { watch, handlers } = await setUp();
    await handlers.teamFolderChoose({});
    expect(await handlers.teamFolderChanges({ token: TOKEN })).toEqual({ changes: 0 });
    watch.fired.event();
    watch.fired.event();
    expect(await handlers.teamFolderChanges({ token: TOKEN })).toEqual({ changes: 2 });
    await handlers.teamFolderForget({ token: TOKEN });
    expect(watch.fired.closed).toBe(1);
    expect(watch.fired.stopped).toBe(1);
  });
});

describe('the pass over IPC (the desktop app)', () => {
  it('runs the command’s pass through the bridge, the router and main’s folder, for two members', async () => {
    const { handlers } = await setUp();
    const router = createIpcRouter({
      appInfo: unused,
      openFiles: unused,
      saveFile: unused,
      chooseCertificate: unused,
      signPdf: unused,
      keychainSeal: unused,
      keychainOpen: unused,
      ...noTeamFolder,
      ...handlers,
    });
    const frame = { senderFrame: { url: 'app://workbook/index.html', parent: null } };
    const bridge = buildBridge((channel, request) => router.dispatch(channel, frame, request));
    const chosen = await bridge.teamFolderChoose({});
    if (!chosen.ok || !chosen.data.chosen) throw new Error('no folder chosen');
    const folder = ipcSyncFolder(bridge, chosen.data.token);
    const base = baseLog();
    const amara = member('Amara Okafor', base);
    const tom = member('Tom Hargreaves', base);
    evidence(amara, 'Supervision is monthly');
    evidence(tom, 'Visits are on time');
    await pass(amara, folder);
    await pass(tom, folder);
    await pass(amara, folder);
    expect(view(amara)).toEqual(view(tom));
    // A request outside the contract never reaches main's folder.
    const refused = await bridge.teamFolderRead({ token: chosen.data.token, path: ['..'] });
    expect(refused.ok).toBe(false);
  });
});

describe('watching a team folder', () => {
  it('polls beside the watcher, so a share that reports no events is still seen to change', async () => {
    const watch = manualWatch();
    const changed = vi.fn();
    const stop = watchFolder('/share', changed, {
      ...watch.deps,
      watch: () => {
        throw new Error('ENOSYS: no watching on this share');
      },
    });
    watch.fired.poll();
    await vi.waitFor(() => expect(changed).not.toHaveBeenCalled());
    await new Promise((resolve) => setTimeout(resolve, 10));
    watch.setSignature('b');
    watch.fired.poll();
    await vi.waitFor(() => expect(changed).toHaveBeenCalledTimes(1));
    stop();
    expect(watch.fired.stopped).toBe(1);
    expect(POLL_MS).toBeGreaterThan(0);
  });
});
