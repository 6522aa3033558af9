import type { WorkbookBridge } from '../../../../shared/ipc/bridge';
import type { SyncFolder } from '../../../../shared/sync';
import { err, ok, type Result } from '../../../../shared/util/result';
import type { WorkbookDb } from '../../db/db';
import { handleSyncFolder } from './handle-folder';
import { ipcSyncFolder } from './ipc-folder';
import type { StoredTeamFolder } from './team-folder-record';
import type { ChosenFolder } from './team-folder-store';

/**
 * Where a host keeps the team folder: how the person chooses it, how a pass
 * reaches it, and how the host learns it changed. The pass itself is the
 * same everywhere (shared/sync).
 */
export type FolderHost = {
  readonly kind: StoredTeamFolder['host'];
  /** False where the browser cannot choose a folder on the computer (its own storage is used). */
  readonly onDisk: boolean;
  /** Asks for the folder; `null` when the person cancels. */
  choose(): Promise<Result<ChosenFolder | null>>;
  /**
   * The folder for a pass. `gesture`: the person just clicked, so the
   * browser may ask them for permission again.
   */
  open(db: WorkbookDb, record: StoredTeamFolder, gesture: boolean): Promise<Result<SyncFolder>>;
  /** How many changes the host has seen in the folder (the desktop app's watcher); undefined: none kept. */
  changes(record: StoredTeamFolder): Promise<number | undefined>;
  /** Lets go of the folder (leaving it). */
  forget(record: StoredTeamFolder): Promise<void>;
};

/** The name of the folder kept in the browser's own storage where no folder can be chosen. */
export const PRIVATE_FOLDER = 'team-folder';

type Permission = 'granted' | 'denied' | 'prompt';

/** Calls a handle's permission method (Chromium's; not in every browser, so looked up). */
async function permission(
  handle: object,
  method: 'queryPermission' | 'requestPermission',
): Promise<Permission> {
  const call: unknown = Reflect.get(handle, method);
  if (typeof call !== 'function') return 'granted';
  const answer: unknown = await Reflect.apply(call, handle, [{ mode: 'readwrite' }]);
  return answer === 'granted' || answer === 'denied' ? answer : 'prompt';
}

/**
 * Whether the page may read and write the folder `handle` names: granted
 * already, or asked for when the person has just clicked (`gesture`), as
 * browsers only show the prompt then
 * (https://wicg.github.io/file-system-access/#api-filesystemhandle-requestpermission).
 * A handle without these methods (the origin-private file system's need
 * none in some browsers) is taken as granted.
 */
export async function mayUse(handle: object, gesture: boolean): Promise<boolean> {
  let state = await permission(handle, 'queryPermission');
  if (state === 'prompt' && gesture) state = await permission(handle, 'requestPermission');
  return state === 'granted';
}

function isAbort(error: unknown): boolean {
  return error instanceof DOMException && error.name === 'AbortError';
}

/**
 * The browser host: a directory the person picks (`showDirectoryPicker`),
 * or, where the browser has no picker, a folder in its origin-private file
 * system (`navigator.storage.getDirectory()`), which a sync engine cannot
 * see but which keeps the flow the same (and is what the tests drive).
 */
export function browserFolderHost(scope: Window): FolderHost {
  const picker: unknown = Reflect.get(scope, 'showDirectoryPicker');
  return {
    kind: 'browser',
    onDisk: typeof picker === 'function',
    async choose() {
      try {
        if (typeof picker === 'function') {
          const handle: unknown = await Reflect.apply(picker, scope, [
            { id: 'team-folder', mode: 'readwrite' },
          ]);
          if (!(handle instanceof FileSystemDirectoryHandle)) return ok(null);
          return ok({ host: 'browser', name: handle.name, handle });
        }
        const root = await scope.navigator.storage.getDirectory();
        const handle = await root.getDirectoryHandle(PRIVATE_FOLDER, { create: true });
        return ok({
          host: 'browser',
          name: `${PRIVATE_FOLDER} (this browser’s own storage)`,
          handle,
        });
      } catch (error: unknown) {
        if (isAbort(error)) return ok(null);
        return err('team-folder.choose', `The folder could not be opened: ${String(error)}`);
      }
    },
    async open(db, record, gesture) {
      const stored = await db.folderHandles.get(record.inspectionId);
      if (stored === undefined) {
        return err(
          'team-folder.no-handle',
          'Choose the team folder again: this browser no longer holds it.',
        );
      }
      if (!(await mayUse(stored.handle, gesture))) {
        return err(
          'team-folder.permission',
          `The browser needs your permission to use the folder ${record.name} again: select “Check the team folder now”.`,
        );
      }
      return ok(handleSyncFolder(stored.handle));
    },
    changes: () => Promise.resolve(undefined),
    forget: () => Promise.resolve(),
  };
}

/** The desktop app: the folder chosen and watched by the main process. */
export function desktopFolderHost(bridge: WorkbookBridge): FolderHost {
  return {
    kind: 'desktop',
    onDisk: true,
    async choose() {
      const answer = await bridge.teamFolderChoose({ title: 'Choose the team folder' });
      if (!answer.ok) return answer;
      if (!answer.data.chosen) return ok(null);
      return ok({ host: 'desktop', name: answer.data.path, token: answer.data.token });
    },
    async open(_db, record) {
      if (record.token === undefined) {
        return err(
          'team-folder.no-token',
          'Choose the team folder again: the app no longer holds it.',
        );
      }
      return ok(ipcSyncFolder(bridge, record.token));
    },
    async changes(record) {
      if (record.token === undefined) return undefined;
      const answer = await bridge.teamFolderChanges({ token: record.token });
      return answer.ok ? answer.data.changes : undefined;
    },
    async forget(record) {
      if (record.token !== undefined) await bridge.teamFolderForget({ token: record.token });
    },
  };
}

/** This host's team folder door. */
export function currentFolderHost(): FolderHost {
  return window.workbook === undefined
    ? browserFolderHost(window)
    : desktopFolderHost(window.workbook);
}
