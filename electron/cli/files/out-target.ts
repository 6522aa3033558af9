import { realpath, stat } from 'node:fs/promises';
import path from 'node:path';
import { CliError } from '../errors';

async function sameFile(a: string, b: string): Promise<boolean> {
  if (path.resolve(a) === path.resolve(b)) return true;
  try {
    const [x, y] = await Promise.all([stat(a), stat(b)]);
    return x.dev === y.dev && x.ino === y.ino;
  } catch {
    // One of them does not exist yet: compare where their folders really are.
    try {
      const [x, y] = await Promise.all([realpath(path.dirname(a)), realpath(path.dirname(b))]);
      return x === y && path.basename(a) === path.basename(b);
    } catch {
      return false;
    }
  }
}

/**
 * Refuses an output file that is one of the command's inputs (always: it
 * would destroy what is being read) or that already exists (unless
 * `--force`), so a mistyped `--out` never overwrites a workbook or a report.
 */
export async function checkOutputs(
  outputs: readonly string[],
  inputs: readonly string[],
  force: boolean,
): Promise<void> {
  for (const out of outputs) {
    for (const input of inputs) {
      if (await sameFile(out, input)) {
        throw new CliError(
          `${out}: this is the input ${input}; writing there would destroy it. Choose another --out file.`,
        );
      }
    }
    const exists = await stat(out).then(
      () => true,
      () => false,
    );
    if (exists && !force) {
      throw new CliError(
        `${out} already exists; choose another file, or add --force to replace it.`,
      );
    }
  }
}
