import { writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';

/** The Errors cell of a file's row in the imported files table. */
function errorsOf(page: Page, file: string) {
  return page
    .getByRole('table', { name: 'Imported files' })
    .getByRole('row', { name: new RegExp(file.replace('.', '\\.')) })
    .getByRole('cell')
    .nth(2);
}

test.describe('Records: the collection year of a return', () => {
  test('shows the year a return was checked under and checks it again under another', async ({
    page,
    expectAccessible,
  }) => {
    await page.goto('/');
    await page.getByRole('button', { name: 'Open the demo inspection' }).click();
    await page.getByRole('link', { name: 'Records', exact: true }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Records' })).toBeVisible();
    await expect(
      page.getByRole('table', { name: 'Imported files' }).getByRole('row'),
    ).not.toHaveCount(0);

    // SEX "M" is a code from 2024/25 on; a 2023/24 return must use 1 or 2.
    const header = path.join(tmpdir(), `year-header-${Date.now()}.csv`);
    await writeFile(
      header,
      'CHILD,SEX,DOB,ETHNIC,UPN,MOTHER,MC_DOB\n990001,M,01/02/2012,WBRI,A123456789099,,\n',
    );
    const name = path.basename(header);
    await page.getByLabel("Northmoor Children's Trust CIC").check();
    const chooser = page.waitForEvent('filechooser');
    await page.getByRole('button', { name: 'Choose files to import' }).click();
    await (await chooser).setFiles([header]);
    await expect(page.getByText(/1 file imported/)).toBeVisible({ timeout: 30_000 });

    const whose = "Northmoor Children's Trust CIC’s return";
    const form = page.locator('form').filter({ has: page.getByRole('heading', { name: whose }) });
    await expect(form).toContainText(/Checked as 2025\/26 \(worked out from the episodes\)\./);
    const before = Number(await errorsOf(page, name).textContent());

    await form.getByLabel('Collection year to check it under').selectOption('2023/24');
    await form.getByRole('button', { name: /Check again/ }).click();
    await expect(
      page.getByRole('status').filter({ hasText: 'Checked again as 2023/24.' }),
    ).toBeVisible({ timeout: 60_000 });
    await expect(form).toContainText('Checked as 2023/24 (chosen by a person).');
    await expect
      .poll(async () => Number(await errorsOf(page, name).textContent()))
      .toBeGreaterThan(before);
    await page.getByRole('button', { name: `Show problems in ${name}` }).click();
    await expect(page.getByRole('table', { name: `Problems in ${name}` })).toContainText('SEX');
    await expectAccessible(page);
  });

  test('imports a provider’s previous-year return as such, and checks this year’s again with it', async ({
    page,
    expectAccessible,
  }) => {
    await page.goto('/');
    await page.getByRole('button', { name: 'Open the demo inspection' }).click();
    await page.getByRole('link', { name: 'Records', exact: true }).click();
    await expect(
      page.getByRole('table', { name: 'Imported files' }).getByRole('row'),
    ).not.toHaveCount(0);
    const last = path.join(tmpdir(), `last-year-header-${Date.now()}.csv`);
    await writeFile(
      last,
      'CHILD,SEX,DOB,ETHNIC,UPN,MOTHER,MC_DOB\n990002,F,01/02/2012,WBRI,A123456789098,,\n',
    );
    await page.getByLabel("Northmoor Children's Trust CIC").check();
    await page.getByLabel('The previous year’s return').check();
    const chooser = page.waitForEvent('filechooser');
    await page.getByRole('button', { name: 'Choose files to import' }).click();
    await (await chooser).setFiles([last]);
    await expect(page.getByText(/1 file imported as the previous year’s return/)).toBeVisible({
      timeout: 30_000,
    });
    await expect(page.getByText(/files? of this year’s return checked again with it/)).toBeVisible({
      timeout: 60_000,
    });
    const row = page
      .getByRole('table', { name: 'Imported files' })
      .getByRole('row', { name: new RegExp(path.basename(last).replace('.', '\\.')) });
    await expect(row).toContainText('Previous year');
    await expect(
      page.getByRole('heading', {
        name: "Northmoor Children's Trust CIC’s previous year’s return",
      }),
    ).toBeVisible();
    await expectAccessible(page);
  });
});
