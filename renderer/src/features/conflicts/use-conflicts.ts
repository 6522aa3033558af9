import type { ConflictReport } from '../../../../shared/conflicts';
import type { LinkChange } from '../../../../shared/workbook';
import type { WorkbookDb } from '../../db/db';
import { dataWorkerFor } from '../../workers/data-client';
import { useLogWorker } from '../../workers/use-log-worker';

export type ConflictsState =
  | { readonly status: 'loading' }
  | { readonly status: 'ready'; readonly report: ConflictReport }
  | { readonly status: 'failed'; readonly message: string };

function isReport(value: unknown): value is { ok: true; report: ConflictReport } {
  return (
    typeof value === 'object' &&
    value !== null &&
    Reflect.get(value, 'ok') === true &&
    'report' in value
  );
}

function stateFrom(data: unknown): ConflictsState {
  return isReport(data)
    ? { status: 'ready', report: data.report }
    : {
        status: 'failed',
        message: String(Reflect.get(Object(data), 'message') ?? 'The check failed.'),
      };
}

const conflictsWorker = dataWorkerFor('conflicts');

/**
 * The conflict report of one inspection, recomputed in a worker whenever
 * its log changes (a link decided, a review recorded, a file imported).
 */
export function useConflicts(inspectionId: string): ConflictsState {
  return useLogWorker(inspectionId, conflictsWorker, stateFrom);
}

/**
 * The conflict report now and as it would be after a link decision, worked
 * out by the same worker without recording anything, so a confirmation can
 * say which flags and leads the decision adds or removes.
 */
export async function whatIfConflicts(
  db: WorkbookDb,
  inspectionId: string,
  whatIf: LinkChange,
): Promise<{ readonly before: ConflictsState; readonly after: ConflictsState }> {
  const request = { dbName: db.name, inspectionId };
  const before = stateFrom(await conflictsWorker.ask(request));
  const after = stateFrom(await conflictsWorker.ask({ ...request, whatIf }));
  return { before, after };
}
