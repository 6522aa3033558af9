import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { chromium, type Browser } from '@playwright/test';
import { chromiumPath } from '../support/browser-path.mjs';
import { generate903 } from '../support/ssda903-generate';
import { passProtection } from '../e2e/protection-steps';

/** The preview server's port: `BENCH_PORT`, so benches on a shared machine do not collide. */
export const PORT = Number(process.env['BENCH_PORT'] ?? 4175);

/**
 * Serves the built renderer (`dist/`, built by the bench runner first; or
 * `outDir`, relative to the repository) for the Chromium benchmarks.
 */
export async function startPreview(port = PORT, outDir?: string): Promise<ChildProcess> {
  const answered = await fetch(`http://127.0.0.1:${port}/`).then(
    () => true,
    () => false,
  );
  if (answered) throw new Error(`port ${port} is already serving: set BENCH_PORT to a free port.`);
  // Vite itself, not through npx: killing npx would leave the server running.
  const vite = path.resolve(import.meta.dirname, '../../node_modules/vite/bin/vite.js');
  const server = spawn(
    process.execPath,
    [
      vite,
      'preview',
      '--port',
      String(port),
      '--strictPort',
      '--host',
      '127.0.0.1',
      ...(outDir === undefined ? [] : ['--outDir', `../${outDir}`]),
    ],
    { stdio: 'ignore' },
  );
  let exited = false;
  server.once('exit', () => {
    exited = true;
  });
  // A minute: on a loaded machine Vite takes a while to load its config.
  for (let attempt = 0; attempt < 300; attempt += 1) {
    // A server already on the port would answer for ours (--strictPort makes ours exit).
    if (exited) throw new Error(`vite preview could not listen on port ${port}: is it in use?`);
    try {
      const response = await fetch(`http://127.0.0.1:${port}/`);
      if (response.ok) return server;
    } catch {
      // not up yet
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  server.kill();
  throw new Error('vite preview did not start');
}

/** Launches Debian's (or Playwright's) Chromium headless. */
export async function launch(): Promise<Browser> {
  const executablePath = chromiumPath();
  return chromium.launch({
    ...(executablePath === undefined ? {} : { executablePath }),
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
    ],
  });
}

/** Writes a generated 903 return of `episodes` rows and returns the two file paths. */
export async function writeReturn(episodes: number): Promise<string[]> {
  const dir = await mkdtemp(path.join(tmpdir(), 'workbook-bench-'));
  const generated = generate903(episodes);
  const header = path.join(dir, 'header.csv');
  const episodesFile = path.join(dir, 'episodes.csv');
  await writeFile(header, generated.header);
  await writeFile(episodesFile, generated.episodes);
  return [header, episodesFile];
}

/** One import's figures, in milliseconds. */
export type ImportFigures = {
  /** From the files chosen to the rows read and checked (the worker's start and the files' trip included). */
  readonly parse: number;
  /** From the files chosen to the import stored. */
  readonly total: number;
  /** The worker's own reading and checking (NaN when the page stored the rows itself). */
  readonly workerRead: number;
  /** The worker's own store transaction, sealing included (NaN likewise). */
  readonly workerStore: number;
};

/**
 * One import through the real Records page in a fresh context: choose the
 * files, wait for the success banner, and read the page's own marks. Returns
 * the parse-and-check time, the total time including the IndexedDB
 * transaction, and the worker's own read and store times.
 */
export async function importOnce(
  browser: Browser,
  files: readonly string[],
  port = PORT,
): Promise<ImportFigures> {
  const context = await browser.newContext();
  const page = await context.newPage();
  // A fresh profile: the workbook is protected first, as on any first use.
  await passProtection(page);
  await page.goto(`http://127.0.0.1:${port}/`);
  await page.getByRole('button', { name: 'Open the demo inspection' }).click();
  await page.getByRole('link', { name: 'Records', exact: true }).click();
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Choose files to import' }).click();
  await (await chooser).setFiles([...files]);
  await page.getByText(/files? imported/).waitFor({ timeout: 120_000 });
  const figures = await page.evaluate(() => ({
    parse: performance.getEntriesByName('workbook:import:parse').at(-1)?.duration ?? Number.NaN,
    total: performance.getEntriesByName('workbook:import:total').at(-1)?.duration ?? Number.NaN,
    workerRead:
      performance.getEntriesByName('workbook:import:worker-read').at(-1)?.duration ?? Number.NaN,
    workerStore:
      performance.getEntriesByName('workbook:import:worker-store').at(-1)?.duration ?? Number.NaN,
  }));
  await context.close();
  return figures;
}
