import type { Page } from '@playwright/test';
import { z } from 'zod';
import { exportBundle, workbookJson } from './bundle';
import { expect, test } from './fixtures';
import { fillDate } from './date-input';

/** The part of `workbook indicators --json` the screen must agree with. */
const commandOutput = z.object({
  indicators: z.array(
    z.object({
      id: z.string(),
      label: z.string(),
      scope: z.string(),
      scopeName: z.string(),
      numerator: z.number().nullable(),
      denominator: z.number().nullable(),
      value: z.number().nullable(),
    }),
  ),
});

/** What one table cell says, read back into numbers: `62.5% (25 / 40)` or `No data`. */
type Shown = { value: number; numerator: number; denominator: number | null } | 'No data';

/** `1,162` → 1162. */
function count(part: string | undefined): number {
  return Number((part ?? '').replaceAll(',', ''));
}

function readFigure(text: string): Shown {
  if (text.startsWith('No data')) return 'No data';
  // A count (referrals in the year) is shown as the number alone.
  const counted = /^([\d,]+)$/.exec(text.trim());
  if (counted !== null) {
    const n = count(counted[1]);
    return { value: n, numerator: n, denominator: null };
  }
  const match = /^([\d.]+)% \(([\d,]+) \/ ([\d,]+)\)/.exec(text);
  if (match === null) throw new Error(`not a figure: "${text}"`);
  return { value: count(match[1]), numerator: count(match[2]), denominator: count(match[3]) };
}

/** Every indicator table on screen: column headers, and each row's label and cell texts. */
async function readTables(page: Page) {
  return page.locator('table.govuk-table').evaluateAll((tables) => {
    // Each header opens with its own text; the hint or details follow.
    return tables.map((table) => {
      return {
        caption: table.querySelector('caption')?.textContent ?? '',
        columns: [...table.querySelectorAll('thead th')]
          .slice(1)
          .map((th) => th.firstChild?.textContent?.trim() ?? ''),
        rows: [...table.querySelectorAll('tbody tr')].map((tr) => ({
          label: tr.querySelector('th')?.firstChild?.textContent?.trim() ?? '',
          cells: [...tr.querySelectorAll('td')].map((td) =>
            (td.textContent ?? '').replaceAll('\u00a0', ' '),
          ),
        })),
      };
    });
  });
}

