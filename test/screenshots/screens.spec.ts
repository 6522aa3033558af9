import { mkdirSync } from 'node:fs';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { fillDate } from '../e2e/date-input';
import { expect, test } from '../e2e/fixtures';

const out = path.resolve(process.env['SCREENSHOTS_DIR'] ?? 'screenshots');

/** The two widths every screen is pictured at: a laptop, and the WCAG 1.4.10 reflow width. */
const widths = [1280, 320] as const;

type Screen = { readonly file: string; readonly path: string; readonly heading: string | RegExp };

/** Every screen and page below one, in the order an inspector meets them. */
function demoScreens(evidencePath: string, flagPath: string): readonly Screen[] {
  return [
    { file: '02-overview', path: '', heading: /Northmoor/ },
    { file: '03-providers', path: '/providers', heading: 'Delegated providers' },
    { file: '04-records', path: '/records', heading: 'Records' },
    { file: '04b-records-problems', path: '/records/problems', heading: /problems/i },
    { file: '05-indicators', path: '/indicators', heading: 'Indicators' },
    { file: '06-evidence', path: '/evidence', heading: 'Evidence' },
    { file: '06b-evidence-item', path: evidencePath, heading: /^Evidence ev-/ },
    { file: '06c-child', path: '/children/NM-2044', heading: 'Child NM-2044' },
    { file: '07-judgements', path: '/judgements', heading: 'Judgements' },
    {
      file: '07b-judgement-area',
      path: '/judgements/children-in-care',
      heading: 'The experiences and progress of children in care',
    },
    { file: '08-conflicts', path: '/conflicts', heading: 'Conflicts of interest' },
    { file: '08b-conflict-flag', path: flagPath, heading: /Conflict of interest/ },
    { file: '09-report', path: '/report', heading: 'Report' },
    { file: '09b-report-summary', path: '/report/summary', heading: 'Headline summary' },
    {
      file: '09c-report-improvements',
      path: '/report/improvements',
      heading: /What needs to improve/,
    },
    { file: '09d-report-check', path: '/report/check', heading: 'Check the report' },
  ];
}

/** The screens of an inspection just created, nothing in it yet: their empty states. */
const newScreens: readonly Screen[] = [
  { file: '11-new-overview', path: '', heading: 'Eastvale Council' },
  { file: '12-new-providers', path: '/providers', heading: 'Delegated providers' },
  { file: '13-new-records', path: '/records', heading: 'Records' },
  { file: '13b-new-records-problems', path: '/records/problems', heading: /problems/i },
  { file: '14-new-indicators', path: '/indicators', heading: 'Indicators' },
  { file: '15-new-evidence', path: '/evidence', heading: 'Evidence' },
  { file: '16-new-judgements', path: '/judgements', heading: 'Judgements' },
  { file: '16b-new-judgement-area', path: '/judgements/leaders', heading: /leaders/i },
  { file: '17-new-conflicts', path: '/conflicts', heading: 'Conflicts of interest' },
  { file: '18-new-report', path: '/report', heading: 'Report' },
  { file: '18b-new-report-check', path: '/report/check', heading: 'Check the report' },
];

/** Waits for workers (indicators, conflicts) to finish: the app's progress messages end in an ellipsis. */
async function settled(page: Page): Promise<void> {
  await expect(page.getByText(/(Loading|…)\s*$/)).toHaveCount(0, { timeout: 60_000 });
}

/** Saves the page as it stands at each width, as `<file>-<width>.png`. */
async function shoot(page: Page, file: string): Promise<void> {
  for (const width of widths) {
    await page.setViewportSize({ width, height: 900 });
    await settled(page);
    await page.screenshot({ path: path.join(out, `${file}-${width}.png`), fullPage: true });
  }
  await page.setViewportSize({ width: widths[0], height: 900 });
}

async function shootAll(page: Page, base: string, screens: readonly Screen[]): Promise<void> {
  for (const screen of screens) {
    await page.goto(`${base}${screen.path}`);
    await expect(page.getByRole('heading', { level: 1, name: screen.heading })).toBeVisible();
    await shoot(page, screen.file);
  }
}

/** The address below `base` of the first link on the page whose address contains `part`. */
async function linkPath(page: Page, base: string, part: string): Promise<string> {
  const link = page.locator(`main a[href*="${part}"]`).first();
  await expect(link).toBeVisible({ timeout: 60_000 });
  const href = (await link.getAttribute('href')) ?? '';
  return new URL(href, page.url()).href.slice(base.length);
}

test.beforeAll(() => mkdirSync(out, { recursive: true }));

test('saves a PNG of every screen with the demo inspection loaded, at 1280 and 320 px', async ({
  page,
}) => {
  test.setTimeout(600_000);
  await page.setViewportSize({ width: widths[0], height: 900 });
  await page.goto('/');
  await page.getByRole('button', { name: 'Open the demo inspection' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Northmoor');
  const overview = page.url();
  await page.goto('/');
  await expect(page.getByRole('table')).toContainText('Northmoor');
  await shoot(page, '01-inspections');
  // The evidence item and flag pictured are the first the judgement area and conflicts link to.
  await page.goto(`${overview}/judgements/children-in-care`);
  const evidencePath = await linkPath(page, overview, '/evidence/');
  await page.goto(`${overview}/conflicts`);
  const flagPath = await linkPath(page, overview, '/conflicts/');
  await shootAll(page, overview, demoScreens(evidencePath, flagPath));
  await page.goto('/#/settings');
  await expect(page.getByRole('heading', { level: 1, name: 'Settings' })).toBeVisible();
  await shoot(page, '10-settings');
  console.log(`Screenshots saved in ${out}`);
});

test('saves a PNG of every screen of an inspection just created, at 1280 and 320 px', async ({
  page,
}) => {
  test.setTimeout(300_000);
  await page.setViewportSize({ width: widths[0], height: 900 });
  await page.goto('/');
  await page.getByLabel('Council', { exact: true }).fill('Eastvale Council');
  await page.getByLabel('DfE local authority code').fill('898');
  await fillDate(page, 'First day on site', '2026-11-02');
  await page.getByRole('button', { name: 'Create inspection' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Eastvale Council' })).toBeVisible();
  await shootAll(page, page.url(), newScreens);
});
