import { expect, test } from './fixtures';

test.describe('Overview', () => {
  test('a task list shows where the demo inspection stands', async ({ page, expectAccessible }) => {
    await page.goto('/');
    await page.getByRole('button', { name: 'Open the demo inspection' }).click();
    await expect(
      page.getByRole('heading', { level: 1, name: 'Northmoor Borough Council' }),
    ).toBeVisible();
    const tasks = page.locator('.govuk-task-list');
    await expect(tasks.getByRole('link', { name: 'Delegated providers' })).toBeVisible();
    await expect(tasks).toContainText('3 providers');
    // The demo's synthetic records are imported, with their planted problems.
    await expect(tasks).toContainText(/files, [\d,]+ rows/);
    await expect(
      tasks.locator('.govuk-task-list__item').filter({ hasText: 'Data problems' }),
    ).toContainText(/\d+ errors?/);
    await expect(tasks).toContainText('4 of 4 graded');
    await expect(tasks).toContainText('Not signed');
    await expectAccessible(page);
  });
});
