/**
 * The team folder as a sync pass sees it: a few file operations the host
 * provides (the command: Node's file system; the desktop app: its main
 * process through the IPC contract; the browser host: a directory handle),
 * so the pass itself is the same everywhere. Paths are lists of names
 * below the team folder, never climbing out of it.
 */

/** One name in a folder. */
export type FolderEntry = {
  readonly name: string;
  readonly kind: 'file' | 'folder';
  /** Bytes, for a file (0 for a folder). */
  readonly size: number;
};

/** What a sync pass needs of the team folder. */
export type SyncFolder = {
  /** The entries of a folder; none when it does not exist (yet). */
  list(path: readonly string[]): Promise<readonly FolderEntry[]>;
  /** A file's bytes; undefined when it is not there (any more). */
  read(path: readonly string[]): Promise<Uint8Array | undefined>;
  /**
   * Writes a file that must not exist yet, complete or not at all: to a
   * temporary name in the same folder, flushed, then renamed (folders made
   * as needed). Resolves false, writing nothing, when the name is taken.
   */
  create(path: readonly string[], bytes: Uint8Array): Promise<boolean>;
  /** Replaces a file in one step the same way (temporary name, flush, rename). */
  replace(path: readonly string[], bytes: Uint8Array): Promise<void>;
};

/**
 * How segments and source files are sealed for the team: the workbook's
 * own encryption (age, to its recipients or passphrase), or none for a
 * plain workbook. `open` gives plain bytes back (plain input passes
 * through) or throws an Error whose message says why it cannot.
 */
export type SyncCrypt = {
  /** The public keys segments are encrypted to, recorded in their manifest; none when plain. */
  readonly recipients?: readonly string[];
  seal(bytes: Uint8Array): Promise<Uint8Array>;
  open(bytes: Uint8Array): Promise<Uint8Array>;
};

/** SHA-256 in hex: the host's own when it has a faster one (Node's crypto), else the bundle layer's. */
export type Hasher = (bytes: Uint8Array) => string;

/** No encryption: the workbook is plain, so its segments are too. */
export const plainCrypt: SyncCrypt = {
  seal: (bytes) => Promise.resolve(bytes),
  open: (bytes) => Promise.resolve(bytes),
};
