import { rm } from 'node:fs/promises';
import { CliError } from './errors';
import { putInPlace, removeStaleTemps, writeTarget, writeTemp } from './files/atomic-write';

/** Files written to temporary names, to be put in place together or not at all. */
export type StagedFiles = {
  /** Puts every file in place, in the order given, each flushed to disk first. */
  commit(): Promise<void>;
  /** Removes every temporary file (after a failure). */
  discard(): Promise<void>;
};

function cannotWrite(target: string, error: unknown): CliError {
  return new CliError(
    `${target}: cannot be written (${error instanceof Error ? error.message : String(error)}).`,
  );
}

/**
 * Writes each file to a flushed temporary name beside its target, so a
 * failure part way (a full disk, a refused signature, a bundle that cannot
 * be saved) leaves no partial file behind. `commit` renames them in the
 * order of `files`: a caller puts a workbook that records the others last.
 */
export async function stageFiles(
  files: ReadonlyMap<string, Uint8Array | string>,
): Promise<StagedFiles> {
  const staged: [string, string][] = [];
  const discard = async () => {
    await Promise.all(staged.map(([temp]) => rm(temp, { force: true })));
  };
  for (const [file, data] of files) {
    try {
      const target = await writeTarget(file);
      await removeStaleTemps(target);
      staged.push([await writeTemp(target, data), target]);
    } catch (error: unknown) {
      await discard();
      throw cannotWrite(file, error);
    }
  }
  return {
    async commit() {
      for (const [index, [temp, target]] of staged.entries()) {
        try {
          await putInPlace(temp, target);
        } catch (error: unknown) {
          await Promise.all(staged.slice(index).map(([left]) => rm(left, { force: true })));
          throw cannotWrite(target, error);
        }
      }
    },
    discard,
  };
}
