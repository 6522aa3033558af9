import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { ChildProcess } from 'node:child_process';
import type { Browser, Page } from '@playwright/test';
import { createClock, createRecorder, writeBundle, type Operation } from '../../shared/bundle';
import { buildDemo } from '../../shared/demo';
import { launch, PORT, startPreview } from './chromium-import';
import type { Benchmark } from './harness';
import { passProtection } from '../e2e/protection-steps';

let session: { server: ChildProcess; browser: Browser; page: Page } | undefined;
let saved = 0;
let ids = 0;
const newIdForBench = (prefix: string) => `${prefix}-${(ids++).toString(16).padStart(8, '0')}`;

/** A demo inspection with `count` more evidence items, as a bundle file. */
const now = () => new Date().toISOString();

async function bigBundle(count: number): Promise<string> {
  const demo = buildDemo('ilacs-2026', { newId: newIdForBench, now });
  const recorder = createRecorder(createClock('Bench'), demo);
  const extra: Operation[] = [];
  for (let i = 0; i < count; i += 1) {
    extra.push(
      ...recorder.create('evidence', `ev-bench${i.toString(16).padStart(5, '0')}`, {
        source: 'council',
        kind: 'case-sampling',
        areas: ['care-leavers'],
        checklistItems: [],
        finding: i % 3 === 0 ? 'improvement' : 'strength',
        text: `Case ${i}: the pathway plan was reviewed after the move and the young person was seen alone.`,
        relatesTo: '2026-10-05',
        recordedAt: now(),
        author: 'Bench',
        childIds: [`NM-${i}`],
        attachments: [],
      }),
    );
  }
  const operations = [...demo, ...extra];
  const inspection = operations.find((op) => op.entity === 'inspection')?.entityId ?? '';
  const file = path.join(await mkdtemp(path.join(tmpdir(), 'workbook-save-')), 'big.inspection');
  await writeFile(file, writeBundle({ inspectionId: inspection, exportedBy: 'Bench', operations }));
  return file;
}

async function prepared() {
  if (session !== undefined) return session;
  const server = await startPreview();
  const browser = await launch();
  const page = await browser.newPage();
  // Protected on first use and unlocked after each load, as a person would.
  await passProtection(page);
  await page.goto(`http://127.0.0.1:${PORT}/`);
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Open a bundle' }).click();
  await (await chooser).setFiles(await bigBundle(10_000));
  await page.locator('.govuk-task-list').waitFor({ timeout: 120_000 });
  await page
    .getByRole('navigation', { name: 'This inspection' })
    .getByRole('link', { name: 'Evidence' })
    .click();
  await page.getByLabel('What the evidence shows').waitFor({ timeout: 60_000 });
  session = { server, browser, page };
  return session;
}

/** Time from Ctrl+Enter to the new item in the list, with 10,000 evidence items already recorded. */
export const saveBenchmarks: Benchmark[] = [
  {
    name: 'Chromium: save one evidence item into a workbook holding 10,000 (120,000 operations)',
    warmups: 1,
    runs: 5,
    run: async () => {
      const { page } = await prepared();
      saved += 1;
      const groups = page.getByRole('group', { name: 'Judgement areas' }).getByRole('checkbox');
      if (!(await groups.first().isChecked())) await groups.first().check();
      const strength = page.getByLabel('Strength');
      await strength.check();
      const text = page.getByLabel('What the evidence shows');
      await text.fill(`Bench note ${saved}: supervision is regular and reflective.`);
      const start = performance.now();
      const pageStart = await page.evaluate(() => performance.now());
      await text.press('Control+Enter');
      // Saved and shown: the new item is in the list (the list re-reads the workbook).
      await page
        .getByRole('list', { name: 'Evidence' })
        .getByText(`Bench note ${saved}:`)
        .waitFor({ timeout: 60_000 });
      const elapsed = performance.now() - start;
      // No named functions inside evaluate: tsx would wrap them in a helper the page lacks.
      const marks = await page.evaluate(
        (t0) =>
          ['load', 'run', 'store'].map((step) => {
            const entry = performance.getEntriesByName(`workbook:command:${step}`).at(-1);
            return { step, start: (entry?.startTime ?? Number.NaN) - t0, ms: entry?.duration ?? 0 };
          }),
        pageStart,
      );
      const store = marks[2];
      const listed = performance.now() - start - (store === undefined ? 0 : store.start + store.ms);
      console.log(
        `  (save: ${(marks[0]?.start ?? 0).toFixed(0)} ms before the command, ${marks.map((m) => `${m.step} ${m.ms.toFixed(0)} ms`).join(', ')}, then ${listed.toFixed(0)} ms until listed)`,
      );

      return elapsed;
    },
    after: async () => {
      await session?.browser.close();
      session?.server.kill();
      session = undefined;
    },
  },
];
