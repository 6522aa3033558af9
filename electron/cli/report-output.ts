import { randomBytes } from 'node:crypto';
import { rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { CliError } from './errors';

/** Files written to temporary names, to be put in place together or not at all. */
export type StagedFiles = {
  /** Renames every temporary file to its target. */
  commit(): Promise<void>;
  /** Removes every temporary file (after a failure). */
  discard(): Promise<void>;
};

function tempName(file: string): string {
  return path.join(
    path.dirname(file),
    `.${path.basename(file)}.${randomBytes(6).toString('hex')}.tmp`,
  );
}

/**
 * Writes each file to a temporary name beside its target, so a failure part
 * way (a full disk, a refused signature, a bundle that cannot be saved)
 * leaves no partial file behind.
 */
export async function stageFiles(
  files: ReadonlyMap<string, Uint8Array | string>,
): Promise<StagedFiles> {
  const staged: [string, string][] = [];
  const discard = async () => {
    await Promise.all(staged.map(([temp]) => rm(temp, { force: true })));
  };
  try {
    for (const [target, data] of files) {
      const temp = tempName(target);
      staged.push([temp, target]);
      await writeFile(temp, data, { flag: 'wx' });
    }
  } catch (error: unknown) {
    await discard();
    const target = staged.at(-1)?.[1] ?? '';
    throw new CliError(
      `${target}: cannot be written (${error instanceof Error ? error.message : String(error)}).`,
    );
  }
  return {
    async commit() {
      for (const [temp, target] of staged) await rename(temp, target);
    },
    discard,
  };
}
