import { useLiveQuery } from 'dexie-react-hooks';
import type { Operation } from '../../../../shared/bundle';
import { useApp } from '../../app/app-context';
import { loadOperations } from '../../db/workbook-repository';

/** The inspection's log, live (for change histories): `undefined` while loading. */
export function useOperations(inspectionId: string): readonly Operation[] | undefined {
  const { db } = useApp();
  return useLiveQuery(() => loadOperations(db, inspectionId), [db, inspectionId]);
}
