import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useState } from 'react';
import { useApp } from '../app/app-context';
import type { KeptWorker } from './kept-worker';

/** What a screen shows while a worker computes, and if it fails. */
export type Pending =
  { readonly status: 'loading' } | { readonly status: 'failed'; readonly message: string };

/**
 * Asks a kept worker about an inspection (the worker reads the store
 * itself), and asks again whenever the log changes (a file imported, a link decided, a provider
 * renamed). `read` turns the worker's answer into the screen's state; an
 * answer that arrives after the screen has moved on is dropped.
 */
export function useLogWorker<State>(
  inspectionId: string,
  worker: KeptWorker,
  read: (answer: unknown) => State,
): State | Pending {
  const { db } = useApp();
  const changes = useLiveQuery(
    () => db.operations.where('inspectionId').equals(inspectionId).count(),
    [db, inspectionId],
  );
  const [state, setState] = useState<State | Pending>({ status: 'loading' });
  useEffect(() => {
    if (changes === undefined) return undefined;
    let live = true;
    void (async () => {
      try {
        const answer = await worker.ask({ dbName: db.name, inspectionId });
        if (live) setState(read(answer));
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
  }, [db, inspectionId, changes, worker, read]);
  return state;
}
