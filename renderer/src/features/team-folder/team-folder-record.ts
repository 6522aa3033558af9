import type { Clash } from '../../../../shared/bundle';
import type { Arrival, Member, Notice } from '../../../../shared/sync';

/*
 * What the app keeps about an inspection's team folder (the store's
 * `teamFolders` table, encrypted like every other: clashes carry the
 * values that clashed): where it is, whether the person still shares
 * through it, the team as their indexes show them, what the last pass that
 * did anything brought, and every file refused, each named once.
 */

/** What one pass that did something brought and wrote. */
export type PassSummary = {
  /** When it ran (ISO 8601). */
  readonly at: string;
  /** My changes written to the folder (0: none new). */
  readonly wrote: number;
  readonly arrivals: readonly Arrival[];
  readonly clashes: readonly Clash[];
  readonly editsOfDeleted: number;
};

/** An inspection's team folder, as the app keeps it. */
export type StoredTeamFolder = {
  readonly inspectionId: string;
  /** Which host chose it: a directory handle (browser) or a folder the main process keeps (desktop). */
  readonly host: 'browser' | 'desktop';
  /** The folder as the person knows it: its name (browser) or its path (desktop). */
  readonly name: string;
  /** The desktop app: the main process's token for the folder (the renderer never holds the path to use it). */
  readonly token?: string;
  readonly joinedAt: string;
  /** Set when the person left the folder: nothing more is written or read; the data stays. */
  readonly leftAt?: string;
  /** When a pass last ran to the end. */
  readonly checkedAt?: string;
  /** The last pass that wrote or merged anything. */
  readonly lastPass?: PassSummary;
  /** Colleagues as their indexes showed them on the last pass. */
  readonly team: readonly Member[];
  /** When my own index was last written (by a pass of mine). */
  readonly wroteAt?: string;
  /** The number of my last segment (my files of changes in the folder). */
  readonly wroteSegments?: number;
  /** Every file refused (damaged, not decryptable, another inspection's), once each. */
  readonly refused: readonly Notice[];
  /** Files still arriving on the last pass: skipped, tried again, never damage. */
  readonly waiting: number;
  /** Why the last pass could not run (the folder gone, permission not given), if it could not. */
  readonly problem?: string;
};

/** The browser host's directory handle for an inspection (kept in a plain table: structured clone only). */
export type StoredFolderHandle = {
  readonly inspectionId: string;
  readonly handle: FileSystemDirectoryHandle;
};
