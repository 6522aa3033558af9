import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { execFileSync } from 'node:child_process';
import { generate903 } from './test/support/ssda903-generate';
import { importOnce, launch, startPreview } from './test/bench/chromium-import';
import { passProtection } from './test/e2e/protection-steps';
if (process.argv[2] !== 'nobuild') execFileSync('npx', ['vite', 'build', '--logLevel', 'error'], { stdio: 'inherit' });
const dir = await mkdtemp(path.join(tmpdir(), 'probe903-'));
const files = await Promise.all(generate903(100_000).files.map(async (f) => { const n = path.join(dir, f.name); await writeFile(n, f.bytes); return n; }));
const server = await startPreview();
const browser = await launch();
try {
  for (let i = 0; i < Number(process.env.RUNS ?? 3); i++) {
    const context = await browser.newContext();
    const page = await context.newPage();
    page.on('console', (m) => { if (m.text().startsWith('[store903]')) console.log(m.text()); });
    page.on('worker', (w) => w.on('console' as never, (m: { text(): string }) => { if (m.text().startsWith('[store903]')) console.log('w', m.text()); }));
    await passProtection(page);
    await page.goto(`http://127.0.0.1:${process.env.BENCH_PORT}/`);
    await page.getByRole('button', { name: 'Open the demo inspection' }).click();
    await page.getByRole('link', { name: 'Records', exact: true }).click();
    const chooser = page.waitForEvent('filechooser');
    await page.getByRole('button', { name: 'Choose files to import' }).click();
    await (await chooser).setFiles([...files]);
    await page.getByText(/files? imported/).waitFor({ timeout: 120_000 });
    const figures = await page.evaluate(() => Object.fromEntries(['parse','total','worker-read','worker-store'].map((n) => [n, Math.round(performance.getEntriesByName('workbook:import:' + n).at(-1)?.duration ?? NaN)])));
    console.log(JSON.stringify(figures));
    await context.close();
  }
} finally { await browser.close(); server.kill(); }