test.describe('Indicators', () => {
  test('shows each indicator for the council and each provider, charts one, and agrees with the workbook command', async ({
    page,
    expectAccessible,
  }, testInfo) => {
    test.slow();
    await page.goto('/');
    await page.getByRole('button', { name: 'Open the demo inspection' }).click();
    await page.locator('.govuk-task-list').getByRole('link', { name: 'Indicators' }).click();
    const opened = Date.now();
    await expect(page.getByRole('heading', { level: 1, name: 'Indicators' })).toBeVisible();

    // Loading: the figures are computed in a worker from the imported files.
    await expect(
      page.getByText('Computing the indicators from the imported records'),
    ).toBeVisible();
    await expectAccessible(page);

    const ssda903 = page.getByRole('table', { name: /^From SSDA903 returns, collection year/ });
    await expect(ssda903).toBeVisible({ timeout: 60_000 });
    const tookMs = Date.now() - opened;
    testInfo.annotations.push({ type: 'time to table', description: `${tookMs} ms` });
    console.log(`Indicators: ${tookMs} ms from opening the screen to the table showing`);
    await expect(page.getByRole('table', { name: /^From Annex A lists, at / })).toBeVisible();
    await expectAccessible(page);

    // The council as a whole beside each delegated provider, Keystone (no records) included.
    // The DfE's published figures follow in columns of their own (test/e2e/comparators.spec.ts).
    const comparatorColumns = ['England', 'Region', 'Statistical neighbours', 'Council, published'];
    let withComparators = 0;
    const tables = (await readTables(page))
      .filter((table) => !table.columns.includes('Year'))
      .map((table) => {
        // The 903, Annex A and census tables carry the published figures last.
        if (table.columns.slice(-4).join('|') !== comparatorColumns.join('|')) return table;
        withComparators += 1;
        return {
          ...table,
          columns: table.columns.slice(0, -4),
          rows: table.rows.map((row) => ({ ...row, cells: row.cells.slice(0, -4) })),
        };
      });
    expect(withComparators).toBeGreaterThanOrEqual(2);
    for (const table of tables) {
      expect(table.columns).toEqual([
        'Northmoor Borough Council',
        "Northmoor Children's Trust CIC",
        'Harbour Lane Social Work Practice Ltd',
        'Keystone Family Support Ltd',
      ]);
    }
    const stabilityRow = ssda903.getByRole('row', {
      name: /^Children with 3 or more placements in the year/,
    });
    await expect(stabilityRow.getByRole('cell').first()).toHaveText(
      /^\d+(\.\d)?% \([\d,]+\s\/\s[\d,]+\)$/,
    );
    await expect(stabilityRow.getByRole('cell').nth(3)).toHaveText('No dataRecords not imported');

    // Its definition and source are on hand, in a details component.
    await stabilityRow.getByText('Definition').click();
    await expect(stabilityRow.getByText(/3 or more placements during the year/)).toBeVisible();
    await expect(stabilityRow.getByText(/former NI 62/)).toBeVisible();
    await expectAccessible(page);

    // Chart: choose the fourth indicator by keyboard.
    const select = page.getByLabel('Indicator to chart');
    await select.focus();
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown');
    const label = tables[0]?.rows[3]?.label ?? '';
    expect(label).not.toBe('');
    await expect(select.locator('option:checked')).toHaveText(label);
    const escaped = label.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    const chart = page.getByRole('img', {
      name: new RegExp(`^${escaped} Bar chart of ${escaped}`),
    });
    await expect(chart).toBeVisible();
    await expect(page.locator('figcaption')).toHaveText(label);
    // Every source's figure for that indicator, as the table gives it, is in the chart.
    const rowCells = tables[0]?.rows[3]?.cells ?? [];
    const description = (await chart.locator('desc').textContent()) ?? '';
    for (const [index, cell] of rowCells.entries()) {
      const figure = readFigure(cell);
      expect(description).toContain(
        `${tables[0]?.columns[index] ?? ''}${index === 0 ? ' (council, all records)' : ''}, ${
          figure === 'No data' ? 'No data' : cell.replace(/\)[^)]*$/, ')')
        }`,
      );
    }
    await expect(chart.locator('rect')).toHaveCount(
      rowCells.filter((c) => readFigure(c) !== 'No data').length,
    );
    await expectAccessible(page);

    // The same engine on the same files: every figure on screen equals the command's.
    const file = await exportBundle(page, testInfo);
    const output = commandOutput.parse(workbookJson('indicators', file));
    const rows = tables.flatMap((table) => table.rows);
    const columns = tables[0]?.columns ?? [];
    const ids = [...new Set(output.indicators.map((i) => i.id))];
    expect(rows.map((r) => r.label)).toEqual(
      ids.map((id) => output.indicators.find((i) => i.id === id)?.label),
    );
    const scopes = [...new Set(output.indicators.map((i) => i.scopeName))];
    expect(scopes).toHaveLength(3);
    let compared = 0;
    for (const row of rows) {
      for (const [index, name] of columns.entries()) {
        const expected = output.indicators.find(
          (i) => i.label === row.label && i.scopeName === name,
        );
        const shown = readFigure(row.cells[index] ?? '');
        if (expected === undefined || expected.value === null) {
          expect(shown, `${row.label} for ${name}`).toBe('No data');
        } else {
          expect(shown, `${row.label} for ${name}`).toEqual({
            value: expected.value,
            numerator: expected.numerator,
            denominator: expected.denominator,
          });
          compared += 1;
        }
      }
    }
    // Most figures have a value: a screen of "No data" would pass the loop above.
    expect(compared).toBeGreaterThan(rows.length * 2);
  });

  test('says when nothing is imported yet, with a way to the Records screen', async ({
    page,
    expectAccessible,
  }) => {
    await page.goto('/');
    await page.getByLabel('Council', { exact: true }).fill('Eastvale Metropolitan Borough Council');
    await page.getByLabel('DfE local authority code').fill('898');
    await fillDate(page, 'First day on site', '2026-11-02');
    await page.getByRole('button', { name: 'Create inspection' }).click();
    await page.locator('.govuk-task-list').getByRole('link', { name: 'Indicators' }).click();
    await expect(page.getByRole('heading', { name: 'No records imported yet' })).toBeVisible({
      timeout: 30_000,
    });
    // No indicator table: only the DfE's published figures, which need no records.
    await expect(page.getByRole('table')).toHaveCount(1);
    await expect(page.getByRole('table', { name: /^Published figures: / })).toBeVisible();
    await expectAccessible(page);
    await page.getByRole('link', { name: 'Import records' }).click();
    await expect(page).toHaveURL(/#\/inspections\/[^/]+\/records$/);
  });
});
