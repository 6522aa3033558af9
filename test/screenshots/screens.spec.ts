import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { expect, test } from '../e2e/fixtures';

const out = path.resolve(process.env['SCREENSHOTS_DIR'] ?? 'screenshots');

/** Every screen, in the order an inspector meets them, with the demo inspection loaded. */
const screens = [
  { file: '02-overview', path: '', heading: /Northmoor/ },
  { file: '03-providers', path: '/providers', heading: 'Delegated providers' },
  { file: '04-records', path: '/records', heading: 'Records' },
  { file: '05-indicators', path: '/indicators', heading: 'Indicators' },
  { file: '06-evidence', path: '/evidence', heading: 'Evidence' },
  { file: '07-judgements', path: '/judgements', heading: 'Judgements' },
  { file: '08-conflicts', path: '/conflicts', heading: 'Conflicts of interest' },
  { file: '09-report', path: '/report', heading: 'Report' },
] as const;

test('saves a PNG of every screen with the demo inspection loaded', async ({ page }) => {
  mkdirSync(out, { recursive: true });
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.goto('/');
  await page.getByRole('button', { name: 'Open the demo inspection' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Northmoor');
  const overview = page.url();
  await page.goto('/');
  await expect(page.getByRole('table')).toContainText('Northmoor');
  await page.screenshot({ path: path.join(out, '01-inspections.png'), fullPage: true });
  for (const screen of screens) {
    await page.goto(`${overview}${screen.path}`);
    await expect(page.getByRole('heading', { level: 1, name: screen.heading })).toBeVisible();
    // Let workers finish (indicators, conflicts) before the picture is taken: the app's
    // progress messages all end in an ellipsis.
    await expect(page.getByText(/(Loading|…)\s*$/)).toHaveCount(0, { timeout: 60_000 });
    await page.screenshot({ path: path.join(out, `${screen.file}.png`), fullPage: true });
  }
  await page.goto('/#/settings');
  await page.screenshot({ path: path.join(out, '10-settings.png'), fullPage: true });
  console.log(`Screenshots saved in ${out}`);
});
