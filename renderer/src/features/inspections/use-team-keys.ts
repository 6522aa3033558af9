import { useLiveQuery } from 'dexie-react-hooks';
import type { TeamKeys } from '../../../../shared/tasks/team-keys';
import type { Result } from '../../../../shared/util/result';
import { useApp } from '../../app/app-context';
import { loadTeamKeysInForce } from '../../db/bundle-crypto';

/** The inspection's team with the keys its bundles are encrypted to, live: `undefined` while loading. */
export function useTeamKeys(inspectionId: string): Result<TeamKeys> | undefined {
  const { db } = useApp();
  return useLiveQuery(() => loadTeamKeysInForce(db, inspectionId), [db, inspectionId]);
}
