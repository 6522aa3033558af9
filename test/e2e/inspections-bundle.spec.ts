import { expect, test } from './fixtures';
import { exportBundle, inspectionIdOf, workbookJson } from './bundle';

test.describe('Inspection bundles', () => {
  test('exports a bundle the workbook command reads, deletes after confirming, and opens it again', async ({
    page,
    expectAccessible,
  }, testInfo) => {
    await page.goto('/');
    await page.getByRole('button', { name: 'Open the demo inspection' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toContainText('Northmoor');
    const id = inspectionIdOf(page);
    const file = await exportBundle(page, testInfo);
    await expectAccessible(page);

    // The command sees the same providers and the imported files the app holds.
    expect(workbookJson('provider', 'list', file)).toMatchObject({
      providers: expect.arrayContaining([
        expect.objectContaining({ name: 'Keystone Family Support Ltd' }),
        expect.objectContaining({ name: "Northmoor Children's Trust CIC" }),
      ]),
    });
    expect(workbookJson('imports', 'list', file)).toMatchObject({
      imports: expect.arrayContaining([
        expect.objectContaining({ owner: 'council', kind: 'ssda903-csv' }),
      ]),
    });

    // Delete asks first; cancel keeps it.
    await page.getByRole('button', { name: 'Delete inspection' }).click();
    await expectAccessible(page);
    await page.getByRole('button', { name: 'Cancel' }).click();
    await page.getByRole('button', { name: 'Delete inspection' }).click();
    await page.getByRole('button', { name: 'Yes, delete this inspection' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Inspections' })).toBeVisible();
    await expect(page.getByText('There are no inspections on this device yet.')).toBeVisible();

    // Open the exported bundle: the inspection and its records come back.
    const chooser = page.waitForEvent('filechooser');
    await page.getByRole('button', { name: 'Open a bundle' }).click();
    await (await chooser).setFiles(file);
    await expect(page.getByRole('heading', { level: 1 })).toContainText('Northmoor');
    expect(inspectionIdOf(page)).toBe(id);
    await page.getByRole('link', { name: 'Records imported' }).click();
    await expect(page.getByRole('table', { name: /Imported files/ })).toContainText('.csv');

    // Opening it a second time is refused with a clear message, and nothing changes.
    await page.goto('/');
    const again = page.waitForEvent('filechooser');
    await page.getByRole('button', { name: 'Open a bundle' }).click();
    await (await again).setFiles(file);
    await expect(page.locator('.govuk-error-summary')).toContainText('merge this bundle');
    await expectAccessible(page);
  });

  test('refuses a file that is not a bundle, naming it', async ({ page }, testInfo) => {
    const junk = testInfo.outputPath('notes.inspection');
    const { writeFileSync } = await import('node:fs');
    writeFileSync(junk, 'not a zip');
    await page.goto('/');
    const chooser = page.waitForEvent('filechooser');
    await page.getByRole('button', { name: 'Open a bundle' }).click();
    await (await chooser).setFiles(junk);
    await expect(page.locator('.govuk-error-summary')).toContainText('notes.inspection');
    await expect(page.getByText('There are no inspections on this device yet.')).toBeVisible();
  });
});
