import { readFile, writeFile } from 'node:fs/promises';
import type { Page } from '@playwright/test';
import readXlsxFile from 'read-excel-file/node';
import { diedInCareReturn } from '../support/died-in-care-return';
import { expect, test } from './fixtures';

const TRUST = "Northmoor Children's Trust CIC";
const DIED =
  'This child is recorded as having died in care and therefore should not have the care leaver information completed.';
const HEADER = [
  'File',
  'Table',
  'Row',
  'Column',
  'Value',
  'Rule',
  'DfE code',
  'Severity',
  'Message',
  'Child',
];

/** "Showing 12 of 1,234 problems" → 12. */
async function shown(page: Page): Promise<number> {
  const text = (await page.getByTestId('problems-count').innerText()).replaceAll(',', '');
  const match = /Showing (\d+) of \d+ problems/.exec(text);
  if (match === null) throw new Error(`no count in "${text}"`);
  return Number(match[1]);
}

test.describe('Records: the problem report for the council', () => {
  test('filters by DfE code and child in the address, and downloads the shown problems as xlsx and CSV', async ({
    page,
    expectAccessible,
  }, testInfo) => {
    test.setTimeout(120_000);
    await page.goto('/');
    await page.getByRole('button', { name: 'Open the demo inspection' }).click();
    await page.getByRole('link', { name: 'Records', exact: true }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Records' })).toBeVisible();
    await expect(
      page.getByRole('table', { name: 'Imported files' }).getByRole('row'),
    ).not.toHaveCount(0);

    // The trust's return, written by hand to break DfE rule 1000 (test/support/died-in-care-return.ts).
    const paths = await Promise.all(
      diedInCareReturn.map(async ({ name, text }) => {
        const target = testInfo.outputPath(name);
        await writeFile(target, text);
        return target;
      }),
    );
    await page.getByLabel(TRUST).check();
    const chooser = page.waitForEvent('filechooser');
    await page.getByRole('button', { name: 'Choose files to import' }).click();
    await (await chooser).setFiles(paths);
    await expect(page.getByText(/3 files imported/)).toBeVisible({ timeout: 30_000 });

    await page.getByRole('link', { name: 'See the problems in all files together' }).click();
    await expect(
      page.getByRole('heading', { level: 1, name: 'Problems in the records' }),
    ).toBeVisible();
    const total = await shown(page);

    // The DfE code filter, by keyboard: it is a labelled native select.
    const dfe = page.getByLabel('DfE code', { exact: true });
    await dfe.focus();
    await page.keyboard.press('ArrowDown');
    await expect(dfe).not.toHaveValue('');
    await expect(page).toHaveURL(/[?&]dfe=\d+/);
    await dfe.selectOption('1000');
    await expect(page).toHaveURL(/[?&]dfe=1000(&|$)/);
    await expect(dfe.locator('option:checked')).toHaveText(
      /^1000: This child is recorded as having died/,
    );
    const byCode = await shown(page);
    expect(byCode).toBeGreaterThan(0);
    expect(byCode).toBeLessThan(total);

    // And a child.
    await page.getByLabel('Child ID').fill('DC-2');
    await expect(page).toHaveURL(/[?&]child=DC-2(&|$)/);
    await expect.poll(() => shown(page)).toBe(1);
    const table = page.getByRole('table', { name: 'Problems in all files' });
    await expect(table.locator('tbody tr[aria-rowindex="2"]')).toContainText('dc-oc3.csv');
    await expect(table.locator('tbody tr[aria-rowindex="2"]')).toContainText('DC-2');
    await expectAccessible(page);

    // Reloading keeps both filters.
    await page.reload();
    await expect(dfe).toHaveValue('1000');
    await expect(page.getByLabel('Child ID')).toHaveValue('DC-2');
    await expect.poll(() => shown(page)).toBe(1);

    // The xlsx, by keyboard, read back with the project's xlsx reader.
    const xlsxDownload = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Download Excel (xlsx)' }).focus();
    await page.keyboard.press('Enter');
    const xlsx = await xlsxDownload;
    expect(xlsx.suggestedFilename()).toBe('problems-northmoor-borough-council.xlsx');
    const xlsxPath = testInfo.outputPath('problems.xlsx');
    await xlsx.saveAs(xlsxPath);
    await expect(page.getByTestId('problems-download-outcome')).toHaveText(
      "Saved the Excel (xlsx) file to your browser's downloads, as problems-northmoor-borough-council.xlsx.",
    );
    const sheets = await readXlsxFile(await readFile(xlsxPath));
    expect(sheets.map((sheet) => sheet.sheet)).toEqual(['Problems', 'Summary', 'Files']);
    const [problems, summary, files] = sheets.map((sheet) => sheet.data);
    expect(problems).toEqual([
      HEADER,
      ['dc-oc3.csv', 'OC3', 3, 'IN_TOUCH', 'YES', '903.dfe.1000', '1000', 'error', DIED, 'DC-2'],
    ]);
    expect(summary).toEqual([
      ['Rule', 'DfE code', 'Message', 'Count'],
      ['903.dfe.1000', '1000', DIED, 1],
    ]);
    expect(files?.slice(1).map((row) => [row[0], row[2], row[3], row[4]])).toEqual([
      ['dc-oc3.csv', 'ssda903-csv', '2025/26', 1],
    ]);

    // The same problems as CSV, UTF-8 with a byte order mark.
    const csvDownload = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Download CSV' }).click();
    const csvPath = testInfo.outputPath('problems.csv');
    await (await csvDownload).saveAs(csvPath);
    expect(await readFile(csvPath, 'utf8')).toBe(
      `\uFEFF${HEADER.join(',')}\r\ndc-oc3.csv,OC3,3,IN_TOUCH,YES,903.dfe.1000,1000,error,${DIED},DC-2\r\n`,
    );
    await expectAccessible(page);
  });
});
