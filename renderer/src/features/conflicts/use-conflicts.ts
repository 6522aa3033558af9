import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useState } from 'react';
import type { ConflictReport } from '../../../../shared/conflicts';
import { useApp } from '../../app/app-context';
import { loadLogAndParts } from '../../db/workbook-repository';

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
    const worker = new Worker(new URL('../../workers/conflicts.worker.ts', import.meta.url), {
      type: 'module',
    });
    void (async () => {
      const { operations, parts } = await loadLogAndParts(db, inspectionId);
      worker.addEventListener('message', (event: MessageEvent<unknown>) => {
        if (!live) return;
        const data = event.data;
        setState(
          isReport(data)
            ? { status: 'ready', report: data.report }
            : {
                status: 'failed',
                message: String(Reflect.get(Object(data), 'message') ?? 'The check failed.'),
              },
        );
      });
      worker.postMessage({ operations, parts });
    })();
    return () => {
      live = false;
      worker.terminate();
    };
  }, [db, inspectionId, changes]);
  return state;
}
