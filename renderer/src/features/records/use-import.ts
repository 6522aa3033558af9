import { useCallback, useEffect, useRef, useState } from 'react';
import { useApp } from '../../app/app-context';
import { storedFilesToReadWith } from '../../db/import-call';
import { checkContextIn } from '../../db/import-context';
import { recheckReturnIn } from '../../db/recheck-return';
import { loadOperations } from '../../db/workbook-repository';
import type { CollectionYear } from '../../../../shared/records/ssda903';
import {
  givenYearOfReturn,
  ownersWithReturn,
  returnEntries,
  type ImportPeriod,
} from '../../../../shared/workbook';
import { parseInWorker } from './parse-in-worker';
import { getPlatform, type ChosenFile } from '../../platform';
import { startImport, warmImportWorker, type ImportProgress } from './import-client';

/** Where an import stands, for the page to show. */
export type ImportState =
  | { readonly status: 'idle' }
  | { readonly status: 'running'; readonly progress: ImportProgress }
  | {
      readonly status: 'done';
      readonly files: number;
      readonly rows: number;
      /** Counts imports, so each success banner is a new one that takes focus. */
      readonly seq: number;
      /** Why each refused file of the call was refused; the others were imported. */
      readonly refused: readonly string[];
      /** The stored files the call replaced (the same name, or a 903 table brought again). */
      readonly replaced: readonly string[];
      /** Whether the files were the owner's previous-year return. */
      readonly previous: boolean;
      /** Stored files of this year's returns checked again with what came in. */
      readonly rechecked: number;
      /** Why a return could not be checked again, if one could not. */
      readonly recheckFailed?: string;
    }
  | { readonly status: 'refused'; readonly message: string }
  | { readonly status: 'cancelled' };

const recordFilters = [
  { name: 'Records (SSDA903, Annex A, Ofsted provider lists)', extensions: ['csv', 'xml', 'xlsx'] },
];

/** The worker's own read and store times as marks, for `npm run bench`'s split; harmless otherwise. */
function markWorkerTimings(timings: { readonly read: number; readonly store: number }): void {
  const end = performance.now();
  performance.measure('workbook:import:worker-read', { end, duration: timings.read });
  performance.measure('workbook:import:worker-store', { end, duration: timings.store });
}

/** How an import call is made: the 903 year chosen, and which of the owner's returns it is. */
export type ImportOptions = { readonly year?: CollectionYear; readonly period?: ImportPeriod };

/**
 * Choose files (or drop them), parse them in a worker, then store everything
 * in one transaction. A file that cannot be read is refused on its own and
 * the others are stored; a failure or a cancel stores nothing. 903 files are
 * checked with the owner's previous-year return, the provider lists and the
 * LA code; a previous-year return or a provider list coming in checks the
 * current returns it concerns again.
 */
