import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useMemo, useRef } from 'react';
import { useApp } from '../../app/app-context';
import { parseInWorker } from '../records/parse-in-worker';
import { currentFolderHost } from './folder-hosts';
import type { StoredTeamFolder } from './team-folder-record';
import { loadTeamFolder } from './team-folder-store';
import { teamPass, type TeamSyncDeps } from './team-sync';

/** How often the folder is read while an inspection is open (ms). */
export const PASS_EVERY_MS = 30_000;
/** How long after the last save my changes are written (ms): a burst of saves makes one segment. */
export const WRITE_AFTER_SAVE_MS = 3_000;
/** How often the desktop app asks main whether its watcher saw a change (ms). */
export const WATCH_POLL_MS = 3_000;

/** What the team folder's actions need, for one inspection. */
export function useTeamSyncDeps(inspectionId: string): TeamSyncDeps {
  const { db, userName } = useApp();
  return useMemo(
    () => ({ db, inspectionId, author: userName, host: currentFolderHost(), parse: parseInWorker }),
    [db, inspectionId, userName],
  );
}

/** The inspection's team folder record, live: `null` when it has none, `undefined` while loading. */
export function useTeamFolderRecord(inspectionId: string): StoredTeamFolder | null | undefined {
  const { db } = useApp();
  return useLiveQuery(
    async () => (await loadTeamFolder(db, inspectionId)) ?? null,
    [db, inspectionId],
  );
}

/**
 * Keeps an open inspection in step with its team folder: a pass when it
 * opens, on window focus, every {@link PASS_EVERY_MS}, shortly after each
 * save (my changes written), and in the desktop app whenever the main
 * process's watcher sees the folder change. Does nothing for an inspection
 * not shared through a folder (each pass finds that in one read).
 */
export function useBackgroundTeamSync(inspectionId: string): void {
  const deps = useTeamSyncDeps(inspectionId);
  const saves = useLiveQuery(
    () => deps.db.operations.where('inspectionId').equals(inspectionId).count(),
    [deps.db, inspectionId],
  );
  const seen = useRef<number | undefined>(undefined);

  useEffect(() => {
    const run = () => void teamPass(deps);
    run();
    const timer = setInterval(run, PASS_EVERY_MS);
    window.addEventListener('focus', run);
    let changes: number | undefined;
    const watch =
      deps.host.kind === 'desktop'
        ? setInterval(() => {
            void loadTeamFolder(deps.db, deps.inspectionId).then(async (record) => {
              if (record === undefined || record.leftAt !== undefined) return;
              const now = await deps.host.changes(record);
              if (now !== undefined && changes !== undefined && now !== changes) run();
              changes = now;
            });
          }, WATCH_POLL_MS)
        : undefined;
    return () => {
      clearInterval(timer);
      if (watch !== undefined) clearInterval(watch);
      window.removeEventListener('focus', run);
    };
  }, [deps]);

  useEffect(() => {
    if (saves === undefined) return undefined;
    const first = seen.current === undefined;
    seen.current = saves;
    if (first) return undefined;
    const timer = setTimeout(() => void teamPass(deps), WRITE_AFTER_SAVE_MS);
    return () => clearTimeout(timer);
  }, [deps, saves]);
}
