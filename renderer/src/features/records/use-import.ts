import { useCallback, useRef, useState } from 'react';
import { useApp } from '../../app/app-context';
import { storedFilesToReadWith, storeImportCall } from '../../db/import-call';
import type { CollectionYear } from '../../../../shared/records/ssda903';
import { getPlatform, type ChosenFile } from '../../platform';
import { startImport, type ImportProgress } from './import-client';

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
    }
  | { readonly status: 'refused'; readonly message: string }
  | { readonly status: 'cancelled' };

const recordFilters = [
  { name: 'Records (SSDA903, Annex A, Ofsted provider lists)', extensions: ['csv', 'xml', 'xlsx'] },
];

/**
 * Choose files (or drop them), parse them in a worker, then store everything
 * in one transaction. A file that cannot be read is refused on its own and
 * the others are stored; a failure or a cancel stores nothing.
 */
export function useImport(inspectionId: string) {
  const { db, userName } = useApp();
  const [state, setState] = useState<ImportState>({ status: 'idle' });
  const cancelRef = useRef<(() => void) | undefined>(undefined);
  const doneCount = useRef(0);

  /**
   * Imports files already read (chosen in the dialog or dropped on the page)
   * for `owner`; `options.year` is the SSDA903 collection year chosen, if any.
   */
  const importFiles = useCallback(
    async (
      owner: string,
      files: readonly ChosenFile[],
      options: { readonly year?: CollectionYear } = {},
    ) => {
      if (files.length === 0) return;
      setState({
        status: 'running',
        progress: { done: 0, total: files.length + 1, step: 'Starting' },
      });
      // Marks for `npm run bench` (parse-only and total import time); harmless otherwise.
      performance.mark('workbook:import:start');
      const stored = await storedFilesToReadWith(
        db,
        inspectionId,
        owner,
        files.map((file) => file.name),
      );
      const run = startImport(
        files,
        (progress) => setState({ status: 'running', progress }),
        stored,
        { ...options, keepReadable: true },
      );
      cancelRef.current = () => run.cancel();
      const outcome = await run.outcome;
      cancelRef.current = undefined;
      if (outcome.type === 'cancelled') return setState({ status: 'cancelled' });
      if (outcome.type === 'refused' || outcome.type === 'failed') {
        return setState({ status: 'refused', message: `${outcome.message} Nothing was imported.` });
      }
      performance.measure('workbook:import:parse', 'workbook:import:start');
      const bytesOf = new Map(files.map((file) => [file.name, file.bytes]));
      setState({
        status: 'running',
        progress: {
          done: files.length,
          total: files.length + 1,
          step: 'Storing the records',
        },
      });
      const saved = await storeImportCall(
        db,
        inspectionId,
        owner,
        userName,
        outcome.files.map((file) => ({
          ...file,
          bytes: bytesOf.get(file.parsed.file) ?? new Uint8Array(),
        })),
      );
      if (!saved.ok)
        return setState({
          status: 'refused',
          message: `${saved.error.message} Nothing was imported.`,
        });
      performance.measure('workbook:import:total', 'workbook:import:start');
      doneCount.current += 1;
      return setState({
        status: 'done',
        seq: doneCount.current,
        files: outcome.files.length,
        rows: outcome.files.reduce((sum, file) => sum + file.parsed.rows, 0),
        refused: (outcome.refused ?? []).map((refused) => refused.message),
      });
    },
    [db, inspectionId, userName],
  );

  /** Asks for files with the platform's dialog, then imports them. */
  const choose = useCallback(
    async (owner: string) => {
      const chosen = await getPlatform().openFiles({
        multiple: true,
        title: 'Choose records to import',
        filters: recordFilters,
      });
      if (!chosen.ok) {
        setState({ status: 'refused', message: chosen.error.message });
        return;
      }
      await importFiles(owner, chosen.data);
    },
    [importFiles],
  );

  /** Reads files dropped on the page, then imports them; a file that cannot be read imports nothing. */
  const drop = useCallback(
    async (owner: string, dropped: readonly File[]) => {
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
      await importFiles(owner, files);
    },
    [importFiles],
  );

  const cancel = useCallback(() => cancelRef.current?.(), []);
  return { state, choose, drop, cancel };
}
