import { expect, type Page } from '@playwright/test';

/** True when the page scrolls sideways at the current width (WCAG 1.4.10 reflow). */
async function scrollsSideways(page: Page): Promise<boolean> {
  return page.evaluate(
    () => document.documentElement.scrollWidth > document.documentElement.clientWidth,
  );
}

/**
 * Checks the page reflows at 320 px without scrolling sideways, then returns
 * to 1280 px. With `SHOTS` set, saves full-page screenshots at both widths
 * to /tmp for a person to look at.
 */
export async function expectReflow(page: Page, name: string): Promise<void> {
  const shots = process.env['SHOTS'] !== undefined;
  if (shots) await page.screenshot({ path: `/tmp/h2-provenance-${name}-1280.png`, fullPage: true });
  await page.setViewportSize({ width: 320, height: 800 });
  expect(await scrollsSideways(page), `${name} scrolls sideways at 320 px`).toBe(false);
  if (shots) await page.screenshot({ path: `/tmp/h2-provenance-${name}-320.png`, fullPage: true });
  await page.setViewportSize({ width: 1280, height: 720 });
}
