import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useState } from 'react';
import type { ConflictReport } from '../../../../shared/conflicts';
import { useApp } from '../../app/app-context';
import { loadLogAndParts } from '../../db/workbook-repository';
import { keptWorker } from '../../workers/kept-worker';

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

/**
 * The conflict report of one inspection, recomputed in a worker whenever
 * its log changes (a link decided, a review recorded, a file imported).
 */
// One worker for the page's life: it keeps the files it last read (kept-worker.ts).
const conflictsWorker = keptWorker(
  () =>
    new Worker(new URL('../../workers/conflicts.worker.ts', import.meta.url), { type: 'module' }),
);

export function useConflicts(inspectionId: string): ConflictsState {
  const { db } = useApp();
  const changes = useLiveQuery(
    () => db.operations.where('inspectionId').equals(inspectionId).count(),
    [db, inspectionId],
  );
  const [state, setState] = useState<ConflictsState>({ status: 'loading' });
  useEffect(() => {
    if (changes === undefined) return undefined;
    let live = true;
    void (async () => {
      try {
        const { operations, parts } = await loadLogAndParts(db, inspectionId);
        const data = await conflictsWorker.ask({ operations, parts });
        if (!live) return;
        setState(
          isReport(data)
            ? { status: 'ready', report: data.report }
            : {
                status: 'failed',
                message: String(Reflect.get(Object(data), 'message') ?? 'The check failed.'),
              },
        );
      } catch (error: unknown) {
        if (live)
          setState({
            status: 'failed',
            message: error instanceof Error ? error.message : String(error),
          });
      }
    })();
    return () => {
      live = false;
    };
  }, [db, inspectionId, changes]);
  return state;
}
