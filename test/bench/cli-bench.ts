import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Benchmark } from './harness';

const repo = path.resolve(import.meta.dirname, '../..');
const built = path.join(repo, 'dist-cli', 'workbook.mjs');
let prepared: { dir: string; demo: string } | undefined;

/** Builds the command as `npm pack` would and writes the demo workbook once, for all runs. */
function demoWorkbook(): string {
  if (prepared !== undefined) return prepared.demo;
  execFileSync('npm', ['run', '-s', 'build:cli'], { cwd: repo, stdio: 'inherit' });
  const dir = mkdtempSync(path.join(tmpdir(), 'workbook-cli-bench-'));
  const demo = path.join(dir, 'demo.inspection');
  execFileSync(process.execPath, [built, 'demo', '--out', demo], { stdio: 'ignore' });
  prepared = { dir, demo };
  return demo;
}

/** Wall time of one child process, from spawn to exit, as a script calling the command sees it. */
function wallMs(args: readonly string[]): number {
  const start = performance.now();
  execFileSync(process.execPath, args, { stdio: 'ignore' });
  return performance.now() - start;
}

/**
 * The built command's start-up plus its work on the demo (about 1,500 children's
 * records in the bundle), beside bare Node start-up measured in the same run,
 * since that floor varies with the machine and its load.
 */
export const cliBenchmarks: Benchmark[] = [
  {
    name: 'CLI: workbook judge on the demo, wall time',
    target: 'cli-judge',
    warmups: 2,
    runs: 9,
    run: async () => wallMs([built, 'judge', demoWorkbook(), '--json']),
  },
  {
    name: 'CLI: node -e "" (bare Node start-up, same run), wall time',
    warmups: 2,
    runs: 9,
    run: async () => wallMs(['-e', '']),
    after: async () => {
      if (prepared !== undefined) rmSync(prepared.dir, { recursive: true, force: true });
      prepared = undefined;
    },
  },
];
