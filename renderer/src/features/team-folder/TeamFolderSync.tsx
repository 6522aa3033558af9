import { useBackgroundTeamSync } from './use-team-folder';

/** Runs the team folder's passes while an inspection is open; shows nothing (the Overview does). */
export function TeamFolderSync({ inspectionId }: { readonly inspectionId: string }) {
  useBackgroundTeamSync(inspectionId);
  return null;
}
