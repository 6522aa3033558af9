import { execFile } from 'node:child_process';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { inject } from 'vitest';
import { HEAP_LIMIT_MIB } from '../../../../electron/cli/heap';
import { runCli } from '../../../../electron/cli/run';

const exec = promisify(execFile);
const repo = path.resolve(import.meta.dirname, '../../../..');

/** What one run of the command produced. */
export type CliRun = { readonly code: number; readonly stdout: string; readonly stderr: string };

function text(value: unknown): string {
  return typeof value === 'string' ? value : '';
}

/**
 * Runs the real `workbook` command in a child process: the one built for this
 * test run (test/support/built-cli.global.ts), with the heap bound the
 * command would otherwise start a second Node to set (electron/cli/heap.ts).
 */
export async function runProcess(args: readonly string[]): Promise<CliRun> {
  try {
    const { stdout, stderr } = await exec(
      process.execPath,
      [`--max-old-space-size=${HEAP_LIMIT_MIB}`, inject('builtCli'), ...args],
      { cwd: repo },
    );
    return { code: 0, stdout, stderr };
  } catch (error: unknown) {
    const field = (name: string): unknown =>
      typeof error === 'object' && error !== null ? Reflect.get(error, name) : undefined;
    const code = field('code');
    return {
      code: typeof code === 'number' ? code : 1,
      stdout: text(field('stdout')),
      stderr: text(field('stderr')),
    };
  }
}

/** Runs the command in this process (same code path, much faster). */
export async function run(args: readonly string[], today = '2026-10-05'): Promise<CliRun> {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runCli(args, {
    out: (t) => out.push(t),
    err: (t) => err.push(t),
    today: () => today,
  });
  return { code, stdout: out.join('\n'), stderr: err.join('\n') };
}

/** Parses the single JSON document a `--json` run printed. */
export function json(result: CliRun): unknown {
  if (result.code !== 0) throw new Error(`command failed (${result.code}): ${result.stderr}`);
  return JSON.parse(result.stdout);
}

/** The `id` a creating command printed with `--json`. */
export function idOf(result: CliRun): string {
  const value = json(result);
  const id = typeof value === 'object' && value !== null ? Reflect.get(value, 'id') : undefined;
  if (typeof id !== 'string') throw new Error(`no id in ${result.stdout}`);
  return id;
}

/** A fresh temporary folder for workbook files. */
export async function workDir(): Promise<string> {
  return mkdtemp(path.join(tmpdir(), 'workbook-cli-'));
}

/**
 * Creates a standard ILACS workbook for Northmoor (LA 899) in `dir` and
 * returns its path; `extra` adds flags to `workbook new`. Throws if refused.
 */
export async function newWorkbook(
  dir: string,
  name: string,
  extra: readonly string[] = [],
): Promise<string> {
  const file = path.join(dir, `${name}.inspection`);
  const created = await run([
    'new',
    file,
    '--council',
    'Northmoor',
    '--la-code',
    '899',
    '--kind',
    'ilacs-standard',
    '--on-site',
    '2026-10-05',
    '--lead',
    'Lead',
    '--as',
    'Lead',
    ...extra,
  ]);
  if (created.code !== 0) throw new Error(created.stderr);
  return file;
}
