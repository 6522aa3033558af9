import { link, mkdir, readdir, readFile, rm, stat } from 'node:fs/promises';
import path from 'node:path';
import type { FolderEntry, SyncFolder } from '../../../shared/sync';
import { putInPlace, writeAtomic, writeTemp } from '../files/atomic-write';

/*
 * The team folder on this computer's file system, for a sync pass
 * (shared/sync/folder.ts). New files are written whole under a temporary
 * name in the same folder (a leading dot, so sync engines and readers skip
 * it), flushed, and only then given their name: a colleague's reader, or a
 * sync engine, never sees half a segment under a segment's name.
 */

function errorCode(error: unknown): string {
  return error instanceof Error && 'code' in error ? String(error.code) : '';
}

/** The path of `parts` inside `root`; refuses a part that could climb out of it. */
function inside(root: string, parts: readonly string[]): string {
  for (const part of parts) {
    if (part === '' || part === '.' || part === '..' || /[/\\]/.test(part)) {
      throw new Error(`"${part}" is not a name inside the team folder`);
    }
  }
  return path.join(root, ...parts);
}

/** A link where the file system has them, else a rename once the name is seen free. */
async function claim(temp: string, target: string): Promise<boolean> {
  try {
    // link(2) fails with EEXIST rather than replace: two writers never overwrite each other.
    await link(temp, target);
    await rm(temp, { force: true });
    return true;
  } catch (error: unknown) {
    if (errorCode(error) === 'EEXIST') {
      await rm(temp, { force: true });
      return false;
    }
    // Some file systems (FAT on a USB stick, some network shares) have no hard links.
    const exists = await stat(target).then(
      () => true,
      () => false,
    );
    if (exists) {
      await rm(temp, { force: true });
      return false;
    }
    await putInPlace(temp, target);
    return true;
  }
}

/** The team folder at `root` (which must exist). */
export function nodeSyncFolder(root: string): SyncFolder {
  return {
    async list(parts) {
      let names;
      try {
        names = await readdir(inside(root, parts), { withFileTypes: true });
      } catch (error: unknown) {
        if (errorCode(error) === 'ENOENT' || errorCode(error) === 'ENOTDIR') return [];
        throw error;
      }
      const entries: FolderEntry[] = [];
      for (const entry of names) {
        if (entry.isDirectory()) entries.push({ name: entry.name, kind: 'folder', size: 0 });
        else if (entry.isFile()) {
          const size = await stat(path.join(inside(root, parts), entry.name)).then(
            (info) => info.size,
            () => undefined,
          );
          if (size !== undefined) entries.push({ name: entry.name, kind: 'file', size });
        }
      }
      return entries;
    },
    async read(parts) {
      try {
        return new Uint8Array(await readFile(inside(root, parts)));
      } catch (error: unknown) {
        const code = errorCode(error);
        if (code === 'ENOENT' || code === 'EISDIR' || code === 'ENOTDIR') return undefined;
        throw error;
      }
    },
    async create(parts, bytes) {
      const target = inside(root, parts);
      await mkdir(path.dirname(target), { recursive: true });
      const temp = await writeTemp(target, bytes);
      try {
        return await claim(temp, target);
      } catch (error: unknown) {
        await rm(temp, { force: true });
        throw error;
      }
    },
    async replace(parts, bytes) {
      const target = inside(root, parts);
      await mkdir(path.dirname(target), { recursive: true });
      await writeAtomic(target, bytes);
    },
  };
}

/** Whether `folder` is an existing folder. */
export async function isFolder(folder: string): Promise<boolean> {
  return stat(folder).then(
    (info) => info.isDirectory(),
    () => false,
  );
}
