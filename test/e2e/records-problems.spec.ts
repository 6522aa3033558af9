import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';

const TRUST = "Northmoor Children's Trust CIC";

async function openDemo(page: Page): Promise<void> {
  await page.goto('/');
  await page.getByRole('button', { name: 'Open the demo inspection' }).click();
  await expect(
    page.getByRole('heading', { level: 1, name: 'Northmoor Borough Council' }),
  ).toBeVisible();
}

/** The problems-across-files table and its count line. */
function problems(page: Page) {
  return {
    table: page.getByRole('table', { name: 'Problems in all files' }),
    count: page.getByTestId('problems-count'),
  };
}

/** "Showing 12 of 1,234 problems" → [12, 1234]. */
async function shownOf(page: Page): Promise<[number, number]> {
  const text = (await problems(page).count.innerText()).replaceAll(',', '');
  const match = /Showing (\d+) of (\d+) problems/.exec(text);
  if (match === null) throw new Error(`no count in "${text}"`);
  return [Number(match[1]), Number(match[2])];
}

/** The cells of one column in the rendered rows, by the column's header text. */
async function columnTexts(page: Page, header: string): Promise<string[]> {
  const table = problems(page).table;
  const headers = await table.getByRole('columnheader').allInnerTexts();
  const index = headers.findIndex((h) => h.trim() === header);
  if (index < 0) throw new Error(`no column ${header} in ${headers.join(', ')}`);
  return table.locator('tbody tr[aria-rowindex]').evaluateAll(
    (rows, at) =>
      rows.map((row) => {
        const cell = row.children[at];
        return cell instanceof HTMLElement ? cell.innerText : '';
      }),
    index,
  );
}

async function chooseOption(page: Page, label: string, text: string): Promise<string> {
  const select = page.getByLabel(label, { exact: true });
  const value = await select.locator('option', { hasText: text }).first().getAttribute('value');
  if (value === null) throw new Error(`no option ${text} in ${label}`);
  await select.selectOption(value);
  return value;
}

async function expectNoSidewaysScroll(page: Page): Promise<void> {
  const sizes = await page.evaluate(() => ({
    scroll: document.documentElement.scrollWidth,
    client: document.documentElement.clientWidth,
  }));
  expect(sizes.scroll, 'the page itself must not scroll sideways').toBeLessThanOrEqual(
    sizes.client,
  );
}

