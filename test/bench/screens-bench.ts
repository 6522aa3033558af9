import type { ChildProcess } from 'node:child_process';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Browser, Page } from '@playwright/test';
import { launch, PORT, startPreview, writeReturn } from './chromium-import';
import type { Benchmark } from './harness';
import { passProtection } from '../e2e/protection-steps';

/**
 * The screens that compute from the imported records, on an inspection
 * holding a 100,000-episode council return: each "first visit" is a fresh
 * page load (so a fresh data worker that has read nothing yet), then a click
 * on the screen's link, timed until its result shows. The data worker keeps
 * what it computes in the store (keyed by the imports and what it reads of
 * the log), so the first visit after an import, which finds it from the
 * indexes kept at import, is printed on its own: it is the warm-up run.
 */
let session: { server: ChildProcess; browser: Browser; page: Page; overview: string } | undefined;

async function prepared() {
  if (session !== undefined) return session;
  const server = await startPreview();
  const browser = await launch();
  const page = await browser.newPage();
  // Protected on first use and unlocked after each load, as a person would.
  await passProtection(page);
  page.setDefaultTimeout(180_000);
  await page.goto(`http://127.0.0.1:${PORT}/`);
  await page.getByRole('button', { name: 'Open the demo inspection' }).click();
  await page.locator('.govuk-task-list').waitFor();
  const overview = page.url();
  // The council's demo return is replaced by one of 100,000 episodes (same file names).
  await page.getByRole('link', { name: 'Records', exact: true }).first().click();
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Choose files to import' }).click();
  await (await chooser).setFiles(await writeReturn(100_000));
  await page.getByText(/files imported/).waitFor();
  session = { server, browser, page, overview };
  return session;
}

async function freshOverview(): Promise<Page> {
  const { page, overview } = await prepared();
  await page.goto(overview);
  await page.reload();
  await page.locator('.govuk-task-list').waitFor();
  return page;
}

/** Closes the browser and server the screen benchmarks share (each lists it as its `after`). */
async function closeSession(): Promise<void> {
  await session?.browser.close();
  session?.server.kill();
  session = undefined;
  firstVisits.clear();
}

const firstVisits = new Set<string>();

/** Prints the first visit after the import (it builds what later visits read). */
function noteFirst(screen: string, ms: number): number {
  if (!firstVisits.has(screen)) {
    firstVisits.add(screen);
    console.log(
      `  (${screen}: first visit after the import, nothing kept yet: ${ms.toFixed(0)} ms)`,
    );
  }
  return ms;
}

function navigation(page: Page) {
  return page.getByRole('navigation', { name: 'This inspection' });
}

/** The Conflicts screen's result: its summary line, or a refusal (which fails the run). */
async function conflictsShown(page: Page): Promise<void> {
  await page.getByRole('heading', { level: 1, name: /Conflicts of interest/ }).waitFor();
  const summary = page.getByText(/^Placements from .*: \d+ flags?, \d+ leads?\.$/);
  const refusal = page.locator('.govuk-error-summary, .govuk-warning-text');
  await summary.or(refusal).first().waitFor();
  if (!(await summary.isVisible())) {
    await page.screenshot({ path: path.join(tmpdir(), 'conflicts-bench.png'), fullPage: true });
    throw new Error(
      `the Conflicts screen showed no result: ${await page.locator('main').innerText()}`,
    );
  }
}

/** The demo's look-alike owner: its names-alike link is dismissed and undone in turn. */
const LOOK_ALIKE = "Northmoor Children's Services Ltd";

/**
 * Changes what the check reads of the log: dismisses the look-alike owner's
 * link, or undoes that dismissal (so every run finds the conflicts afresh).
 */
