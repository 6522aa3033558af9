import { useEffect } from 'react';
import { useApp } from '../../app/app-context';
import { recheckImports } from '../../db/recheck-imports';
import { parseInWorker } from './parse-in-worker';

/**
 * When an inspection opens, checks again any of its imports made under other
 * rules than this version's (in the import worker), so every screen shows
 * problems as the current checks find them. Nothing happens when all are
 * current, which is the usual case.
 */
export function useRecheckImports(inspectionId: string | undefined): void {
  const { db } = useApp();
  useEffect(() => {
    if (inspectionId === undefined) return;
    void recheckImports(db, inspectionId, parseInWorker);
  }, [db, inspectionId]);
}

/** Renders nothing: runs {@link useRecheckImports} for the inspection open in the shell. */
export function RecheckImports({ inspectionId }: { readonly inspectionId: string | undefined }) {
  useRecheckImports(inspectionId);
  return null;
}
