import { ensureIgnoreLine } from '../../../../shared/sync';
import { ok, type Result } from '../../../../shared/util/result';
import type { WorkbookDb } from '../../db/db';
import type { RebuildParser } from '../../db/rebuild-imports';
import type { FolderHost } from './folder-hosts';
import { runTeamPass } from './run-pass';
import {
  joinTeamFolder,
  leaveTeamFolder,
  loadTeamFolder,
  recordPass,
  recordProblem,
} from './team-folder-store';

/** What the team folder's actions work with. */
export type TeamSyncDeps = {
  readonly db: WorkbookDb;
  readonly inspectionId: string;
  /** Who is syncing (Settings). */
  readonly author: string;
  readonly host: FolderHost;
  readonly parse: RebuildParser;
  readonly now?: () => Date;
};

/** What a pass came to. */
export type PassOutcome = 'not-shared' | 'done' | 'failed';

/**
 * Passes in flight, by inspection: a pass started while one runs (a focus
 * and a timer together, a save during a pass) waits for it and then runs
 * once, so two passes never read the same log and store it twice.
 */
const running = new Map<string, Promise<PassOutcome>>();
const again = new Map<string, Promise<PassOutcome>>();
/** Whether someone who asked for the queued pass had just clicked (so it may ask permission). */
const againByClick = new Set<string>();

/**
 * Runs `run` holding the browser's lock `name`, so a second tab or window
 * of the app on the same inspection waits rather than writing the same
 * changes twice (Web Locks, https://w3c.github.io/web-locks/); where there
 * are no Web Locks, `run` runs as it is.
 */
function acrossTabs<T>(name: string, run: () => Promise<T>): Promise<T> {
  const locks =
    typeof navigator !== 'undefined' && 'locks' in navigator ? navigator.locks : undefined;
  return locks === undefined ? run() : locks.request(name, run);
}

async function passOnce(deps: TeamSyncDeps, gesture: boolean): Promise<PassOutcome> {
  const now = deps.now ?? (() => new Date());
  const record = await loadTeamFolder(deps.db, deps.inspectionId);
  if (record === undefined || record.leftAt !== undefined) return 'not-shared';
  const folder = await deps.host.open(deps.db, record, gesture);
  if (!folder.ok) {
    await recordProblem(deps.db, deps.inspectionId, folder.error.message);
    return 'failed';
  }
  let result;
  try {
    // Syncthing is told never to carry our half-written files (shared/sync/ignore.ts).
    await ensureIgnoreLine(folder.data);
    result = await runTeamPass({
      db: deps.db,
      inspectionId: deps.inspectionId,
      author: deps.author,
      folder: folder.data,
      parse: deps.parse,
      now,
    });
  } catch (error: unknown) {
    const reason = error instanceof Error ? error.message : String(error);
    await recordProblem(deps.db, deps.inspectionId, `The team folder could not be used: ${reason}`);
    return 'failed';
  }
  if (!result.ok) {
    await recordProblem(deps.db, deps.inspectionId, result.error.message);
    return 'failed';
  }
  await recordPass(deps.db, deps.inspectionId, result.data, now());
  return 'done';
}

/**
 * One pass over the inspection's team folder, if it is shared through one:
 * writes my changes, merges the team's, and records what it found (or why
 * it could not run) for the Overview.
 */
export function teamPass(deps: TeamSyncDeps, gesture = false): Promise<PassOutcome> {
  const id = deps.inspectionId;
  const current = running.get(id);
  if (current !== undefined) {
    // One more after the running pass, shared by everyone who asks meanwhile.
    if (gesture) againByClick.add(id);
    let next = again.get(id);
    if (next === undefined) {
      next = current.then(() => {
        again.delete(id);
        const click = againByClick.delete(id);
        return teamPass(deps, click);
      });
      again.set(id, next);
    }
    return next;
  }
  const started = acrossTabs(`workbook-team-folder:${id}`, () => passOnce(deps, gesture))
    // A pass whose store went away under it (the workbook locked mid-pass) cannot even
    // record why; it is simply tried again when the inspection is next open.
    .catch((): PassOutcome => 'failed')
    .finally(() => running.delete(id));
  running.set(id, started);
  return started;
}

/** Chooses the team folder and runs the first pass; `false` when the person cancelled. */
export async function chooseTeamFolder(deps: TeamSyncDeps): Promise<Result<boolean>> {
  const chosen = await deps.host.choose();
  if (!chosen.ok) return chosen;
  if (chosen.data === null) return ok(false);
  const now = deps.now ?? (() => new Date());
  await joinTeamFolder(deps.db, deps.inspectionId, chosen.data, now());
  await teamPass(deps, true);
  return ok(true);
}

/** Leaves the team folder: nothing more is written or read; the workbook keeps everything. */
export async function leaveTeam(deps: TeamSyncDeps): Promise<void> {
  const record = await loadTeamFolder(deps.db, deps.inspectionId);
  await running.get(deps.inspectionId);
  if (record !== undefined) await deps.host.forget(record);
  await leaveTeamFolder(deps.db, deps.inspectionId, (deps.now ?? (() => new Date()))());
}
