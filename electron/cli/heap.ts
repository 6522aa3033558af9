import { spawn } from 'node:child_process';
import { constants } from 'node:os';
import { getHeapStatistics } from 'node:v8';

/**
 * The command's heap is bounded, so a hostile file that gets past every
 * limit still ends in a prompt "out of memory" rather than the machine
 * swapping towards Node's default of up to 4 GiB
 * (https://nodejs.org/api/cli.html#--max-old-space-sizesize-in-mib). Well
 * above the peak of the largest legitimate inputs (the bench prints it).
 */
export const HEAP_LIMIT_MIB = 2048;

const MIB = 1024 * 1024;
const MARK = 'WORKBOOK_HEAP_BOUNDED';

/**
 * When Node was started without a heap bound at or below
 * {@link HEAP_LIMIT_MIB} (`node dist-cli/workbook.mjs …`, the `bin` shim),
 * runs the same command again in a child with the bound and resolves to its
 * exit code; otherwise resolves to `undefined` and the command runs here.
 */
export async function runBounded(): Promise<number | undefined> {
  // heap_size_limit includes the young generation, a few tens of MiB above the old-space bound.
  const bounded = getHeapStatistics().heap_size_limit <= (HEAP_LIMIT_MIB + 128) * MIB;
  const script = process.argv[1];
  if (bounded || process.env[MARK] === '1' || script === undefined) return undefined;
  const child = spawn(
    process.execPath,
    [
      ...process.execArgv,
      `--max-old-space-size=${HEAP_LIMIT_MIB}`,
      script,
      ...process.argv.slice(2),
    ],
    { stdio: 'inherit', env: { ...process.env, [MARK]: '1' } },
  );
  // A Ctrl-C or kill reaches the child, which does the work and cleans up after itself.
  const forward = (signal: NodeJS.Signals) => () => child.kill(signal);
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const)
    process.on(signal, forward(signal));
  return new Promise((resolve) => {
    child.on('exit', (code, signal) =>
      resolve(code ?? 128 + (signal === null ? 0 : constants.signals[signal])),
    );
    child.on('error', () => resolve(undefined));
  });
}
