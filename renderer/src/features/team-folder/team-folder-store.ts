import type { SyncPassResult } from '../../../../shared/sync';
import type { WorkbookDb } from '../../db/db';
import type { StoredTeamFolder } from './team-folder-record';

/** The inspection's team folder record, if it was ever given one. */
export async function loadTeamFolder(
  db: WorkbookDb,
  inspectionId: string,
): Promise<StoredTeamFolder | undefined> {
  return db.teamFolders.get(inspectionId);
}

/** What a newly chosen folder is. */
export type ChosenFolder = {
  readonly host: StoredTeamFolder['host'];
  readonly name: string;
  readonly token?: string;
  /** The browser host's handle, kept beside the record. */
  readonly handle?: FileSystemDirectoryHandle;
};

/**
 * Starts sharing the inspection through `chosen`. What earlier passes
 * found is kept when the same folder is chosen again; another folder starts afresh.
 */
export async function joinTeamFolder(
  db: WorkbookDb,
  inspectionId: string,
  chosen: ChosenFolder,
  now: Date,
): Promise<void> {
  await db.transaction('rw', db.teamFolders, db.folderHandles, async () => {
    const before = await db.teamFolders.get(inspectionId);
    const same = before !== undefined && before.host === chosen.host && before.name === chosen.name;
    await db.teamFolders.put({
      inspectionId,
      host: chosen.host,
      name: chosen.name,
      ...(chosen.token === undefined ? {} : { token: chosen.token }),
      joinedAt: now.toISOString(),
      team: same ? before.team : [],
      refused: same ? before.refused : [],
      waiting: 0,
      ...(same && before.lastPass !== undefined ? { lastPass: before.lastPass } : {}),
      ...(same && before.wroteAt !== undefined ? { wroteAt: before.wroteAt } : {}),
      ...(same && before.wroteSegments !== undefined
        ? { wroteSegments: before.wroteSegments }
        : {}),
    });
    if (chosen.handle === undefined) await db.folderHandles.delete(inspectionId);
    else await db.folderHandles.put({ inspectionId, handle: chosen.handle });
  });
}

/**
 * Stops sharing: no more passes write or read, and the folder's handle is
 * forgotten. Everything merged stays in the workbook, and the folder keeps
 * what was written to it.
 */
export async function leaveTeamFolder(
  db: WorkbookDb,
  inspectionId: string,
  now: Date,
): Promise<void> {
  await db.transaction('rw', db.teamFolders, db.folderHandles, async () => {
    const before = await db.teamFolders.get(inspectionId);
    if (before !== undefined) await db.teamFolders.put({ ...before, leftAt: now.toISOString() });
    await db.folderHandles.delete(inspectionId);
  });
}

/** Records what a pass found: the team, the last pass that did anything, refusals (each file once). */
export async function recordPass(
  db: WorkbookDb,
  inspectionId: string,
  result: SyncPassResult,
  now: Date,
): Promise<void> {
  await db.transaction('rw', db.teamFolders, async () => {
    const before = await db.teamFolders.get(inspectionId);
    if (before === undefined || before.leftAt !== undefined) return;
    const named = new Set(before.refused.map((entry) => entry.file));
    const refused = [
      ...before.refused,
      ...result.refused.filter((entry) => !named.has(entry.file)),
    ];
    const did = result.written !== null || result.arrivals.length > 0;
    const { problem: _cleared, ...rest } = before;
    await db.teamFolders.put({
      ...rest,
      checkedAt: now.toISOString(),
      team: result.team,
      refused,
      waiting: result.waiting.length,
      ...(result.written === null
        ? {}
        : { wroteAt: now.toISOString(), wroteSegments: result.written.seq }),
      ...(did
        ? {
            lastPass: {
              at: now.toISOString(),
              wrote: result.written?.operations ?? 0,
              arrivals: result.arrivals,
              clashes: result.clashes,
              editsOfDeleted: result.editsOfDeleted.length,
            },
          }
        : {}),
    });
  });
}

/** Records why a pass could not run; the next pass tries again. */
export async function recordProblem(
  db: WorkbookDb,
  inspectionId: string,
  problem: string,
): Promise<void> {
  await db.transaction('rw', db.teamFolders, async () => {
    const before = await db.teamFolders.get(inspectionId);
    if (before === undefined || before.leftAt !== undefined) return;
    await db.teamFolders.put({ ...before, problem });
  });
}
