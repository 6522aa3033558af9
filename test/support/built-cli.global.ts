import { execFile } from 'node:child_process';
import { rm } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
import type { TestProject } from 'vitest/node';

const exec = promisify(execFile);
const repo = path.resolve(import.meta.dirname, '../..');

declare module 'vitest' {
  export interface ProvidedContext {
    /** The `workbook` command built once for this test run (its .mjs entry). */
    builtCli: string;
  }
}

/**
 * Vitest global setup (https://vitest.dev/config/#globalsetup): builds the
 * `workbook` command once, as `npm run build:cli` does, into a folder of this
 * run's own (dist-cli/ is rebuilt by `npm pack` in another test), inside the
 * repository so its packages resolve from node_modules. Tests that run the
 * command as a child process run this file: one Node start-up per call, the
 * code a council's script runs, instead of compiling the sources each time.
 */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const out = path.join(repo, 'node_modules', '.cache', `workbook-cli-test-${process.pid}`);
  await exec('npx', ['vite', 'build', '-c', 'vite.cli.config.ts', '--logLevel', 'error'], {
    cwd: repo,
    env: { ...process.env, CLI_OUT_DIR: out },
  });
  project.provide('builtCli', path.join(out, 'workbook.mjs'));
  return async () => {
    await rm(out, { recursive: true, force: true });
  };
}
