import type { ChildProcess } from 'node:child_process';
import type { Browser, BrowserContext, Page } from '@playwright/test';
import { importOnce, launch, PORT, startPreview, writeReturn } from './chromium-import';
import { median, type Benchmark } from './harness';
import { buildPlainRenderer, PLAIN_OUT_DIR } from './plain-store-build';
import { passProtection, unlockAsAPerson } from '../e2e/protection-steps';

/*
 * What encryption at rest costs: the same app built twice, one keeping its
 * records encrypted (the app as shipped) and one with the protection
 * middleware swapped for a pass-through (plain-store.ts), served side by
 * side and measured in the same run, alternately, so the machine's load
 * falls on both alike. Each figure is encrypted ÷ plain.
 */

const PLAIN_PORT = PORT + 1;
type Variant = { readonly port: number; context?: BrowserContext; overview?: string };

let session:
  | {
      readonly browser: Browser;
      readonly servers: ChildProcess[];
      readonly files: string[];
      readonly encrypted: Variant;
      readonly plain: Variant;
    }
  | undefined;

async function sessionOf() {
  if (session !== undefined) return session;
  await buildPlainRenderer();
  const servers = [await startPreview(PORT), await startPreview(PLAIN_PORT, PLAIN_OUT_DIR)];
  session = {
    browser: await launch(),
    servers,
    files: await writeReturn(100_000),
    encrypted: { port: PORT },
    plain: { port: PLAIN_PORT },
  };
  return session;
}

async function close(): Promise<void> {
  if (session === undefined) return;
  await session.browser.close();
  for (const server of session.servers) server.kill();
  session = undefined;
}

let turn = 0;
/** Both variants' figures, in alternating order from run to run. */
async function both(measure: (variant: 'encrypted' | 'plain') => Promise<number>) {
  turn += 1;
  const order =
    turn % 2 === 0 ? (['encrypted', 'plain'] as const) : (['plain', 'encrypted'] as const);
  const figures = { encrypted: Number.NaN, plain: Number.NaN };
  for (const variant of order) figures[variant] = await measure(variant);
  console.log(
    `  encrypted ${figures.encrypted.toFixed(0)} ms, plain ${figures.plain.toFixed(0)} ms: ${(figures.encrypted / figures.plain).toFixed(3)}×`,
  );
  return figures.encrypted / figures.plain;
}

/** A profile per variant holding the demo and a 100,000-episode return, made once. */
async function prepared(variant: Variant, browser: Browser, files: readonly string[]) {
  if (variant.context !== undefined && variant.overview !== undefined) {
    return { context: variant.context, overview: variant.overview };
  }
  const context = await browser.newContext();
  const page = await context.newPage();
  await passProtection(page);
  await page.goto(`http://127.0.0.1:${variant.port}/`);
  await page.getByRole('button', { name: 'Open the demo inspection' }).click();
  await page.locator('.govuk-task-list').waitFor({ timeout: 120_000 });
  const overview = page.url();
  await page.getByRole('link', { name: 'Records', exact: true }).click();
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Choose files to import' }).click();
  await (await chooser).setFiles([...files]);
  await page.getByText(/files imported/).waitFor({ timeout: 180_000 });
  await page.close();
  variant.context = context;
  variant.overview = overview;
  return { context, overview };
}

/**
 * A fresh page on the overview, unlocked by hand. What a person waits for,
 * on the page's own clock: from navigation to the Unlock page, then from
 * the unlock to the task list. Their typing and the key's derivation
 * (Argon2id, the same in both builds, timed by the unlock benchmark) are left out.
 */
async function openOverview(
  context: BrowserContext,
  overview: string,
): Promise<{ page: Page; ms: number; afterUnlock: number }> {
  const page = await context.newPage();
  await page.goto(overview);
  await unlockAsAPerson(page);
  await page
    .locator('.govuk-task-list')
    .getByText(/\d[\d,]* rows/)
    .waitFor({ timeout: 60_000 });
  const { ms, afterUnlock } = await page.evaluate(() => {
    const shown = performance.getEntriesByName('workbook:unlock-page')[0];
    const unlocked = performance.getEntriesByName('workbook:unlocked').at(-1);
    const after = unlocked === undefined ? Number.NaN : performance.now() - unlocked.startTime;
    return { ms: (shown?.startTime ?? Number.NaN) + after, afterUnlock: after };
  });
  return { page, ms, afterUnlock };
}

