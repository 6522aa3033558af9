import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';

/**
 * The open inspection's screens, as its service navigation names them; the
 * overview last, since the demo opens on it.
 */
const screens = [
  'Providers',
  'Records',
  'Indicators',
  'Evidence',
  'Judgements',
  'Conflicts',
  'Report',
  'Overview',
] as const;

async function openDemo(page: Page): Promise<void> {
  await page.goto('/');
  await page.getByRole('button', { name: 'Open the demo inspection' }).click();
  await expect(
    page.getByRole('heading', { level: 1, name: 'Northmoor Borough Council' }),
  ).toBeVisible();
}

function navigation(page: Page) {
  return page.getByRole('navigation', { name: 'This inspection' });
}

/** Whether the page itself scrolls sideways (WCAG 1.4.10 Reflow). */
async function pageOverflow(page: Page): Promise<number> {
  return page.evaluate(
    () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
  );
}

test.describe('The shell, for keyboard, screen reader and small-screen users', () => {
  test('the skip link keeps the page: the address and heading stay, focus goes to the content', async ({
    page,
  }) => {
    await openDemo(page);
    for (const screen of ['Records', 'Judgements', 'Report'] as const) {
      await navigation(page).getByRole('link', { name: screen, exact: true }).click();
      const h1 = page.getByRole('heading', { level: 1 });
      await expect(h1).toBeFocused();
      const heading = await h1.innerText();
      const url = page.url();
      // The screen loaded again: the protected store unlocks (the e2e fixture types the
      // passphrase) and focus lands on the screen's heading, so the skip link is reached
      // by moving focus to it (its place as the first Tab stop is checked in shell.spec.ts).
      await page.reload();
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(heading);
      const skip = page.getByRole('link', { name: 'Skip to main content' });
      await skip.focus();
      await expect(skip).toBeFocused();
      await page.keyboard.press('Enter');
      await expect(page.locator('main#main-content')).toBeFocused();
      expect(page.url()).toBe(url);
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(heading);
      await expect(page.getByRole('heading', { name: 'Page not found' })).toHaveCount(0);
    }
  });

  test('each screen has its own title, naming the council, and focus moves to its heading', async ({
    page,
  }) => {
    await openDemo(page);
    const titles = new Set<string>();
    for (const screen of screens) {
      await navigation(page).getByRole('link', { name: screen, exact: true }).click();
      await expect(page.getByRole('heading', { level: 1 })).toBeFocused();
      await expect(page).toHaveTitle(/ – Northmoor Borough Council – Inspection Workbook$/);
      titles.add(await page.title());
    }
    expect(titles.size).toBe(screens.length);
    await page.getByRole('contentinfo').getByRole('link', { name: 'Settings' }).click();
    await expect(page).toHaveTitle('Settings – Inspection Workbook');
  });

  test('a form with errors says so in the title', async ({ page }) => {
    await page.goto('/');
    await expect(page).toHaveTitle('Your inspections – Inspection Workbook');
    await page.getByRole('button', { name: 'Create inspection' }).click();
    await expect(page.locator('.govuk-error-summary')).toBeFocused();
    await expect(page).toHaveTitle('Error: Your inspections – Inspection Workbook');
    await page.getByLabel('Council', { exact: true }).fill('Eastvale');
    await page.getByLabel('DfE local authority code').fill('898');
    const first = page.getByRole('group', { name: 'First day on site' });
    await first.getByLabel('Day').fill('31');
    await first.getByLabel('Month').fill('2');
    await first.getByLabel('Year').fill('2027');
    await page.getByRole('button', { name: 'Create inspection' }).click();
    await expect(page.locator('.govuk-error-summary')).toContainText(
      'The first day on site must be a real date',
    );
  });

  test('on a narrow window the navigation folds behind its menu, and no screen scrolls sideways', async ({
    page,
    expectAccessible,
  }) => {
    await openDemo(page);
    await page.setViewportSize({ width: 320, height: 640 });
    const menu = navigation(page).getByRole('button', { name: 'Menu' });
    await expect(menu).toHaveAttribute('aria-expanded', 'false');
    await expect(navigation(page).getByRole('link', { name: 'Records' })).toBeHidden();
    await expectAccessible(page);
    const overflowing: string[] = [];
    for (const screen of screens) {
      await menu.click();
      await expect(menu).toHaveAttribute('aria-expanded', 'true');
      await navigation(page).getByRole('link', { name: screen, exact: true }).click();
      await expect(page.getByRole('heading', { level: 1 })).toBeFocused();
      // Choosing a screen closes the menu again.
      await expect(menu).toHaveAttribute('aria-expanded', 'false');
      // Screens that compute in a worker settle first.
      await expect(page.getByText(/^(Loading|Computing|Checking)…/)).toHaveCount(0, {
        timeout: 30_000,
      });
      const overflow = await pageOverflow(page);
      if (overflow > 0) overflowing.push(`${screen}: ${overflow}px`);
    }
    // The screens outside an inspection: its list (with the demo listed) and Settings.
    for (const [screen, heading] of [
      ['Inspections', 'Inspections'],
      ['Settings', 'Settings'],
    ] as const) {
      await page.goto(screen === 'Inspections' ? '/' : '/#/settings');
      await expect(page.getByRole('heading', { level: 1, name: heading })).toBeVisible();
      await expect(page.getByText('Loading…')).toHaveCount(0);
      const overflow = await pageOverflow(page);
      if (overflow > 0) overflowing.push(`${screen}: ${overflow}px`);
      await expectAccessible(page);
    }
    expect(overflowing, 'screens whose page scrolls sideways at 320 px').toEqual([]);
  });

  test('no page below a screen scrolls sideways at 320 px, and each has its own title', async ({
    page,
    expectAccessible,
  }) => {
    test.setTimeout(240_000);
    await openDemo(page);
    const overview = page.url();
    // The evidence item and flag are the first ones the judgement area and conflicts link to.
    const firstLink = async (path: string, part: string): Promise<string> => {
      await page.goto(`${overview}${path}`);
      const link = page.locator(`main a[href*="${part}"]`).first();
      await expect(link).toBeVisible({ timeout: 60_000 });
      return new URL((await link.getAttribute('href')) ?? '', page.url()).href;
    };
    const evidenceItem = await firstLink('/judgements/children-in-care', '/evidence/');
    const flag = await firstLink('/conflicts', '/conflicts/');
    const pages = [
      ['an evidence item', evidenceItem],
      ['a child', `${overview}/children/NM-2044`],
      ['the problems across files', `${overview}/records/problems`],
      ['a conflict flag', flag],
      ['a judgement area', `${overview}/judgements/children-in-care`],
      ['the headline summary', `${overview}/report/summary`],
      ['what needs to improve', `${overview}/report/improvements`],
      ['check the report', `${overview}/report/check`],
    ] as const;
    await page.setViewportSize({ width: 320, height: 640 });
    const overflowing: string[] = [];
    const titles = new Set<string>();
    for (const [name, url] of pages) {
      await page.goto(url);
      await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
      await expect(page.getByText(/^(Loading|Computing|Checking|Following)[^.]*…/)).toHaveCount(0, {
        timeout: 60_000,
      });
      await expect(page).toHaveTitle(/ – Northmoor Borough Council – Inspection Workbook$/);
      titles.add(await page.title());
      const overflow = await pageOverflow(page);
      if (overflow > 0) overflowing.push(`${name}: ${overflow}px`);
      await expectAccessible(page);
    }
    expect(overflowing, 'pages whose page scrolls sideways at 320 px').toEqual([]);
    expect([...titles], 'a title per page').toHaveLength(pages.length);
  });
});
