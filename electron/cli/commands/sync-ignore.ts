import { appendFile, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { IGNORE_COMMENT as COMMENT, IGNORE_LINE } from '../../../shared/sync';

export { IGNORE_LINE };

/**
 * Our files still being written (`.<name>.<pid>-<random>.workbook-tmp`, see
 * files/atomic-write.ts) live a moment in the team folder before they get
 * their name. A sync engine that scans in that moment carries a file that is
 * gone when a colleague's copy asks for it, and Syncthing then pauses the
 * whole folder for a minute ("isn't making sync progress"). Syncthing reads
 * ignore patterns from `.stignore` at the folder's root and never shares that
 * file (https://docs.syncthing.net/users/ignoring.html); `(?d)` lets it delete
 * a folder that holds only ignored files. Other engines ignore this file.
 */

/**
 * Makes sure `<folder>/.stignore` ignores our temporary files: writes it when
 * absent, appends the line when a person's own file lacks it, and leaves
 * every line already there as it is.
 */
export async function ensureIgnored(folder: string): Promise<void> {
  const file = path.join(folder, '.stignore');
  const existing = await readFile(file, 'utf8').catch((error: unknown) => {
    if (error instanceof Error && 'code' in error && error.code === 'ENOENT') return undefined;
    throw error;
  });
  if (existing === undefined) {
    await writeFile(file, `${COMMENT}\n${IGNORE_LINE}\n`, { flag: 'wx' }).catch(
      (error: unknown) => {
        // Two passes at once: the other wrote it first, which is as good.
        if (!(error instanceof Error && 'code' in error && error.code === 'EEXIST')) throw error;
      },
    );
    return;
  }
  if (existing.split(/\r?\n/).some((line) => line.trim() === IGNORE_LINE)) return;
  const separator = existing === '' || existing.endsWith('\n') ? '' : '\n';
  await appendFile(file, `${separator}${COMMENT}\n${IGNORE_LINE}\n`);
}
