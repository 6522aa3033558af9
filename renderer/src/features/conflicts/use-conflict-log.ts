import { useLiveQuery } from 'dexie-react-hooks';
import type { Operation } from '../../../../shared/bundle';
import type { Workbook } from '../../../../shared/domain';
import { workbookFromOperations } from '../../../../shared/workbook';
import { useApp } from '../../app/app-context';
import { loadOperations } from '../../db/workbook-repository';

/** An inspection's log and the workbook it folds to, for decisions, reviews and their history. */
export type ConflictLog = {
  readonly operations: readonly Operation[];
  readonly workbook: Workbook;
};

/** The log, live: `undefined` while loading, `null` when the workbook cannot be read. */
export function useConflictLog(inspectionId: string): ConflictLog | null | undefined {
  const { db } = useApp();
  return useLiveQuery(async () => {
    const operations = await loadOperations(db, inspectionId);
    const workbook = workbookFromOperations(operations);
    return workbook.ok ? { operations, workbook: workbook.data } : null;
  }, [db, inspectionId]);
}