test.describe('Records: problems across files', () => {
  test('the Overview’s error count opens those errors; filters stay in the address; a problem leads to its row', async ({
    page,
    expectAccessible,
  }) => {
    test.setTimeout(120_000);
    await openDemo(page);
    const task = page.locator('.govuk-task-list__item').filter({ hasText: 'Data problems' });
    await expect(task).toContainText(/\d+ errors?/);
    const errors = Number(
      /(\d[\d,]*) errors?/.exec(await task.innerText())?.[1]?.replaceAll(',', ''),
    );
    expect(errors).toBeGreaterThan(0);

    await task.getByRole('link', { name: /Data problems/ }).click();
    await expect(
      page.getByRole('heading', { level: 1, name: 'Problems in the records' }),
    ).toBeFocused();
    expect(page.url()).toContain('/records/problems?severity=error');
    await expect(page.getByLabel('Severity')).toHaveValue('error');
    await expect(page).toHaveTitle(
      'Problems in the records – Northmoor Borough Council – Inspection Workbook',
    );
    // The count the Overview gave is what the view shows, from every file.
    await expect(problems(page).count).toContainText(
      `Showing ${errors.toLocaleString('en-GB')} of`,
    );
    await expect(problems(page).table).toHaveAttribute('aria-rowcount', String(errors + 1));
    const files = new Set(await columnTexts(page, 'File'));
    expect(files.size).toBeGreaterThan(1);
    for (const severity of await columnTexts(page, 'Severity')) expect(severity).toBe('Error');
    await expectAccessible(page);

    // Whose records: the trust's errors only.
    const owner = await chooseOption(page, 'Records of', TRUST);
    await expect(page).toHaveURL(new RegExp(`owner=${owner}`));
    const [trustErrors] = await shownOf(page);
    expect(trustErrors).toBeGreaterThan(0);
    expect(trustErrors).toBeLessThan(errors);
    for (const cell of await columnTexts(page, 'Records of')) expect(cell).toBe(TRUST);

    // A rule, named in words.
    // (In a 2025/26 return most checks are the DfE's rules; this one is the workbook's own.)
    const rule = await chooseOption(
      page,
      'Rule',
      'SSDA903 Reviews, REVIEW: after the collection year',
    );
    expect(rule).toBe('903.Reviews.REVIEW.after-year');
    await expect(page).toHaveURL(/rule=903\.Reviews\.REVIEW\.after-year/);
    const [byRule] = await shownOf(page);
    expect(byRule).toBeGreaterThan(0);
    for (const cell of await columnTexts(page, 'Rule'))
      expect(cell).toBe('SSDA903 Reviews, REVIEW: after the collection year');
    // The column code, with its meaning beside it.
    for (const cell of await columnTexts(page, 'Column')) expect(cell).toMatch(/^REVIEW \(.+\)$/);

    // Reloading keeps every filter and the same count.
    await page.reload();
    await expect(page.getByLabel('Severity')).toHaveValue('error');
    await expect(page.getByLabel('Records of', { exact: true })).toHaveValue(owner);
    await expect(page.getByLabel('Rule', { exact: true })).toHaveValue(rule);
    await expect(problems(page).count).toContainText(`Showing ${byRule} of`);

    // A child: the rule's first problem's child, typed into the filter.
    await page.getByLabel('Rule', { exact: true }).selectOption('');
    const children = (await columnTexts(page, 'Child')).filter((c) => c !== '');
    const child = children[0] ?? '';
    expect(child).toMatch(/^NM-?\d+$/);
    await page.getByLabel('Child ID').fill(child.toLowerCase());
    await expect(page).toHaveURL(new RegExp(`child=${child.toLowerCase()}`));
    const [forChild] = await shownOf(page);
    expect(forChild).toBeGreaterThan(0);
    await expect
      .poll(async () => new Set(await columnTexts(page, 'Child')))
      .toEqual(new Set([child]));
    await expectAccessible(page);

    // The problem's row: its link opens the rows view there, the row focused and marked.
    const first = problems(page).table.locator('tbody tr[aria-rowindex="2"]');
    const fileName = await first.getByRole('rowheader').innerText();
    const rowLink = first.getByRole('link', { name: /\(row of / });
    const fileRow = (await rowLink.innerText()).split('\n')[0]?.trim() ?? '';
    const childLink = first.getByRole('link', { name: child });
    await expect(childLink).toHaveAttribute('href', new RegExp(`/children/${child}$`));
    await rowLink.click();
    await expect(page).toHaveURL(/\/records\?file=[^&]+&view=rows&table=[^&]+&row=\d+/);
    const marked = page.locator('tr[aria-current="true"]');
    await expect(marked).toBeFocused();
    await expect(marked).toBeInViewport();
    await expect(marked.getByRole('rowheader')).toHaveText(fileRow);
    await expect(marked).toContainText(child);
    await expect(page.getByRole('heading', { name: `Rows in ${fileName}` })).toBeVisible();
    await expect(page.getByTestId('rows-find-outcome')).toHaveText(
      `Row ${fileRow} of child ${child} is highlighted.`,
    );
    await expectAccessible(page);

    // Back returns to the filtered list.
    await page.goBack();
    await expect(
      page.getByRole('heading', { level: 1, name: 'Problems in the records' }),
    ).toBeVisible();
    await expect(page.getByLabel('Child ID')).toHaveValue(child.toLowerCase());
    await expect(problems(page).count).toContainText(`Showing ${forChild} of`);
  });

  test('the rows table finds a child or a row; Show problems and Show rows have addresses and move focus', async ({
    page,
    expectAccessible,
  }) => {
    test.setTimeout(120_000);
    await openDemo(page);
    await page.getByRole('link', { name: 'Records', exact: true }).click();
    const imported = page.getByRole('table', { name: 'Imported files' });
    await expect(imported.getByRole('row')).not.toHaveCount(0);
    // Kinds in words, owners by name.
    await expect(imported).toContainText('SSDA903 return (CSV)');
    await expect(imported).not.toContainText('ssda903-csv');
    await expect(imported).toContainText(TRUST);

    const episodes = 'northmoor-903-2025-26-episodes.csv';
    await page.getByRole('button', { name: `Show rows of ${episodes}` }).click();
    await expect(page.getByRole('heading', { name: `Rows in ${episodes}` })).toBeFocused();
    await expect(page).toHaveURL(/view=rows/);
    await expect(page).toHaveTitle(
      `Rows in ${episodes} – Records – Northmoor Borough Council – Inspection Workbook`,
    );
    const table = page.getByRole('table', { name: `Rows of Episodes in ${episodes}` });
    // Column codes keep their code, with the meaning in the header's name and in the list below.
    await expect(
      table.getByRole('columnheader', { name: 'RNE (Reason for new episode)' }),
    ).toBeVisible();
    await page.getByText('What the column codes mean').click();
    await expect(page.locator('.govuk-details__text')).toContainText('Legal status');
    await expect(page.locator('.govuk-details__text')).toContainText('Codes: S, L, P, T, B, U');
    // Child ids link to the child.
    const firstChild = table.locator('tbody tr[aria-rowindex="2"]').getByRole('link').first();
    await expect(firstChild).toHaveAttribute('href', /\/children\/NM-\d+$/);
    await expectAccessible(page);

    // A row number far below the window.
    const find = page.getByLabel('Find a child ID or row number');
    await find.fill('2,500');
    await page.getByRole('button', { name: 'Find in Episodes' }).click();
    let marked = page.locator('tr[aria-current="true"]');
    await expect(marked).toBeFocused();
    await expect(marked).toBeInViewport();
    await expect(marked.getByRole('rowheader')).toHaveText('2,500');
    await expect(page).toHaveURL(/row=2499/);
    const child = (await marked.getByRole('link').first().innerText()).trim();
    await expect(page.getByTestId('rows-find-outcome')).toHaveText(
      new RegExp(`^Row 2,500 of child ${child} is highlighted`),
    );

    // A child, by id: their first row, then Find again steps to the next.
    await find.fill(child);
    await page.getByRole('button', { name: 'Find in Episodes' }).click();
    marked = page.locator('tr[aria-current="true"]');
    await expect(marked).toBeFocused();
    await expect(marked).toContainText(child);
    const outcome = await page.getByTestId('rows-find-outcome').innerText();
    expect(outcome).toContain(`of child ${child}`);
    await expectAccessible(page);

    // Nothing found: a clear error naming what to do.
    await find.fill('NOBODY-1');
    await page.getByRole('button', { name: 'Find in Episodes' }).click();
    await expect(page.locator('.govuk-error-message')).toContainText(
      'No row in Episodes has the child ID or row number “NOBODY-1”: check it, or choose another table',
    );
    await expectAccessible(page);

    // Show problems is its own address; Back returns to the rows.
    await page.getByRole('button', { name: `Show problems in ${episodes}` }).click();
    await expect(page.getByRole('heading', { name: `Problems in ${episodes}` })).toBeFocused();
    await expect(page).toHaveURL(/view=problems/);
    await page.goBack();
    await expect(page.getByRole('heading', { name: `Rows in ${episodes}` })).toBeVisible();
    await page.goForward();
    await expect(page.getByRole('heading', { name: `Problems in ${episodes}` })).toBeVisible();

    // From the file's own problems, a problem's row number leads to its row too.
    const problemsTable = page.getByRole('table', { name: `Problems in ${episodes}` });
    const link = problemsTable.locator('tbody tr[aria-rowindex="2"]').getByRole('link');
    await expect(link).toHaveAccessibleName(/^\d[\d,]*\s+\(row of Episodes in /);
    const number = (await link.innerText()).split(/\s/)[0] ?? '';
    await link.click();
    const found = page.locator('tr[aria-current="true"]');
    await expect(found).toBeFocused();
    await expect(found.getByRole('rowheader')).toHaveText(number);
  });

  test('after each import the success banner takes focus', async ({ page, expectAccessible }) => {
    await openDemo(page);
    await page.getByRole('link', { name: 'Records', exact: true }).click();
    for (const round of [1, 2]) {
      // A generated Missing table, dropped as a drag from the desktop would.
      const lines = ['CHILD,DOB,MISSING,MIS_START,MIS_END'];
      for (let i = 0; i < 5 * round; i += 1) lines.push(`T${i},01/01/2012,M,01/05/2025,02/05/2025`);
      const transfer = await page.evaluateHandle(
        (text) => {
          const data = new DataTransfer();
          data.items.add(new File([text], 'missing-extra.csv', { type: 'text/csv' }));
          return data;
        },
        `${lines.join('\n')}\n`,
      );
      const zone = page.getByRole('region', { name: 'Drop files to import' });
      await zone.dispatchEvent('dragenter', { dataTransfer: transfer });
      await zone.dispatchEvent('dragover', { dataTransfer: transfer });
      await zone.dispatchEvent('drop', { dataTransfer: transfer });
      const banner = page.locator('.govuk-notification-banner--success');
      await expect(banner).toContainText(`1 file imported: ${5 * round} rows kept.`);
      await expect(banner).toBeFocused();
      // Move focus away, so the second import must bring it back.
      await page.getByRole('link', { name: 'See the problems in all files together' }).focus();
    }
    await expectAccessible(page);
  });

  test('at 320 px neither Records nor the problems make the page scroll sideways', async ({
    page,
    expectAccessible,
  }) => {
    test.setTimeout(120_000);
    await openDemo(page);
    await page.getByRole('link', { name: 'Records', exact: true }).click();
    const records = page.url();
    for (const width of [1280, 320]) {
      await page.setViewportSize({ width, height: 900 });
      // At 320 px the service navigation folds into its menu: go by address.
      await page.goto(records);
      await page
        .getByRole('button', { name: /^Show rows of .*episodes\.csv$/ })
        .first()
        .click();
      await expect(page.getByRole('heading', { name: /^Rows in / })).toBeFocused();
      await expectNoSidewaysScroll(page);
      await page.screenshot({ path: `/tmp/h3-problems-records-${width}.png`, fullPage: true });
      await page.getByRole('link', { name: 'See the problems in all files together' }).click();
      await expect(
        page.getByRole('heading', { level: 1, name: 'Problems in the records' }),
      ).toBeVisible();
      await expect(problems(page).table).toBeVisible();
      await expectNoSidewaysScroll(page);
      await expectAccessible(page);
      await page.screenshot({ path: `/tmp/h3-problems-problems-${width}.png`, fullPage: true });
    }
  });
});
