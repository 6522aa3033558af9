import { execFile } from 'node:child_process';
import { mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readerCases } from '../../support/corpus/readers';

/*
 * Runs every reader case of the corpus through the built command
 * (`npm run build:cli`; CORPUS_CLI names another build) as a child process
 * with a bounded heap and a time limit, and checks the exit code, the
 * message, and that a refused import leaves the workbook byte-identical.
 */
const CLI = process.env.CORPUS_CLI ?? path.resolve('dist-cli/workbook.mjs');
const HEAP_MB = 512;
const TIME_LIMIT_MS = 20_000;
/** The longest stderr line allowed: a message quotes at most 80 characters of any value. */
const LINE_LIMIT = 1000;

type Run = { readonly code: number | null; readonly stderr: string; readonly killed: boolean };

function run(args: readonly string[]): Promise<Run> {
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      [`--max-old-space-size=${HEAP_MB}`, CLI, ...args],
      { timeout: TIME_LIMIT_MS, maxBuffer: 64 * 1024 * 1024 },
      (error, _stdout, stderr) => {
        const code = error === null ? 0 : typeof error.code === 'number' ? error.code : null;
        resolve({ code, stderr, killed: error?.killed === true });
      },
    );
  });
}

let scratch = '';
let good = new Uint8Array();

beforeAll(async () => {
  scratch = await mkdtemp(path.join(tmpdir(), 'reader-corpus-'));
  const made = await run([
    'new',
    path.join(scratch, 'good.workbook'),
    '--council',
    'Testshire',
    '--la-code',
    '123',
    '--kind',
    'ilacs-standard',
  ]);
  if (made.code !== 0) throw new Error(`workbook new failed: ${made.stderr}`);
  good = new Uint8Array(await readFile(path.join(scratch, 'good.workbook')));
});

afterAll(async () => {
  await rm(scratch, { recursive: true, force: true });
});

describe('the readers refuse or report every damaged and hostile file', () => {
  it('has at least 60 cases, each named once', () => {
    expect(readerCases.length).toBeGreaterThanOrEqual(60);
    expect(new Set(readerCases.map((c) => c.name)).size).toBe(readerCases.length);
  });

  it.each(readerCases.map((c) => [c.name, c] as const))('%s', async (_name, corpusCase) => {
    const dir = await mkdtemp(path.join(scratch, `${corpusCase.name}-`));
    const workbook = path.join(dir, 'target.workbook');
    await writeFile(workbook, good);
    const made = await corpusCase.make(dir);
    const before = await readdir(dir);
    const result = await run(made.args(workbook));
    expect(result.killed, 'ran past the time limit').toBe(false);
    expect({ exit: result.code, stderr: result.stderr.slice(0, 300) }).toMatchObject({
      exit: corpusCase.exit,
    });
    for (const line of result.stderr.split('\n')) {
      expect(line.length).toBeLessThanOrEqual(LINE_LIMIT);
    }
    const shown = result.stderr.slice(0, 300);
    const firstLine = result.stderr.split('\n')[0] ?? '';
    expect(
      corpusCase.exit === 0 || firstLine.includes(made.names),
      `names the file: ${shown}`,
    ).toBe(true);
    expect(corpusCase.message?.test(result.stderr) ?? true, `message: ${shown}`).toBe(true);
    const same = Buffer.compare(await readFile(workbook), good) === 0;
    expect(same || !corpusCase.unchanged, 'the workbook is byte-identical').toBe(true);
    expect((await readdir(dir)).sort()).toEqual(before.sort());
    await rm(dir, { recursive: true, force: true });
  });
});
