import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { HEAP_LIMIT_MIB } from '../../electron/cli/heap';
import { BASIC_COMPANY_DATA_HEADER } from '../../shared/records/companies-house/columns';
import { generate903 } from '../support/ssda903-generate';
import { annexA } from './annex-a-bench';
import type { Benchmark } from './harness';

/**
 * Peak memory (resident set, RSS) of the built command importing the
 * largest legitimate inputs, run as `workbook` runs: the built file, with
 * its bounded heap (electron/cli/heap.ts). The figure is MiB, printed
 * beside the bound; memory is not timed.
 */

const repo = path.resolve(import.meta.dirname, '../..');
const built = path.join(repo, 'dist-cli', 'workbook.mjs');
let built0 = false;

// Preloaded into the child: writes its peak RSS (KiB on Linux and macOS) when it exits.
const REPORT_RSS =
  'data:text/javascript,import{writeFileSync}from"node:fs";' +
  'process.on("exit",()=>writeFileSync(process.env.RSS_FILE,String(process.resourceUsage().maxRSS)));';

/** Peak RSS in MiB of `workbook import <new workbook> <files>`; fails if the import fails. */
function peakImportMiB(files: Record<string, string | Uint8Array>): number {
  if (!built0) execFileSync('npm', ['run', '-s', 'build:cli'], { cwd: repo, stdio: 'inherit' });
  built0 = true;
  const dir = mkdtempSync(path.join(tmpdir(), 'workbook-memory-bench-'));
  try {
    const workbook = path.join(dir, 'w.inspection');
    const rss = path.join(dir, 'rss.txt');
    const cli = (args: string[]) =>
      spawnSync(
        process.execPath,
        [`--max-old-space-size=${HEAP_LIMIT_MIB}`, '--import', REPORT_RSS, built, ...args],
        { env: { ...process.env, RSS_FILE: rss, WORKBOOK_HEAP_BOUNDED: '1' }, encoding: 'utf8' },
      );
    cli([
      'new',
      workbook,
      '--council',
      'Northmoor',
      '--la-code',
      '899',
      '--kind',
      'ilacs-standard',
    ]);
    const paths = Object.entries(files).map(([name, bytes]) => {
      writeFileSync(path.join(dir, name), bytes);
      return path.join(dir, name);
    });
    const run = cli(['import', workbook, ...paths]);
    if (run.status !== 0) throw new Error(`import failed: ${run.stderr.split('\n')[0] ?? ''}`);
    return Number(readFileSync(rss, 'utf8')) / 1024;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** A Companies House BasicCompanyData part of `rows` companies, every column in the published shape. */
function companiesHousePart(rows: number): string {
  const lines = [BASIC_COMPANY_DATA_HEADER.map((name) => `"${name}"`).join(',')];
  const filler = BASIC_COMPANY_DATA_HEADER.slice(2).map(() => '');
  for (let i = 0; i < rows; i += 1) {
    const cells = [`EXAMPLE ${i} LIMITED`, String(10_000_000 + i).padStart(8, '0'), ...filler];
    cells[4] = `${i % 300} High Street`;
    cells[6] = 'NORTHMOOR';
    cells[9] = 'NM1 1AA';
    cells[10] = 'Private Limited Company';
    cells[11] = 'Active';
    cells[12] = 'United Kingdom';
    cells[14] = '01/04/2015';
    cells[26] = '87900 - Other residential care activities';
    lines.push(cells.map((cell) => `"${cell}"`).join(','));
  }
  return `${lines.join('\r\n')}\r\n`;
}

/** Peak memory of the command on the largest legitimate inputs. */
export const memoryBenchmarks: Benchmark[] = [
  {
    name: 'CLI memory: import 100,000 SSDA903 episodes (peak RSS)',
    unit: 'MiB',
    warmups: 0,
    runs: 1,
    run: async () => {
      const generated = generate903(100_000);
      return peakImportMiB({ 'header.csv': generated.header, 'episodes.csv': generated.episodes });
    },
  },
  {
    name: 'CLI memory: import a 100,000-row Annex A (peak RSS)',
    unit: 'MiB',
    warmups: 0,
    runs: 1,
    run: async () => peakImportMiB({ 'annex-a.xlsx': await annexA(100_000) }),
  },
  {
    name: 'CLI memory: import a full Companies House snapshot part, 850,000 companies (peak RSS)',
    unit: 'MiB',
    warmups: 0,
    runs: 1,
    run: async () => peakImportMiB({ 'BasicCompanyData-part1.csv': companiesHousePart(850_000) }),
  },
];
