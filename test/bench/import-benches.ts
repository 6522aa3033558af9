import type { ChildProcess } from 'node:child_process';
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Browser } from '@playwright/test';
import { readRecordFiles } from '../../shared/records/read-files';
import { read903 } from '../../shared/records/ssda903/detect';
import { generate903, type GeneratedReturn } from '../support/ssda903-generate';
import {
  importOnce,
  launch,
  startPreview,
  writeReturn,
  type ImportFigures,
} from './chromium-import';
import { timeMs, type Benchmark } from './harness';

const encoder = new TextEncoder();
let chromium: { browser: Browser; server: ChildProcess; files: string[] } | undefined;
const parseFigures: number[] = [];
const wholeFigures: ImportFigures[] = [];
let wholeReturn: GeneratedReturn | undefined;
let wholeFiles: string[] | undefined;

/** A 100,000-episode 2025/26 return with every table, generated once for the SSDA903 lines. */
function whole(): GeneratedReturn {
  wholeReturn ??= generate903(100_000);
  return wholeReturn;
}

/** The whole return's files written to a temporary folder, for the Records page to import. */
async function wholeOnDisk(): Promise<string[]> {
  if (wholeFiles === undefined) {
    const dir = await mkdtemp(path.join(tmpdir(), 'workbook-bench-903-'));
    wholeFiles = await Promise.all(
      whole().files.map(async (file) => {
        const name = path.join(dir, file.name);
        await writeFile(name, file.bytes);
        return name;
      }),
    );
  }
  return wholeFiles;
}

async function chromiumSession() {
  chromium ??= {
    server: await startPreview(),
    browser: await launch(),
    files: await writeReturn(100_000),
  };
  return chromium;
}

/** Closes the browser and the preview server after the Chromium benchmarks. */
export async function closeChromium(): Promise<void> {
  if (chromium === undefined) return;
  await chromium.browser.close();
  chromium.server.kill();
  chromium = undefined;
  printParse('Chromium import', parseFigures);
  printParse(
    'SSDA903 all rules, Chromium',
    wholeFigures.map((figures) => figures.parse),
  );
  printSplit(wholeFigures);
  parseFigures.length = 0;
  wholeFigures.length = 0;
}

/** Prints the median of the worker's parse-and-check figures of one benchmark. */
function printParse(name: string, figures: readonly number[]): void {
  if (figures.length === 0) return;
  const sorted = [...figures].sort((a, b) => a - b);
  console.log(
    `  (${name}: of which parse + check in the worker: median ${sorted[Math.floor(sorted.length / 2)]?.toFixed(0)} ms)`,
  );
}

const middle = (values: readonly number[]) =>
  [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? Number.NaN;

/**
 * The medians of one import's parts: the worker reading and checking, the
 * worker storing, and the rest (the worker's start, the files' trip to it,
 * the page's own reads of the store before and the answer's trip back).
 */
function printSplit(figures: readonly ImportFigures[]): void {
  if (figures.length === 0 || figures.some((f) => Number.isNaN(f.workerRead))) return;
  const read = middle(figures.map((f) => f.workerRead));
  const store = middle(figures.map((f) => f.workerStore));
  const rest = middle(figures.map((f) => f.total - f.workerRead - f.workerStore));
  console.log(
    `  (SSDA903 all rules, Chromium: worker read + check ${read.toFixed(0)} ms, worker store ${store.toFixed(0)} ms, start + transfer + page ${rest.toFixed(0)} ms; each run total/read/store: ${figures.map((f) => [f.total, f.workerRead, f.workerStore].map((n) => n.toFixed(0)).join('/')).join(', ')})`,
  );
}

/** import benchmarks (the README’s How fast table targets). */
export const importBenchmarks: Benchmark[] = [
  {
    name: 'Node: read + check 100,000 SSDA903 episode rows (with their header table)',
    runs: 3,
    run: async () => {
      const generated = generate903(100_000);
      const files = [
        { name: 'header.csv', bytes: encoder.encode(generated.header) },
        { name: 'episodes.csv', bytes: encoder.encode(generated.episodes) },
      ];
      return timeMs(() => readRecordFiles(files));
    },
  },
  {
    // Every table of the return read, cell-checked and checked against each
    // other with every DfE rule in force for 2025/26: the whole import check.
    name: 'SSDA903: all rules, 100,000 episodes, Node',
    target: 'ssda903-rules',
    runs: 3,
    run: async () => {
      const { files } = whole();
      return timeMs(() => readRecordFiles(files));
    },
  },
  {
    // The same files read with their single-field (cell) checks only, to
    // show what the cross-table and DfE rules add.
    name: 'SSDA903: cell checks alone, 100,000 episodes, Node',
    runs: 3,
    run: async () => {
      const { files } = whole();
      return timeMs(() => files.map((file) => read903(file.name, file.bytes)));
    },
  },
  {
    name: 'Chromium: import + check + store 100,000 episode rows through the Records page',
    target: 'import-903',
    warmups: 1,
    runs: 3,
    run: async () => {
      const session = await chromiumSession();
      const figures = await importOnce(session.browser, session.files);
      parseFigures.push(figures.parse);
      return figures.total;
    },
    after: closeChromium,
  },
  {
    // The whole return (every table) imported through the Records page: read,
    // cell-checked, checked against each other with every DfE rule in force
    // for 2025/26, and stored. The worker's parse-and-check time is printed
    // with the Chromium figures.
    name: 'SSDA903: all rules, 100,000 episodes, Chromium',
    target: 'ssda903-rules-chromium',
    warmups: 1,
    runs: 3,
    run: async () => {
      const session = await chromiumSession();
      const figures = await importOnce(session.browser, await wholeOnDisk());
      wholeFigures.push(figures);
      return figures.total;
    },
    after: closeChromium,
  },
];
