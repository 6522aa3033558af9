import type { FolderEntry, SyncFolder } from '../../../../shared/sync';

/*
 * The team folder in the browser host: a directory the person chose with
 * the File System Access API (`showDirectoryPicker`,
 * https://wicg.github.io/file-system-access/), or a folder in the
 * origin-private file system where there is no picker
 * (https://fs.spec.whatwg.org/#sandboxed-filesystem). The types below are
 * the few members of `FileSystemDirectoryHandle` and `FileSystemFileHandle`
 * used, so the real handles fit them and a test can give a fake.
 */

/** What is written to a file: `FileSystemWritableFileStream`'s part used here. */
export type WritableLike = {
  write(data: Uint8Array<ArrayBuffer>): Promise<void>;
  close(): Promise<void>;
  abort(reason?: unknown): Promise<void>;
};

/** A file handle's part used here. `move` is Chromium's rename (not in every browser). */
export type FileHandleLike = {
  readonly kind: 'file';
  readonly name: string;
  getFile(): Promise<{ readonly size: number; arrayBuffer(): Promise<ArrayBuffer> }>;
  createWritable(): Promise<WritableLike>;
  move?: (name: string) => Promise<void>;
};

/** A directory handle's part used here. */
export type DirectoryHandleLike = {
  readonly kind: 'directory';
  readonly name: string;
  getDirectoryHandle(name: string, options?: { create?: boolean }): Promise<DirectoryHandleLike>;
  getFileHandle(name: string, options?: { create?: boolean }): Promise<FileHandleLike>;
  removeEntry(name: string): Promise<void>;
  values(): AsyncIterable<DirectoryHandleLike | FileHandleLike>;
};

/**
 * Our temporary name for `name`: a leading dot, which every reader skips
 * (shared/sync/names.ts), and the ending Syncthing is told to ignore
 * (shared/sync/ignore.ts), as the command's temporary files have.
 */
function tempName(name: string): string {
  return `.${name}.${crypto.randomUUID()}.workbook-tmp`;
}

function checkName(part: string): string {
  if (part === '' || part === '.' || part === '..' || /[/\\]/.test(part)) {
    throw new Error(`"${part}" is not a name inside the team folder`);
  }
  return part;
}

/** `NotFoundError` and `TypeMismatchError` mean "not there (as a file/folder)". */
function isMissing(error: unknown): boolean {
  return (
    error instanceof DOMException &&
    (error.name === 'NotFoundError' || error.name === 'TypeMismatchError')
  );
}

async function folderAt(
  root: DirectoryHandleLike,
  path: readonly string[],
  create: boolean,
): Promise<DirectoryHandleLike | undefined> {
  let at = root;
  for (const part of path) {
    try {
      at = await at.getDirectoryHandle(checkName(part), { create });
    } catch (error: unknown) {
      if (!create && isMissing(error)) return undefined;
      throw error;
    }
  }
  return at;
}

function split(path: readonly string[]): { folder: readonly string[]; name: string } {
  const name = path.at(-1);
  if (name === undefined) throw new Error('a file in the team folder needs a name');
  return { folder: path.slice(0, -1), name: checkName(name) };
}

async function exists(folder: DirectoryHandleLike, name: string): Promise<boolean> {
  for await (const entry of folder.values()) if (entry.name === name) return true;
  return false;
}

/** Writes `bytes` whole through `handle`: the file changes only when the stream closes. */
async function writeAll(handle: FileHandleLike, bytes: Uint8Array): Promise<void> {
  const writable = await handle.createWritable();
  try {
    await writable.write(new Uint8Array(bytes));
    // The stream's contents replace the file only on close (the spec's "swap file").
    await writable.close();
  } catch (error: unknown) {
    await writable.abort(error).catch(() => undefined);
    throw error;
  }
}

/**
 * Puts `bytes` under `name` in `folder` whole: written to a temporary name
 * and renamed where the browser can (`move`, Chromium), else written
 * straight to the name. A writable stream only replaces the file when it is
 * closed, so even then no reader on this computer sees half the bytes under
 * the name; a sync engine copies the file once it is closed.
 */
async function putWhole(
  folder: DirectoryHandleLike,
  name: string,
  bytes: Uint8Array,
): Promise<void> {
  const temporary = tempName(name);
  const temp = await folder.getFileHandle(temporary, { create: true });
  if (temp.move === undefined) {
    await folder.removeEntry(temporary);
    await writeAll(await folder.getFileHandle(name, { create: true }), bytes);
    return;
  }
  try {
    await writeAll(temp, bytes);
  } catch (error: unknown) {
    await folder.removeEntry(temporary).catch(() => undefined);
    throw error;
  }
  try {
    await temp.move(name);
  } catch {
    // A browser whose move will not replace an existing file: write the name itself.
    await folder.removeEntry(temporary).catch(() => undefined);
    await writeAll(await folder.getFileHandle(name, { create: true }), bytes);
  }
}

/** The team folder below the directory `root`. */
export function handleSyncFolder(root: DirectoryHandleLike): SyncFolder {
  return {
    async list(path) {
      const folder = await folderAt(root, path, false);
      if (folder === undefined) return [];
      const entries: FolderEntry[] = [];
      for await (const entry of folder.values()) {
        if (entry.kind === 'directory') {
          entries.push({ name: entry.name, kind: 'folder', size: 0 });
        } else {
          const size = await entry.getFile().then(
            (file) => file.size,
            () => undefined,
          );
          if (size !== undefined) entries.push({ name: entry.name, kind: 'file', size });
        }
      }
      return entries;
    },
    async read(path) {
      const { folder: folderPath, name } = split(path);
      const folder = await folderAt(root, folderPath, false);
      if (folder === undefined) return undefined;
      try {
        const file = await (await folder.getFileHandle(name)).getFile();
        return new Uint8Array(await file.arrayBuffer());
      } catch (error: unknown) {
        if (isMissing(error)) return undefined;
        throw error;
      }
    },
    async create(path, bytes) {
      const { folder: folderPath, name } = split(path);
      const folder = await folderAt(root, folderPath, true);
      if (folder === undefined || (await exists(folder, name))) return false;
      await putWhole(folder, name, bytes);
      return true;
    },
    async replace(path, bytes) {
      const { folder: folderPath, name } = split(path);
      const folder = await folderAt(root, folderPath, true);
      if (folder === undefined) throw new Error('the team folder could not be opened');
      await putWhole(folder, name, bytes);
    },
  };
}