/** Pairs of opens measured: each is about half a second on a machine shared by others, so many. */
const OPEN_PAIRS = 15;

type Opened = { readonly ms: number; readonly afterUnlock: number };

async function openOnce(
  current: Awaited<ReturnType<typeof sessionOf>>,
  variant: 'encrypted' | 'plain',
): Promise<Opened> {
  const { context, overview } = await prepared(current[variant], current.browser, current.files);
  const { page, ms, afterUnlock } = await openOverview(context, overview);
  await page.close();
  return { ms, afterUnlock };
}

/**
 * Both variants' medians and their ratio, printed: the whole open (load to
 * Unlock page, then unlock to task list) and the part after the unlock
 * alone, which is where the two builds differ (before it, both run the same
 * code over the same plain keyring). A ratio of medians, not a median of
 * per-pair ratios: on a loaded machine one slow page makes a pair's ratio
 * wild, where it barely moves a median.
 */
function reportOpens(figures: Record<'encrypted' | 'plain', Opened[]>): number {
  const of = (variant: 'encrypted' | 'plain', part: keyof Opened) =>
    median(figures[variant].map((opened) => opened[part]));
  const whole = of('encrypted', 'ms') / of('plain', 'ms');
  const after = of('encrypted', 'afterUnlock') / of('plain', 'afterUnlock');
  console.log(
    `  open to the overview, median of ${OPEN_PAIRS}: encrypted ${of('encrypted', 'ms').toFixed(0)} ms, plain ${of('plain', 'ms').toFixed(0)} ms: ${whole.toFixed(3)}×`,
  );
  console.log(
    `  of it after the unlock: encrypted ${of('encrypted', 'afterUnlock').toFixed(0)} ms, plain ${of('plain', 'afterUnlock').toFixed(0)} ms: ${after.toFixed(3)}×`,
  );
  return whole;
}

export const protectionBenchmarks: Benchmark[] = [
  {
    name: 'Chromium: import 100,000 episodes, encrypted vs plain',
    target: 'encryption-import',
    warmups: 0,
    runs: 3,
    run: async () => {
      const { browser, files } = await sessionOf();
      return both(
        async (variant) =>
          (await importOnce(browser, files, variant === 'encrypted' ? PORT : PLAIN_PORT)).total,
      );
    },
    after: close,
  },
  {
    name: 'Chromium: open a 100,000-row workbook to its overview, encrypted vs plain',
    target: 'encryption-open',
    // One run of many pairs (below): the figure is the ratio of the two medians.
    warmups: 0,
    runs: 1,
    run: async () => {
      const current = await sessionOf();
      const figures = { encrypted: [] as Opened[], plain: [] as Opened[] };
      // A first pair unmeasured (each profile's first open also keeps its log whole, log-snapshot.ts).
      for (let pair = 0; pair <= OPEN_PAIRS; pair += 1) {
        const order =
          pair % 2 === 0 ? (['encrypted', 'plain'] as const) : (['plain', 'encrypted'] as const);
        for (const variant of order) {
          const opened = await openOnce(current, variant);
          if (pair > 0) figures[variant].push(opened);
        }
      }
      return reportOpens(figures);
    },
    after: close,
  },
  {
    name: 'Chromium: unlock (Argon2id at OWASP’s cost, then the drafts read back)',
    target: 'unlock',
    warmups: 1,
    runs: 5,
    run: async () => {
      const current = await sessionOf();
      const { context, overview } = await prepared(
        current.encrypted,
        current.browser,
        current.files,
      );
      const { page } = await openOverview(context, overview);
      const ms = await page.evaluate(
        () => performance.getEntriesByName('workbook:unlock').at(-1)?.duration ?? Number.NaN,
      );
      await page.close();
      return ms;
    },
    after: close,
  },
];
