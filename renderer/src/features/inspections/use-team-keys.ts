import { useLiveQuery } from 'dexie-react-hooks';
import type { TeamMemberKey } from '../../../../shared/workbook';
import type { Result } from '../../../../shared/util/result';
import { useApp } from '../../app/app-context';
import { loadTeamKeys } from '../../db/bundle-crypto';

/** The inspection's team with each member's key, live: `undefined` while loading. */
export function useTeamKeys(inspectionId: string): Result<TeamMemberKey[]> | undefined {
  const { db } = useApp();
  return useLiveQuery(() => loadTeamKeys(db, inspectionId), [db, inspectionId]);
}
