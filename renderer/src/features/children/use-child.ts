import { useLiveQuery } from 'dexie-react-hooks';
import { useApp } from '../../app/app-context';
import { childRecords, type ChildRecords } from '../../db/child-repository';

/** The child's stored rows, live (re-read after an import or removal): `undefined` while loading. */
export function useChildRecords(inspectionId: string, childId: string): ChildRecords | undefined {
  const { db } = useApp();
  return useLiveQuery(() => childRecords(db, inspectionId, childId), [db, inspectionId, childId]);
}
