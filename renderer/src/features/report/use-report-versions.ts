import { useLiveQuery } from 'dexie-react-hooks';
import { reportVersions, type ReportVersion } from '../../../../shared/workbook';
import { useApp } from '../../app/app-context';
import { loadOperations } from '../../db/workbook-repository';

/** The inspection's signed report versions, oldest first; `undefined` while loading. */
export function useReportVersions(inspectionId: string): readonly ReportVersion[] | undefined {
  const { db } = useApp();
  return useLiveQuery(
    async () => reportVersions(await loadOperations(db, inspectionId)),
    [db, inspectionId],
  );
}
