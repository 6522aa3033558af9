import { expect, test } from './fixtures';

test.describe('app shell in the browser host', () => {
  test('loads, shows where the data is kept and passes axe', async ({ page, expectAccessible }) => {
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    page.on('console', (message) => {
      if (message.type() === 'error') errors.push(message.text());
    });
    await page.goto('/');
    await expect(page).toHaveTitle('Your inspections – Inspection Workbook');
    await expect(page.getByRole('heading', { level: 1, name: 'Inspections' })).toBeVisible();
    await expectAccessible(page);
    await page.getByRole('contentinfo').getByRole('link', { name: 'Settings' }).click();
    await expect(page.getByText('Web browser')).toBeVisible();
    await expect(page.getByText(/IndexedDB/)).toBeVisible();
    expect(errors).toEqual([]);
    await expectAccessible(page);
  });

  test('the page is served with a strict Content Security Policy', async ({ page }) => {
    await page.goto('/');
    const csp = await page
      .locator('meta[http-equiv="Content-Security-Policy"]')
      .getAttribute('content');
    expect(csp).toMatch(/^default-src 'none'/);
    expect(csp).not.toContain('unsafe-inline');
    expect(csp).not.toContain('unsafe-eval');
    // An inline script injected after load must not run under this policy.
    const ran = await page.evaluate(() => {
      const script = document.createElement('script');
      script.textContent = 'window.__injected = true';
      document.body.append(script);
      return Reflect.get(window, '__injected') === true;
    });
    expect(ran).toBe(false);
  });
});

test.describe('app shell on its first screen', () => {
  // The first screen a person sees: protecting the workbook (no fixture step past it).
  test.use({ passProtection: false });

  test('the skip link is the first stop and moves focus to the main content', async ({ page }) => {
    await page.goto('/');
    await page.keyboard.press('Tab');
    const skip = page.getByRole('link', { name: 'Skip to main content' });
    await expect(skip).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(page.locator('main#main-content')).toBeFocused();
  });
});
