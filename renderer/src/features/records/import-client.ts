import type { CollectionYear } from '../../../../shared/records/ssda903';
import type { CheckContext } from '../../../../shared/workbook';
import type { ChosenFile } from '../../platform';
import { unpackReply, type ImportReply, type ImportRequest } from '../../workers/import-messages';

/** Progress of a running import, for the progress bar. */
export type ImportProgress = {
  readonly done: number;
  readonly total: number;
  readonly step: string;
};

/** How an import run ended. */
export type ImportRunOutcome =
  Exclude<ImportReply, { type: 'progress' }> | { readonly type: 'cancelled' };

/** A running import: its outcome, and a way to stop it. */
export type ImportRun = { readonly outcome: Promise<ImportRunOutcome>; cancel(): void };

/**
 * Parses files in a Web Worker. Cancelling terminates the worker at once:
 * nothing has been stored yet at that point, so the store stays as it was.
 * `options.year` is the SSDA903 collection year the person chose, if any;
 * `options.context` what 903 files are checked in (previous-year return,
 * providers, LA code); `options.keepReadable` keeps the readable files when another is refused.
 */
export function startImport(
  files: readonly ChosenFile[],
  onProgress: (progress: ImportProgress) => void,
  stored: readonly { readonly name: string; readonly bytes: Uint8Array }[] = [],
  options: {
    readonly year?: CollectionYear;
    readonly context?: CheckContext;
    readonly keepReadable?: boolean;
  } = {},
): ImportRun {
  const worker = new Worker(new URL('../../workers/import.worker.ts', import.meta.url), {
    type: 'module',
  });
  let resolveOutcome: ((outcome: ImportRunOutcome) => void) | undefined;
  const outcome = new Promise<ImportRunOutcome>((resolve) => {
    resolveOutcome = resolve;
  });
  const settle = (value: ImportRunOutcome): void => {
    worker.terminate();
    resolveOutcome?.(value);
  };
  worker.addEventListener('message', (event: MessageEvent<unknown>) => {
    const message = unpackReply(event.data);
    if (message === undefined) return;
    if (message.type === 'progress') onProgress(message);
    else settle(message);
  });
  worker.addEventListener('error', (event) =>
    settle({ type: 'failed', message: event.message || 'The import worker stopped.' }),
  );
  const request: ImportRequest = {
    type: 'import',
    files: files.map((f) => ({ name: f.name, bytes: f.bytes })),
    stored,
    ...(options.year === undefined ? {} : { year: options.year }),
    ...(options.context === undefined ? {} : { context: options.context }),
    ...(options.keepReadable === true ? { keepReadable: true } : {}),
  };
  worker.postMessage(request);
  return { outcome, cancel: () => settle({ type: 'cancelled' }) };
}
