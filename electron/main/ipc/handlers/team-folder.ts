import { randomBytes } from 'node:crypto';
import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import type { BrowserWindow, Dialog } from 'electron';
import type { IpcParsedRequest, IpcResponse } from '../../../../shared/ipc/contract';
import type { SyncFolder } from '../../../../shared/sync';
import { isFolder, nodeSyncFolder } from '../../../cli/commands/sync-folder';
import { writeAtomic } from '../../../cli/files/atomic-write';
import { watchFolder, type WatchDeps } from '../../team-folder/watch';
import { IpcHandlerError } from '../router';
import { MAX_OPEN_BYTES } from './dialogs';

/*
 * The desktop app's team folder (shared/sync/folder.ts): the person picks
 * the folder in main's own dialog; main keeps its path (in a file of its
 * own, so it survives a restart) under a random token, watches it, and
 * answers the renderer's requests for lists and bytes of files below it.
 * The renderer never sends a path of its own: a token and names, checked by
 * the contract's schema and again by the folder (no separators, no `..`).
 */

type TeamFolderDeps = {
  readonly dialog: Pick<Dialog, 'showOpenDialog'>;
  readonly window: () => BrowserWindow | undefined;
  /** The JSON file main keeps its folders in (token → path). */
  readonly storeFile: string;
  readonly watch: WatchDeps;
  /** A fresh token (tests give a fixed one). */
  readonly newToken?: () => string;
};

type Known = { readonly root: string; changes: number; stop?: () => void };

async function readStore(file: string): Promise<Map<string, string>> {
  try {
    const parsed: unknown = JSON.parse(await readFile(file, 'utf8'));
    if (typeof parsed !== 'object' || parsed === null) return new Map();
    return new Map(
      Object.entries(parsed).filter(
        (entry): entry is [string, string] =>
          /^[0-9a-f]{32}$/.test(entry[0]) && typeof entry[1] === 'string',
      ),
    );
  } catch {
    return new Map();
  }
}

/** The team folder channels' handlers. */
export function createTeamFolderHandlers(deps: TeamFolderDeps) {
  const folders = new Map<string, Known>();
  let loaded: Promise<void> | undefined;

  function load(): Promise<void> {
    loaded ??= readStore(deps.storeFile).then((stored) => {
      for (const [token, root] of stored) {
        if (!folders.has(token)) folders.set(token, { root, changes: 0 });
      }
    });
    return loaded;
  }

  async function save(): Promise<void> {
    const out = Object.fromEntries([...folders].map(([token, entry]) => [token, entry.root]));
    await writeAtomic(deps.storeFile, new TextEncoder().encode(JSON.stringify(out)));
  }

  /** The folder a token stands for, watched from its first use. */
  async function known(token: string): Promise<Known> {
    await load();
    const found = folders.get(token);
    if (found === undefined) {
      throw new IpcHandlerError(
        'team-folder.unknown',
        'The app no longer knows this team folder: choose it again on the Overview.',
      );
    }
    if (found.stop === undefined) {
      found.stop = watchFolder(found.root, () => (found.changes += 1), deps.watch);
    }
    return found;
  }

  /** The folder to write in; refused when it is not there (a drive unplugged, a share offline). */
  async function present(token: string): Promise<SyncFolder> {
    const found = await known(token);
    if (!(await isFolder(found.root))) {
      throw new IpcHandlerError(
        'team-folder.missing',
        `The team folder ${found.root} is not there (is the drive or network share connected?).`,
      );
    }
    return nodeSyncFolder(found.root);
  }

  return {
    async teamFolderChoose(
      request: IpcParsedRequest<'teamFolderChoose'>,
    ): Promise<IpcResponse<'teamFolderChoose'>> {
      const options: Electron.OpenDialogOptions = {
        title: request.title ?? 'Choose the team folder',
        properties: ['openDirectory', 'createDirectory'],
      };
      const owner = deps.window();
      const choice = owner
        ? await deps.dialog.showOpenDialog(owner, options)
        : await deps.dialog.showOpenDialog(options);
      const root = choice.filePaths[0];
      if (choice.canceled || root === undefined) return { chosen: false };
      await load();
      const token = (deps.newToken ?? (() => randomBytes(16).toString('hex')))();
      folders.set(token, { root, changes: 0 });
      await save();
      return { chosen: true, token, path: root };
    },
    async teamFolderList(
      request: IpcParsedRequest<'teamFolderList'>,
    ): Promise<IpcResponse<'teamFolderList'>> {
      const found = await known(request.token);
      return { entries: [...(await nodeSyncFolder(found.root).list(request.path))] };
    },
    async teamFolderRead(
      request: IpcParsedRequest<'teamFolderRead'>,
    ): Promise<IpcResponse<'teamFolderRead'>> {
      const found = await known(request.token);
      const folder = nodeSyncFolder(found.root);
      // Names only (as the contract parsed them), so the size looked up is inside the folder.
      if (request.path.some((name) => name === '.' || name === '..' || /[/\\]/.test(name))) {
        throw new IpcHandlerError('team-folder.path', 'not a name inside the team folder');
      }
      const size = await stat(path.join(found.root, ...request.path)).then(
        (info) => info.size,
        () => 0,
      );
      if (size > MAX_OPEN_BYTES) {
        throw new IpcHandlerError(
          'file.too-large',
          `${request.path.join('/')} is larger than any file the team folder holds; it was left where it is.`,
        );
      }
      const bytes = await folder.read(request.path);
      return bytes === undefined ? { found: false } : { found: true, bytes };
    },
    async teamFolderCreate(
      request: IpcParsedRequest<'teamFolderCreate'>,
    ): Promise<IpcResponse<'teamFolderCreate'>> {
      const folder = await present(request.token);
      return { created: await folder.create(request.path, request.bytes) };
    },
    async teamFolderReplace(
      request: IpcParsedRequest<'teamFolderReplace'>,
    ): Promise<IpcResponse<'teamFolderReplace'>> {
      const folder = await present(request.token);
      await folder.replace(request.path, request.bytes);
      return {};
    },
    async teamFolderChanges(
      request: IpcParsedRequest<'teamFolderChanges'>,
    ): Promise<IpcResponse<'teamFolderChanges'>> {
      return { changes: (await known(request.token)).changes };
    },
    async teamFolderForget(
      request: IpcParsedRequest<'teamFolderForget'>,
    ): Promise<IpcResponse<'teamFolderForget'>> {
      await load();
      const found = folders.get(request.token);
      found?.stop?.();
      if (folders.delete(request.token)) await save();
      return {};
    },
  };
}