export function useImport(inspectionId: string) {
  const { db, userName } = useApp();
  const [state, setState] = useState<ImportState>({ status: 'idle' });
  const cancelRef = useRef<(() => void) | undefined>(undefined);
  const doneCount = useRef(0);
  const running = state.status === 'running';
  const stopWarm = useRef<(() => void) | undefined>(undefined);
  // An import worker started as the page opens (and after each import), so
  // its start overlaps the person choosing files; none while one runs.
  useEffect(() => {
    if (!running) stopWarm.current = warmImportWorker(db.name);
  }, [db, running]);
  // Leaving the page ends a worker no import took.
  useEffect(() => () => stopWarm.current?.(), []);

  /** Checks again the current returns an import changed the context of (see the CLI's import). */
  const recheckAfter = useCallback(
    async (
      owner: string,
      period: ImportPeriod,
      providerList: boolean,
    ): Promise<{ readonly rechecked: number; readonly recheckFailed?: string }> => {
      const operations = await loadOperations(db, inspectionId);
      const owners =
        period === 'previous'
          ? returnEntries(operations, owner, 'current').length > 0
            ? [owner]
            : []
          : providerList
            ? ownersWithReturn(operations, 'current')
            : [];
      let rechecked = 0;
      for (const each of owners) {
        setState({
          status: 'running',
          progress: { done: 1, total: 2, step: 'Checking this year’s return again' },
        });
        const outcome = await recheckReturnIn(
          db,
          inspectionId,
          userName,
          each,
          'current',
          parseInWorker,
        );
        if (!outcome.ok) return { rechecked, recheckFailed: outcome.error.message };
        rechecked += outcome.data;
      }
      return { rechecked };
    },
    [db, inspectionId, userName],
  );

  /**
   * Imports files already read (chosen in the dialog or dropped on the page)
   * for `owner`; `options.year` is the SSDA903 collection year chosen, if any.
   */
  const importFiles = useCallback(
    async (owner: string, files: readonly ChosenFile[], options: ImportOptions = {}) => {
      const period = options.period ?? 'current';
      if (files.length === 0) return;
      setState({
        status: 'running',
        progress: { done: 0, total: files.length + 1, step: 'Starting' },
      });
      // Marks for `npm run bench` (parse-only and total import time); harmless otherwise.
      performance.mark('workbook:import:start');
      const stored = await storedFilesToReadWith(db, inspectionId, owner, files, period);
      // A year chosen for the return before holds for its new files unless another is chosen now.
      const year =
        options.year ??
        givenYearOfReturn(returnEntries(await loadOperations(db, inspectionId), owner, period));
      const context = await checkContextIn(db, inspectionId, owner, period);
      const run = startImport(
        files,
        (progress) => {
          if (progress.phase === 'store') {
            // Storing has begun: the worker's transaction, not a cancel, decides now.
            cancelRef.current = undefined;
            performance.measure('workbook:import:parse', 'workbook:import:start');
          }
          setState({ status: 'running', progress });
        },
        stored,
        {
          ...(year === undefined ? {} : { year }),
          context,
          keepReadable: true,
          // Stored by the worker (one transaction, as storeImportCall): the rows never cross to the page.
          store: {
            dbName: db.name,
            inspectionId,
            owner,
            author: userName,
            meta: { period, ...(year === undefined ? {} : { givenYear: year }) },
          },
        },
      );
      cancelRef.current = () => run.cancel();
      const outcome = await run.outcome;
      cancelRef.current = undefined;
      if (outcome.type === 'cancelled') return setState({ status: 'cancelled' });
      if (outcome.type !== 'stored') {
        const message = outcome.type === 'done' ? 'The import was not stored.' : outcome.message;
        return setState({ status: 'refused', message: `${message} Nothing was imported.` });
      }
      markWorkerTimings(outcome.timings);
      performance.measure('workbook:import:total', 'workbook:import:start');
      const again = await recheckAfter(
        owner,
        period,
        outcome.files.some((file) => file.kind === 'ofsted-providers'),
      );
      doneCount.current += 1;
      return setState({
        status: 'done',
        seq: doneCount.current,
        files: outcome.files.length,
        rows: outcome.files.reduce((sum, file) => sum + file.rows, 0),
        refused: (outcome.refused ?? []).map((refused) => refused.message),
        replaced: outcome.replaced ?? [],
        previous: period === 'previous',
        ...again,
      });
    },
    [db, inspectionId, userName, recheckAfter],
  );

  /** Asks for files with the platform's dialog, then imports them. */
  const choose = useCallback(
    async (owner: string, options: ImportOptions = {}) => {
      const chosen = await getPlatform().openFiles({
        multiple: true,
        title: 'Choose records to import',
        filters: recordFilters,
      });
      if (!chosen.ok) {
        setState({ status: 'refused', message: chosen.error.message });
        return;
      }
      await importFiles(owner, chosen.data, options);
    },
    [importFiles],
  );

  /** Reads files dropped on the page, then imports them; a file that cannot be read imports nothing. */
  const drop = useCallback(
    async (owner: string, dropped: readonly File[], options: ImportOptions = {}) => {
      let files: ChosenFile[];
      try {
        files = await Promise.all(
          dropped.map(async (file) => ({
            name: file.name,
            size: file.size,
            bytes: new Uint8Array(await file.arrayBuffer()),
          })),
        );
      } catch (error: unknown) {
        const reason = error instanceof Error ? error.message : String(error);
        setState({
          status: 'refused',
          message: `A dropped file could not be read (${reason}); a folder cannot be imported, only files. Nothing was imported.`,
        });
        return;
      }
      await importFiles(owner, files, options);
    },
    [importFiles],
  );

  const cancel = useCallback(() => cancelRef.current?.(), []);
  return { state, choose, drop, cancel };
}
