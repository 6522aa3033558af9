import { open, readFile, rm } from 'node:fs/promises';
import path from 'node:path';
import { CliError } from '../errors';
import { isRunning, writeTarget } from './atomic-write';

/**
 * A lock file beside a workbook while one command reads, changes and
 * writes it: a second command waits for it (briefly), so two changes made
 * at once are both kept rather than one overwriting the other. The lock
 * holds the process id, so a lock left by a killed command is taken over.
 */

/**
 * How long a second writer waits for the first before it is refused: long
 * enough for a queue of scripted changes to a large signed workbook on a busy
 * laptop (each opens, checks and writes the whole file in turn).
 */
export const LOCK_WAIT_MS = 60_000;
const POLL_MS = 25;

function lockName(target: string): string {
  return path.join(path.dirname(target), `.${path.basename(target)}.workbook-lock`);
}

async function holder(lock: string): Promise<number | undefined> {
  try {
    const pid = Number.parseInt(await readFile(lock, 'utf8'), 10);
    return Number.isSafeInteger(pid) && pid > 0 ? pid : undefined;
  } catch {
    return undefined;
  }
}

async function tryLock(lock: string): Promise<boolean> {
  try {
    const handle = await open(lock, 'wx');
    await handle.writeFile(String(process.pid));
    await handle.close();
    return true;
  } catch (error: unknown) {
    if (error instanceof Error && 'code' in error && error.code === 'EEXIST') return false;
    throw error;
  }
}

/**
 * Runs `work` holding the lock of `file`, waiting up to {@link LOCK_WAIT_MS}
 * for another command to finish; refuses with a message naming the file
 * if it does not.
 */
export async function withLock<T>(
  file: string,
  work: () => Promise<T>,
  waitMs = LOCK_WAIT_MS,
): Promise<T> {
  const lock = lockName(await writeTarget(file));
  const deadline = Date.now() + waitMs;
  for (;;) {
    let locked: boolean;
    try {
      locked = await tryLock(lock);
    } catch (error: unknown) {
      // A read-only folder: nobody can write there, so the command's own write will say so.
      if (error instanceof Error && 'code' in error && error.code === 'EACCES') return work();
      throw error;
    }
    if (locked) break;
    const pid = await holder(lock);
    // A lock whose writer has ended (killed, or the machine restarted) is stale.
    if (pid !== undefined && !isRunning(pid)) {
      await rm(lock, { force: true });
      continue;
    }
    if (Date.now() > deadline) {
      throw new CliError(
        `${file}: another workbook command${pid === undefined ? '' : ` (process ${pid})`} is changing it; try again when it has finished (or remove ${lock} if no command is running).`,
      );
    }
    await new Promise((resolve) => setTimeout(resolve, POLL_MS + Math.random() * POLL_MS));
  }
  try {
    return await work();
  } finally {
    await rm(lock, { force: true });
  }
}
