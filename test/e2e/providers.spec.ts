import { expect, test } from './fixtures';

test.describe('Delegated providers', () => {
  test('lists the demo’s providers with the not-for-profit warning, and adds one by keyboard', async ({
    page,
    expectAccessible,
  }) => {
    await page.goto('/');
    await page.getByRole('button', { name: 'Open the demo inspection' }).click();
    await page.getByRole('link', { name: 'Delegated providers' }).click();
    await expect(
      page.getByRole('heading', { level: 1, name: 'Delegated providers' }),
    ).toBeVisible();
    // Keystone is profit-making and holds the 2014 wider functions (SI 2014/2407).
    const keystone = page
      .locator('.govuk-summary-card')
      .filter({ hasText: 'Keystone Family Support Ltd' });
    await expect(keystone.locator('.govuk-warning-text')).toContainText('SI 2014/2407');
    const trust = page
      .locator('.govuk-summary-card')
      .filter({ hasText: "Northmoor Children's Trust CIC" });
    await expect(trust.locator('.govuk-warning-text')).toHaveCount(0);
    await expectAccessible(page);

    // An empty submit shows the GOV.UK error summary, linked to the field.
    await page.getByRole('button', { name: 'Add provider' }).click();
    await page.getByRole('link', { name: 'Enter the provider’s name' }).click();
    await expect(page.getByLabel('Name', { exact: true })).toBeFocused();
    await expectAccessible(page);

    // Keyboard only: type the name, tab to the profit checkbox and the wider functions.
    await page.keyboard.type('Riverside Care Partnership Ltd');
    await page.getByLabel('The provider distributes profits (is profit-making)').check();
    await page.getByLabel(/Wider functions \(2014\)/).check();
    await page.getByLabel('Companies House number (optional)').fill('4455667');
    await page.getByRole('button', { name: 'Add provider' }).press('Enter');
    const added = page
      .locator('.govuk-summary-card')
      .filter({ hasText: 'Riverside Care Partnership Ltd' });
    await expect(added).toContainText('04455667');
    await expect(added.locator('.govuk-warning-text')).toContainText('profit-making');
    await page.reload();
    await expect(
      page.locator('.govuk-summary-card').filter({ hasText: 'Riverside Care Partnership Ltd' }),
    ).toBeVisible();
  });
});
