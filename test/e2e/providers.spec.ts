import { z } from 'zod';
import { exportBundle, workbookJson } from './bundle';
import { expect, test } from './fixtures';
import { fillDate } from './date-input';

const providersSchema = z.object({
  providers: z.array(
    z.object({
      id: z.string(),
      name: z.string(),
      legalForm: z.string(),
      companyNumber: z.string().optional(),
      forProfit: z.boolean(),
      functions: z.array(z.string()),
      contract: z.object({ start: z.string(), end: z.string().optional() }),
    }),
  ),
});
const logSchema = z.object({
  entries: z.array(z.object({ field: z.string(), before: z.unknown(), after: z.unknown() })),
});

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

  test('edits a provider: switching it to profit-making brings the not-for-profit warning, and only changed fields are logged', async ({
    page,
    expectAccessible,
  }, testInfo) => {
    await page.goto('/');
    await page.getByRole('button', { name: 'Open the demo inspection' }).click();
    await page.getByRole('link', { name: 'Delegated providers' }).click();
    const trust = page
      .locator('.govuk-summary-card')
      .filter({ hasText: "Northmoor Children's Trust CIC" });
    await expect(trust.locator('.govuk-warning-text')).toHaveCount(0);

    await trust.getByRole('button', { name: "Edit Northmoor Children's Trust CIC" }).click();
    const form = trust.locator('form');
    await expect(
      form.getByRole('heading', { name: "Edit Northmoor Children's Trust CIC" }),
    ).toBeFocused();
    await expect(form.getByLabel('Name', { exact: true })).toHaveValue(
      "Northmoor Children's Trust CIC",
    );
    await expect(form.getByLabel('Companies House number')).toHaveValue('11223344');
    await expect(form.getByLabel(/Wider functions \(2014\)/)).toBeChecked();
    // Adding is put aside while editing, so no two fields share a label.
    await expect(page.getByRole('button', { name: 'Add provider' })).toHaveCount(0);
    await expectAccessible(page);

    // A blank name and an impossible end date: the GOV.UK error summary, linked to the fields.
    await form.getByLabel('Name', { exact: true }).fill('');
    const endDate = form.getByRole('group', { name: 'Contract end date (optional)' });
    await endDate.getByLabel('Day').fill('31');
    await endDate.getByLabel('Month').fill('3');
    await form.getByRole('button', { name: 'Save changes' }).click();
    await expect(page.getByRole('alert')).toContainText(
      'The contract end date must include a year',
    );
    await page.getByRole('link', { name: 'Enter the provider’s name' }).click();
    await expect(form.getByLabel('Name', { exact: true })).toBeFocused();
    await expectAccessible(page);

    // Keyboard: the name back, profit-making, a contract end, then Enter on Save.
    await page.keyboard.type("Northmoor Children's Trust CIC");
    await form.getByLabel('The provider distributes profits (is profit-making)').check();
    await fillDate(form, 'Contract end date (optional)', '2027-03-31');
    await form.getByRole('button', { name: 'Save changes' }).press('Enter');
    await expect(
      page
        .getByRole('alert')
        .filter({ hasText: "Changes to Northmoor Children's Trust CIC saved." }),
    ).toBeVisible();
    await expect(trust).toContainText('Profit-making');
    await expect(trust).toContainText('From 1 April 2021 to 31 March 2027');
    await expect(trust.locator('.govuk-warning-text')).toContainText('SI 2014/2407');
    await expectAccessible(page);

    // The exported bundle, read by the real command.
    const file = await exportBundle(page, testInfo);
    const edited = providersSchema
      .parse(workbookJson('provider', 'list', file))
      .providers.find((p) => p.name === "Northmoor Children's Trust CIC");
    expect(edited).toMatchObject({
      legalForm: 'cic',
      companyNumber: '11223344',
      forProfit: true,
      functions: ['relevant-care', 'wider'],
      contract: { start: '2021-04-01', end: '2027-03-31' },
    });
    const log = logSchema.parse(
      workbookJson('log', file, '--entity', 'provider', '--id', edited?.id ?? ''),
    );
    // Entries other than the provider's creation (whose fields are "first-write").
    const firstWrite = z.object({ kind: z.literal('first-write') });
    const changed = log.entries.filter((e) => !firstWrite.safeParse(e.before).success);
    expect(
      changed
        .map((e) => [e.field, e.after])
        .sort((a, b) => String(a[0]).localeCompare(String(b[0]))),
    ).toEqual([
      ['contract', { start: '2021-04-01', end: '2027-03-31' }],
      ['forProfit', true],
    ]);
    const judged = JSON.stringify(workbookJson('judge', file));
    expect(judged).toContain("Northmoor Children's Trust CIC");
  });
});
