import { execFile, spawn } from 'node:child_process';
import { copyFile, mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { demoTeam } from '../../../shared/demo/content';
import type { CorpusCase } from '../../support/corpus/case';

/**
 * Every damaged and hostile input of test/support/corpus/*.ts run through
 * the real, built command as a child process with a bounded heap and a
 * time limit: the exit code, one line on stderr naming the file, the
 * workbook byte-identical when the input is refused, and no temporary or
 * lock file of ours left in the folder.
 */

const exec = promisify(execFile);
const repo = path.resolve(import.meta.dirname, '../../..');
// Built once for the whole run by test/support/built-cli.global.ts.
const built = inject('builtCli');
const HEAP_MIB = 512;
const CASE_TIMEOUT_MS = 30_000;
const CONCURRENCY = 2;

function isCase(value: unknown): value is CorpusCase {
  return (
    typeof value === 'object' &&
    value !== null &&
    typeof Reflect.get(value, 'name') === 'string' &&
    typeof Reflect.get(value, 'make') === 'function'
  );
}

/** Every case every corpus module exports (part A's readers, these bundles…), each once. */
async function allCases(): Promise<CorpusCase[]> {
  const folder = path.join(repo, 'test', 'support', 'corpus');
  const found = new Set<CorpusCase>();
  for (const file of (await readdir(folder)).filter((name) => name.endsWith('.ts')).sort()) {
    const module: Record<string, unknown> = await import(
      pathToFileURL(path.join(folder, file)).href
    );
    for (const value of Object.values(module)) {
      if (Array.isArray(value)) for (const item of value) if (isCase(item)) found.add(item);
    }
  }
  return [...found];
}

const cases = await allCases();

/** At most CONCURRENCY children at once, so the corpus shares two busy cores fairly. */
let running = 0;
const waiting: (() => void)[] = [];
async function slot<T>(work: () => Promise<T>): Promise<T> {
  if (running >= CONCURRENCY) await new Promise<void>((resolve) => waiting.push(resolve));
  running += 1;
  try {
    return await work();
  } finally {
    running -= 1;
    waiting.shift()?.();
  }
}

type Ran = { code: number | null; stderr: string; timedOut: boolean };

function runBuilt(args: readonly string[], cwd: string): Promise<Ran> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [`--max-old-space-size=${HEAP_MIB}`, built, ...args], {
      cwd,
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    let stderr = '';
    child.stderr.setEncoding('utf8');
    child.stderr.on('data', (chunk: string) => {
      // Kept short: a message that echoes megabytes fails on its length, not on memory.
      if (stderr.length < 100_000) stderr += chunk;
    });
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      child.kill('SIGKILL');
    }, CASE_TIMEOUT_MS);
    child.on('close', (code) => {
      clearTimeout(timer);
      resolve({ code, stderr, timedOut });
    });
  });
}

let good = '';
const scratch: string[] = [];

beforeAll(async () => {
  const dir = await mkdtemp(path.join(tmpdir(), 'workbook-corpus-good-'));
  scratch.push(dir);
  good = path.join(dir, 'good.inspection');
  // The demo with its imported records: a workbook with source files, reads and a long log.
  await exec(process.execPath, [built, 'demo', '--out', good], { cwd: dir });
}, 180_000);

afterAll(async () => {
  for (const dir of scratch) await rm(dir, { recursive: true, force: true });
});

/**
 * What is wrong with a refusal's stderr: it must be one line naming the file,
 * short (quoting little of any value), never an unexpected failure, and
 * match the case's pattern. Nothing is asked of a command that succeeded.
 */
function messageProblems(corpusCase: CorpusCase, stderr: string, names: string): string[] {
  if (corpusCase.exit === 0) return [];
  const lines = stderr.split('\n').filter((line) => line !== '');
  const line = lines[0] ?? '';
  return [
    lines.length === 1 ? '' : `${lines.length} lines on stderr: ${stderr.slice(0, 300)}`,
    line.includes(names) ? '' : `does not name ${names}: ${line.slice(0, 300)}`,
    line.length < 600 ? '' : `${line.length} characters long`,
    /please report this/.test(line) ? `an unexpected failure: ${line.slice(0, 300)}` : '',
    (corpusCase.message ?? /./).test(line)
      ? ''
      : `does not match ${String(corpusCase.message)}: ${line.slice(0, 300)}`,
  ].filter((problem) => problem !== '');
}

/** Our temporary and lock files, wherever a case left them. */
async function leftovers(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true });
  return entries.filter((name) => /\.workbook-(tmp|lock)$|\.tmp$/.test(name));
}

describe('the corpus of damaged and hostile files', () => {
  it('has at least 40 bundle, PDF, JSON, file-handling and clock cases, named uniquely', () => {
    expect(cases.length).toBeGreaterThanOrEqual(40);
    expect(new Set(cases.map((c) => c.name)).size).toBe(cases.length);
  });

  it.concurrent.each(cases.map((c) => [c.name, c] as const))(
    '%s',
    async (_name, corpusCase) => {
      const dir = await mkdtemp(path.join(tmpdir(), 'workbook-corpus-'));
      scratch.push(dir);
      const workbook = path.join(dir, 'workbook.inspection');
      await copyFile(good, workbook);
      const made = await corpusCase.make(dir);
      const before = await readFile(workbook);
      const ran = await slot(() => runBuilt(made.args(workbook), dir));
      expect(ran.timedOut, `${corpusCase.name} took over ${CASE_TIMEOUT_MS} ms`).toBe(false);
      expect(ran.code, ran.stderr.slice(0, 400)).toBe(corpusCase.exit);
      expect(messageProblems(corpusCase, ran.stderr, made.names)).toEqual([]);
      expect(corpusCase.unchanged ? (await readFile(workbook)).equals(before) : true).toBe(true);
      expect(await leftovers(dir)).toEqual([]);
      expect(
        corpusCase.after === undefined ? undefined : await corpusCase.after(dir),
      ).toBeUndefined();
    },
    60_000,
  );

  it('keeps every one of six changes made at once to one workbook', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'workbook-corpus-lock-'));
    scratch.push(dir);
    const workbook = path.join(dir, 'workbook.inspection');
    await copyFile(good, workbook);
    const count = async () => {
      const { stdout } = await exec(process.execPath, [
        built,
        'evidence',
        'list',
        workbook,
        '--json',
      ]);
      const parsed: unknown = JSON.parse(stdout);
      const list: unknown =
        typeof parsed === 'object' && parsed !== null ? Reflect.get(parsed, 'evidence') : [];
      return Array.isArray(list) ? list.length : -1;
    };
    const start = await count();
    const team = [demoTeam.lead, ...demoTeam.inspectors, demoTeam.moderator];
    const add = (n: number) =>
      runBuilt(
        [
          'evidence',
          'add',
          workbook,
          '--source',
          'council',
          '--area',
          'leaders',
          '--finding',
          'strength',
          '--text',
          `Note ${n}`,
          // The demo is signed: each change is by one of its team, signed with their demo key.
          '--as',
          team[n % team.length] ?? demoTeam.lead,
        ],
        dir,
      );
    const runs = await Promise.all([1, 2, 3, 4, 5, 6].map(add));
    expect(runs.map((r) => r.code)).toEqual([0, 0, 0, 0, 0, 0]);
    expect(await count()).toBe(start + 6);
    expect(await leftovers(dir)).toEqual([]);
  }, 120_000);
});