async function decideLookAlikeLink(): Promise<void> {
  const { page, overview } = await prepared();
  await page.goto(`${overview}/conflicts`);
  await conflictsShown(page);
  const dismiss = page.getByRole('button', { name: `Dismiss link between ${LOOK_ALIKE}` });
  const undo = page.getByRole('button', {
    name: new RegExp(`^Undo dismissal of the link between ${LOOK_ALIKE}`),
  });
  await dismiss.or(undo).first().waitFor();
  if (await dismiss.isVisible()) {
    await dismiss.click();
    await page
      .locator('.app-link-confirm')
      .getByText(/This will remove/)
      .waitFor();
    await page.getByRole('button', { name: 'Yes, dismiss link' }).click();
    await page.getByRole('alert').filter({ hasText: 'Link dismissed' }).waitFor();
  } else {
    await undo.click();
    await page.getByRole('alert').filter({ hasText: 'Link undone' }).waitFor();
  }
}

let reviews = 0;

/**
 * Changes the log as an inspector would between two visits: reviews the
 * first flag again with a new reason (the kept conflicts stand; the next
 * visit adds the reviews to them).
 */
async function reviewFirstFlag(): Promise<void> {
  const { page, overview } = await prepared();
  await page.goto(`${overview}/conflicts`);
  await conflictsShown(page);
  await page.locator('table:has(caption:text("Corporate group")) tbody tr a').first().click();
  await page.getByLabel('Confirmed, with mitigation in place').check();
  reviews += 1;
  await page.getByLabel('Reason').fill(`Contract clause ${reviews} manages it`);
  await page
    .getByRole('button', { name: /^(Mark flag \d+ reviewed|Change review of flag \d+)$/ })
    .click();
  await page
    .getByRole('alert')
    .filter({ hasText: /Flag \d+ reviewed|Review changed/ })
    .waitFor();
}

export const screensBenchmarks: Benchmark[] = [
  {
    name: 'Chromium: Indicators screen, first visit, 100,000 episodes',
    target: 'indicators-screen',
    warmups: 1,
    runs: 5,
    after: closeSession,
    run: async () => {
      const page = await freshOverview();
      const start = performance.now();
      await navigation(page).getByRole('link', { name: 'Indicators' }).click();
      await page.getByRole('table').first().waitFor();
      return noteFirst('Indicators', performance.now() - start);
    },
  },
  {
    name: 'Chromium: Conflicts screen, first visit, 100,000 episodes',
    target: 'conflicts-screen',
    warmups: 1,
    runs: 5,
    after: closeSession,
    run: async () => {
      const page = await freshOverview();
      const start = performance.now();
      await navigation(page).getByRole('link', { name: 'Conflicts' }).click();
      await conflictsShown(page);
      const ms = performance.now() - start;
      return noteFirst('Conflicts', ms);
    },
  },
  {
    name: 'Chromium: Conflicts screen, first visit after a log change, 100,000 episodes',
    target: 'conflicts-screen',
    warmups: 1,
    runs: 5,
    after: closeSession,
    run: async () => {
      await reviewFirstFlag();
      const page = await freshOverview();
      const start = performance.now();
      await navigation(page).getByRole('link', { name: 'Conflicts' }).click();
      await conflictsShown(page);
      return performance.now() - start;
    },
  },
  {
    name: 'Chromium: Conflicts screen, first visit after a link decision, 100,000 episodes',
    target: 'conflicts-screen',
    warmups: 1,
    runs: 5,
    after: closeSession,
    run: async () => {
      await decideLookAlikeLink();
      const page = await freshOverview();
      const start = performance.now();
      await navigation(page).getByRole('link', { name: 'Conflicts' }).click();
      await conflictsShown(page);
      return performance.now() - start;
    },
  },
  {
    name: 'Chromium: Report PDF, 100,000 episodes, first generation',
    warmups: 0,
    runs: 3,
    run: async () => {
      const page = await freshOverview();
      await navigation(page).getByRole('link', { name: 'Report' }).click();
      const start = performance.now();
      await page.getByRole('button', { name: 'Generate the draft PDF' }).click();
      await page.getByText(/Draft version \d+ saved/).waitFor();
      return performance.now() - start;
    },
    after: closeSession,
  },
];
