import type { WorkbookBridge } from '../../../../shared/ipc/bridge';
import type { SyncFolder } from '../../../../shared/sync';
import type { Result } from '../../../../shared/util/result';

/*
 * The team folder in the desktop app: every file operation of the pass is a
 * request to the main process (shared/ipc/contract.ts, `teamFolder*`), which
 * holds the folder's path; the page names files by the token main gave and
 * names below the folder, and gets file lists and bytes back.
 */

function data<T>(answer: Result<T>): T {
  if (!answer.ok) throw new Error(answer.error.message);
  return answer.data;
}

/** The folder main keeps under `token`. */
export function ipcSyncFolder(bridge: WorkbookBridge, token: string): SyncFolder {
  return {
    async list(path) {
      return data(await bridge.teamFolderList({ token, path: [...path] })).entries;
    },
    async read(path) {
      const answer = data(await bridge.teamFolderRead({ token, path: [...path] }));
      return answer.found ? answer.bytes : undefined;
    },
    async create(path, bytes) {
      return data(await bridge.teamFolderCreate({ token, path: [...path], bytes })).created;
    },
    async replace(path, bytes) {
      data(await bridge.teamFolderReplace({ token, path: [...path], bytes }));
    },
  };
}
