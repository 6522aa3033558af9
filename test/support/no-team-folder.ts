import type { IpcHandlers } from '../../electron/main/ipc/router';

type TeamFolderMethod =
  | 'teamFolderChoose'
  | 'teamFolderList'
  | 'teamFolderRead'
  | 'teamFolderCreate'
  | 'teamFolderReplace'
  | 'teamFolderChanges'
  | 'teamFolderForget';

/** The team folder's channels for a router built in a test that does not use them: nothing chosen, an empty folder. */
export const noTeamFolder: Pick<IpcHandlers, TeamFolderMethod> = {
  teamFolderChoose: async () => ({ chosen: false }),
  teamFolderList: async () => ({ entries: [] }),
  teamFolderRead: async () => ({ found: false }),
  teamFolderCreate: async () => ({ created: false }),
  teamFolderReplace: async () => ({}),
  teamFolderChanges: async () => ({ changes: 0 }),
  teamFolderForget: async () => ({}),
};
