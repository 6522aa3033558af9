import { randomBytes } from 'node:crypto';
import { chmod, lstat, open, readdir, realpath, rename, rm, stat } from 'node:fs/promises';
import path from 'node:path';

/**
 * Writing a file so that a crash, a kill or a full disk never leaves a
 * half-written one: the bytes go to a temporary file beside the target,
 * are flushed to the disk (fsync), and replace the target in one rename;
 * then the folder is flushed too, so the rename itself survives a power cut
 * (rename(2) and fsync(2), https://man7.org/linux/man-pages/man2/fsync.2.html).
 * An existing file keeps its permissions, and a symbolic link keeps
 * pointing where it did: its target is written, not the link replaced.
 */

/** The suffix of our temporary files: `.<name>.<pid>-<random>.workbook-tmp`. */
const TEMP_SUFFIX = '.workbook-tmp';
const TEMP_PATTERN = /^\.(.+)\.(\d+)-[0-9a-f]{12}\.workbook-tmp$/;

/** Whether process `pid` is still running (a process of another user counts as running). */
export function isRunning(pid: number): boolean {
  if (pid === process.pid) return true;
  try {
    process.kill(pid, 0);
    return true;
  } catch (error: unknown) {
    return !(error instanceof Error && 'code' in error && error.code === 'ESRCH');
  }
}

/** The file a write to `file` really changes: the target of a symbolic link, followed. */
export async function writeTarget(file: string): Promise<string> {
  try {
    return await realpath(file);
  } catch {
    // A new file, or a link to a file not yet made: write the name given,
    // or the link's target resolved within its folder.
    try {
      const info = await lstat(file);
      if (info.isSymbolicLink()) return file; // a dangling link: replace it, as before
    } catch {
      // No such file.
    }
    return path.resolve(file);
  }
}

/** A temporary name beside `target`, carrying our process id so a later run can tell it is stale. */
export function tempNameFor(target: string): string {
  const hex = randomBytes(6).toString('hex');
  return path.join(
    path.dirname(target),
    `.${path.basename(target)}.${process.pid}-${hex}${TEMP_SUFFIX}`,
  );
}

/**
 * Removes temporary files a killed run of ours left beside `target`: ours by
 * their name, stale because the process that made them has ended.
 */
export async function removeStaleTemps(target: string): Promise<void> {
  let names: string[];
  try {
    names = await readdir(path.dirname(target));
  } catch {
    return;
  }
  for (const name of names) {
    const match = TEMP_PATTERN.exec(name);
    if (match === null || match[1] !== path.basename(target)) continue;
    if (!isRunning(Number(match[2])))
      await rm(path.join(path.dirname(target), name), { force: true });
  }
}

/** Flushes a folder's entries to disk; some systems cannot, which is no reason to fail a save. */
async function syncFolder(folder: string): Promise<void> {
  let handle;
  try {
    handle = await open(folder, 'r');
    await handle.sync();
  } catch {
    // Windows cannot open a folder for fsync; EINVAL on some file systems.
  } finally {
    await handle?.close();
  }
}

/** Writes `bytes` to a new temporary file beside `target` and flushes it; returns its name. */
export async function writeTemp(target: string, bytes: Uint8Array | string): Promise<string> {
  let mode: number | undefined;
  try {
    mode = (await stat(target)).mode & 0o7777;
  } catch {
    // A new file: the default mode, less the umask.
  }
  const temp = tempNameFor(target);
  const handle = await open(temp, 'wx', mode ?? 0o666);
  try {
    await handle.writeFile(bytes);
    await handle.sync();
  } catch (error: unknown) {
    await handle.close();
    await rm(temp, { force: true });
    throw error;
  }
  await handle.close();
  // The umask applies when a file is created; an existing file's mode is kept exactly.
  if (mode !== undefined) await chmod(temp, mode);
  return temp;
}

/** Puts a flushed temporary file in place of `target`, and flushes the folder. */
export async function putInPlace(temp: string, target: string): Promise<void> {
  await rename(temp, target);
  await syncFolder(path.dirname(target));
}

/**
 * Replaces `file` with `bytes` atomically (see above). Throws the system's
 * error; the caller names the file in its message.
 */
export async function writeAtomic(file: string, bytes: Uint8Array | string): Promise<void> {
  const target = await writeTarget(file);
  await removeStaleTemps(target);
  const temp = await writeTemp(target, bytes);
  try {
    await putInPlace(temp, target);
  } catch (error: unknown) {
    await rm(temp, { force: true });
    throw error;
  }
}
