/**
 * The CIN census speed targets (the largest councils report about 50,000
 * children in need a year): a census read and checked — schema and the DfE
 * rules in force — in under 2 s in Node and under 4 s through the Records
 * page in Chromium, and its indicators in under 200 ms.
 * The census is generated once, outside the timing (test/support/cin-generate.ts).
 */
import { execFileSync, type ChildProcess } from 'node:child_process';
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Browser } from '@playwright/test';
import { readRecordFiles, type ParsedFile } from '../../shared/records/read-files';
import {
  indicatorIndexOf,
  indicatorsFromIndex,
  type ImportIndex,
} from '../../shared/records/indicators';
import { importIndexOf } from '../../shared/workbook';
import { generateCinXml } from '../support/cin-generate';
import { importOnce, launch, startPreview } from './chromium-import';
import { timeMs, type Benchmark } from './harness';

const CHILDREN = 50_000;

let bytes: Uint8Array | undefined;
let parsed: ParsedFile | undefined;
let index: ImportIndex | undefined;

function census(): Uint8Array {
  bytes ??= generateCinXml(CHILDREN);
  return bytes;
}

function read(): ParsedFile {
  const [file] = readRecordFiles([{ name: 'cin-census-2026.xml', bytes: census() }]);
  if (file?.kind !== 'cin-census') throw new Error('the generated census was not read as one');
  return file;
}

let chromium: { browser: Browser; server: ChildProcess; file: string } | undefined;
const totals: number[] = [];

/**
 * The built renderer served, Chromium launched and the census written to a
 * file, once. The bench runner builds the renderer only for lines named
 * `Chromium…`; this one is named as the issue names it, so it builds itself.
 */
async function chromiumSession(): Promise<{ browser: Browser; file: string }> {
  if (chromium === undefined) {
    execFileSync('npx', ['vite', 'build', '--logLevel', 'error'], { stdio: 'inherit' });
    const dir = await mkdtemp(path.join(tmpdir(), 'workbook-bench-cin-'));
    const file = path.join(dir, 'cin-census-2026.xml');
    await writeFile(file, census());
    chromium = { server: await startPreview(), browser: await launch(), file };
  }
  return chromium;
}

async function closeChromium(): Promise<void> {
  if (chromium === undefined) return;
  await chromium.browser.close();
  chromium.server.kill();
  chromium = undefined;
  const sorted = [...totals].sort((a, b) => a - b);
  if (sorted.length > 0) {
    console.log(
      `  (the CIN census with storing it too: median ${sorted[Math.floor(sorted.length / 2)]?.toFixed(0)} ms)`,
    );
  }
}

export const cinBenchmarks: readonly Benchmark[] = [
  {
    name: 'CIN census: read and check 50,000 children, Node',
    target: 'cin-read',
    run: () => {
      census();
      return timeMs(() => {
        parsed = read();
      });
    },
    runs: 3,
  },
  {
    // As the app computes them: the census indexed once at import, then the
    // indicators pooled from the index (council and provider) and counted.
    name: 'CIN census: indicators, 50,000 children',
    target: 'cin-indicators',
    run: () => {
      parsed ??= read();
      const file = parsed;
      index ??= importIndexOf(file);
      const imported = index;
      return timeMs(() =>
        indicatorsFromIndex(
          indicatorIndexOf([
            { kind: 'council', id: 'council', name: 'Council', imports: [imported] },
          ]),
        ),
      );
    },
  },
  {
    // Through the Records page: the file chosen, read and checked in the
    // import worker, its tables handed back to the page (the page's own
    // `workbook:import:parse` mark); storing it is printed beside.
    name: 'CIN census: read and check 50,000 children, Chromium',
    target: 'cin-read-chromium',
    warmups: 1,
    runs: 3,
    run: async () => {
      const session = await chromiumSession();
      const figures = await importOnce(session.browser, [session.file]);
      totals.push(figures.total);
      return figures.parse;
    },
    after: closeChromium,
  },
  {
    name: 'CIN census: index at import, 50,000 children',
    run: () => {
      parsed ??= read();
      const file = parsed;
      return timeMs(() => importIndexOf(file));
    },
  },
];
