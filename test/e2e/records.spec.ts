import { writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';

const fixtures = path.resolve(import.meta.dirname, '../fixtures');

async function openDemoRecords(page: Page): Promise<void> {
  await page.goto('/');
  await page.getByRole('button', { name: 'Open the demo inspection' }).click();
  await page.getByRole('link', { name: 'Records' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Records' })).toBeVisible();
  // The demo arrives with its synthetic records already imported.
  await expect(importedRows(page)).not.toHaveCount(0);
}

function importedRows(page: Page) {
  return page.getByRole('table', { name: 'Imported files' }).getByRole('row');
}

async function chooseFiles(page: Page, files: readonly string[]): Promise<void> {
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Choose files to import' }).click();
  await (await chooser).setFiles([...files]);
}

test.describe('Records', () => {
  test('imports 903 tables and a provider list, keeping every row and listing problems', async ({
    page,
    expectAccessible,
  }) => {
    await openDemoRecords(page);
    await page.getByLabel("Northmoor Children's Trust CIC").check();
    await chooseFiles(page, [
      path.join(fixtures, 'ssda903/header.csv'),
      path.join(fixtures, 'ssda903/episodes.csv'),
      path.join(fixtures, 'ofsted-providers/scp_ch_2025_fake.xlsx'),
    ]);
    await expect(page.getByText(/3 files imported/)).toBeVisible({ timeout: 30_000 });
    const table = page.getByRole('table', { name: 'Imported files' });
    // Row counts from data-formats.md §1: header 2,675 rows, episodes 5,050.
    await expect(table.getByRole('row', { name: /header\.csv.*Trust CIC.*2,675/ })).toBeVisible();
    await expect(table.getByRole('row', { name: /episodes\.csv.*Trust CIC.*5,050/ })).toBeVisible();
    await expect(
      table.getByRole('row', { name: /scp_ch_2025_fake\.xlsx.*Whole inspection/ }),
    ).toBeVisible();
    await page.getByRole('button', { name: 'Show problems in episodes.csv' }).click();
    await expect(page.getByRole('heading', { name: 'Problems in episodes.csv' })).toBeVisible();
    await expect(
      page.getByRole('table', { name: 'Problems in episodes.csv' }).getByRole('row').nth(1),
    ).toContainText(/row \d+/);
    await expectAccessible(page);

    // Stored for real: the import survives a reload.
    const count = await importedRows(page).count();
    await page.reload();
    await expect(importedRows(page)).toHaveCount(count);
  });

  test('refuses a CSV named .xlsx with a clear error and stores nothing', async ({
    page,
    expectAccessible,
  }) => {
    await openDemoRecords(page);
    const before = await importedRows(page).count();
    const fake = path.join(tmpdir(), `not-a-workbook-${Date.now()}.xlsx`);
    await writeFile(fake, 'CHILD,SEX,DOB\n1,1,01/01/2010\n');
    await chooseFiles(page, [path.join(fixtures, 'ssda903/header.csv'), fake]);
    const summary = page.getByRole('alert').filter({ hasText: 'could not be imported' });
    await expect(summary).toContainText(path.basename(fake));
    await expect(summary).toContainText('Nothing was imported');
    await expect(importedRows(page)).toHaveCount(before);
    await expectAccessible(page);
  });

  test('cancelling a long import stores nothing', async ({ page }) => {
    await openDemoRecords(page);
    const big = path.join(tmpdir(), `episodes-big-${Date.now()}.csv`);
    const lines = [
      'CHILD,DECOM,RNE,LS,CIN,PLACE,PLACE_PROVIDER,DEC,REC,REASON_PLACE_CHANGE,HOME_POST,PL_POST,URN',
    ];
    for (let i = 0; i < 300_000; i += 1)
      lines.push(`${100000 + i},01/05/2017,S,C2,N1,U1,PR1,,X1,,AB1 2CD,AB3 4EF,SC123456`);
    await writeFile(big, `${lines.join('\n')}\n`);
    const before = await importedRows(page).count();
    await chooseFiles(page, [big]);
    await page.getByRole('button', { name: 'Cancel import' }).click();
    await expect(page.getByText('Nothing was imported.')).toBeVisible();
    await expect(importedRows(page)).toHaveCount(before);
  });
});
