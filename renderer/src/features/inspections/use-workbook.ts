import { useLiveQuery } from 'dexie-react-hooks';
import type { Workbook } from '../../../../shared/domain';
import type { Result } from '../../../../shared/util/result';
import { useApp } from '../../app/app-context';
import { loadWorkbook } from '../../db/workbook-repository';

/** The workbook of one inspection, live: `undefined` while loading. */
export function useWorkbook(inspectionId: string): Result<Workbook> | undefined {
  const { db } = useApp();
  return useLiveQuery(() => loadWorkbook(db, inspectionId), [db, inspectionId]);
}
