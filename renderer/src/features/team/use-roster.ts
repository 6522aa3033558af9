import { useLiveQuery } from 'dexie-react-hooks';
import {
  rosterView,
  teamKeysInForce,
  type RosterView,
  type TeamKeySource,
} from '../../../../shared/tasks';
import type { Workbook } from '../../../../shared/domain';
import type { Result } from '../../../../shared/util/result';
import { ok } from '../../../../shared/util/result';
import { useApp } from '../../app/app-context';
import { loadOperations, loadWorkbook } from '../../db/workbook-repository';

/**
 * An inspection's workbook and its team roster, each member's encryption key
 * being the one in force (shared/tasks/team-keys.ts): the roster's once its
 * lead has signed it, before that the team's recorded keys. So the Team page
 * shows the very keys a bundle is encrypted to.
 */
export type LoadedRoster = {
  readonly workbook: Workbook;
  readonly roster: RosterView;
  readonly keySource: TeamKeySource;
};

export function useRoster(inspectionId: string): Result<LoadedRoster> | undefined {
  const { db } = useApp();
  return useLiveQuery(async () => {
    const workbook = await loadWorkbook(db, inspectionId);
    if (!workbook.ok) return workbook;
    const operations = await loadOperations(db, inspectionId);
    const view = rosterView(workbook.data, operations);
    const keys = teamKeysInForce(workbook.data, operations);
    const inForce = new Map(keys.members.map((entry) => [entry.member.name, entry.key?.recipient]));
    const rows = view.rows.map((row) => ({ ...row, recipient: inForce.get(row.name) ?? null }));
    return ok({
      workbook: workbook.data,
      roster: { ...view, rows },
      keySource: keys.source,
    });
  }, [db, inspectionId]);
}
