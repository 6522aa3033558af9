import { execFileSync } from 'node:child_process';
import { benchmarks } from './suite';
import { median, type Benchmark } from './harness';
import { speedTargets } from './targets';

/**
 * `npm run bench`: runs every registered benchmark and prints its median
 * figure beside the the README’s How fast table target. Figures are printed, never asserted:
 * timing belongs in benchmarks, not in tests.
 */
// `npm run bench -- NAME…`: those whose name contains any NAME given.
const names = process.argv.slice(2);
const chosen = benchmarks.filter(
  (bench) => names.length === 0 || names.some((name) => bench.name.includes(name)),
);
// The Chromium benchmarks drive the built renderer; the others need no build.
if (chosen.some((bench) => bench.name.includes('Chromium')))
  execFileSync('npx', ['vite', 'build', '--logLevel', 'error'], { stdio: 'inherit' });
const rows: string[][] = [];
// A clean-up runs once the last chosen benchmark that lists it has run
// (benchmarks may share a browser session; sessions on the same port must not
// overlap), and, even when one fails, at the end, so no server or browser is left behind.
const cleanUps = new Set(
  chosen.flatMap((bench) => (bench.after === undefined ? [] : [bench.after])),
);
try {
  for (const [at, bench] of chosen.entries()) {
    await measure(bench);
    const after = bench.after;
    if (after !== undefined && !chosen.slice(at + 1).some((later) => later.after === after)) {
      cleanUps.delete(after);
      await after();
    }
  }
} finally {
  for (const cleanUp of cleanUps) await cleanUp();
}

async function measure(bench: Benchmark): Promise<void> {
  const figures: number[] = [];
  try {
    for (let i = 0; i < (bench.warmups ?? 1); i += 1) await bench.run();
    for (let i = 0; i < (bench.runs ?? 5); i += 1) figures.push(await bench.run());
  } catch (error: unknown) {
    const message = error instanceof Error ? error.message.split('\n')[0] : String(error);
    rows.push([bench.name, 'failed', '—', `FAILED: ${message}`]);
    console.log(`${bench.name}: FAILED: ${message}`);
    return;
  }
  const figure = median(figures);
  const target = speedTargets.find((t) => t.id === bench.target);
  const isRatio = ['report', 'annex-a', 'encryption-import', 'encryption-open'].some(
    (id) => bench.target === id,
  );
  const unit = isRatio ? '×' : bench.unit === undefined ? ' ms' : ` ${bench.unit}`;
  const verdict =
    target === undefined ? '' : figure <= target.targetMs ? 'meets target' : 'MISSES target';
  rows.push([
    bench.name,
    `${figure.toFixed(isRatio ? 2 : 1)}${unit}`,
    target === undefined ? '—' : `${target.targetMs}${unit}`,
    verdict,
  ]);
  console.log(`${bench.name}: ${rows.at(-1)?.slice(1).join('  ')}`);
}

console.log('\n| benchmark | median | target | verdict |\n|---|---|---|---|');
for (const row of rows) console.log(`| ${row.join(' | ')} |`);
const measured = new Set(benchmarks.map((b) => b.target));
for (const target of speedTargets) {
  if (!measured.has(target.id))
    console.log(`| ${target.work} | not measured yet | ${target.targetMs} | — |`);
}
