import type { AppInfo } from '../../../shared/ipc/contract';
import type { Result } from '../../../shared/util/result';

/** A file the user chose, with its contents read. */
export type ChosenFile = {
  readonly name: string;
  readonly size: number;
  readonly bytes: Uint8Array;
};

/** A file-type filter, e.g. `{ name: 'SSDA903 tables', extensions: ['csv'] }`. */
export type FileTypeFilter = { readonly name: string; readonly extensions: readonly string[] };

export type OpenFilesOptions = {
  readonly title?: string;
  readonly filters?: readonly FileTypeFilter[];
  readonly multiple?: boolean;
};

export type SaveFileOptions = {
  readonly title?: string;
  readonly filters?: readonly FileTypeFilter[];
  /** MIME type for the browser download; Electron ignores it. */
  readonly mimeType?: string;
};

export type SaveOutcome =
  { readonly saved: false } | { readonly saved: true; readonly where: string };

/**
 * The renderer's only door to the operating system. Under Electron it goes
 * through `window.workbook`; in a plain browser it uses a file input and a
 * download link, so the same renderer runs (and is tested) in both hosts.
 * Every method resolves to a Result and never rejects.
 */
export type Platform = {
  readonly host: 'electron' | 'browser';
  appInfo(): Promise<Result<AppInfo>>;
  /** Resolves to an empty list when the user cancels. */
  openFiles(options?: OpenFilesOptions): Promise<Result<ChosenFile[]>>;
  saveFile(
    name: string,
    bytes: Uint8Array,
    options?: SaveFileOptions,
  ): Promise<Result<SaveOutcome>>;
};
