import { expect, test } from './fixtures';

// These prove the e2e harness itself can fail: an accessibility check or an
// offline guard that never fires would let every other spec pass vacuously.
test.describe('e2e harness', () => {
  test('the axe helper reports a seeded violation', async ({ page, expectAccessible }) => {
    await page.goto('/');
    await page.evaluate(() => {
      const input = document.createElement('input');
      input.type = 'text';
      document.querySelector('main')?.append(input);
    });
    await expect(expectAccessible(page)).rejects.toThrow(/label/);
  });

  test('a request to another origin fails the test', async ({ page }) => {
    test.fail(true, 'the offline guard must turn this request into a failure');
    // The page's own CSP already stops fetches to other origins, so go around it.
    await page.goto('https://example.com/').catch(() => undefined);
  });
});
