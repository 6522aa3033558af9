import { expect, test } from './fixtures';

test.describe('Settings', () => {
  test('records who I am, shows an error summary linked to the field, and keeps it across reloads', async ({
    page,
    expectAccessible,
  }) => {
    await page.goto('/#/settings');
    await expect(page.getByRole('heading', { level: 1, name: 'Settings' })).toBeVisible();
    const name = page.getByLabel('Your name');
    await name.fill('');
    await page.getByRole('button', { name: 'Save settings' }).click();
    // GOV.UK pattern: the summary takes focus so screen readers announce it.
    const summary = page.locator('.govuk-error-summary');
    await expect(summary).toBeFocused();
    await summary.getByRole('link', { name: 'Enter your name' }).click();
    await expect(name).toBeFocused();
    await expectAccessible(page);

    await name.fill('Amara Okafor');
    await page.getByLabel('Lead inspector').check();
    await page.getByRole('button', { name: 'Save settings' }).click();
    await expect(page.getByText('Your changes are recorded as Amara Okafor')).toBeVisible();
    await page.reload();
    await expect(page.getByLabel('Your name')).toHaveValue('Amara Okafor');
    await expect(page.getByLabel('Lead inspector')).toBeChecked();
    await expectAccessible(page);
  });
});
