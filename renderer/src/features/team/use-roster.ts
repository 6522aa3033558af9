import { useLiveQuery } from 'dexie-react-hooks';
import { rosterView, type RosterView } from '../../../../shared/tasks';
import type { Workbook } from '../../../../shared/domain';
import type { Result } from '../../../../shared/util/result';
import { ok } from '../../../../shared/util/result';
import { useApp } from '../../app/app-context';
import { loadOperations, loadWorkbook } from '../../db/workbook-repository';

/** An inspection's workbook and its team roster, live: `undefined` while loading. */
export type LoadedRoster = { readonly workbook: Workbook; readonly roster: RosterView };

export function useRoster(inspectionId: string): Result<LoadedRoster> | undefined {
  const { db } = useApp();
  return useLiveQuery(async () => {
    const workbook = await loadWorkbook(db, inspectionId);
    if (!workbook.ok) return workbook;
    const operations = await loadOperations(db, inspectionId);
    return ok({ workbook: workbook.data, roster: rosterView(workbook.data, operations) });
  }, [db, inspectionId]);
}
