import { createHash } from 'node:crypto';
import { writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { z } from 'zod';
import { exportBundle, workbookJson } from './bundle';
import { expect, test } from './fixtures';

const fixtures = path.resolve(import.meta.dirname, '../fixtures');

async function openDemoRecords(page: Page): Promise<void> {
  await page.goto('/');
  await page.getByRole('button', { name: 'Open the demo inspection' }).click();
  await page.getByRole('link', { name: 'Records', exact: true }).click();
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

/**
 * An SSDA903 episodes table of `children` rows, each with an invalid RNE code
 * (Z) and an invalid LS code (Q9), and every tenth with a malformed URN: the
 * 2024 spec's code lists make each of those an error (shared/records/ssda903).
 */
function badEpisodes(children: number): string {
  const lines = [
    'CHILD,DECOM,RNE,LS,CIN,PLACE,PLACE_PROVIDER,DEC,REC,REASON_PLACE_CHANGE,HOME_POST,PL_POST,URN',
  ];
  for (let i = 0; i < children; i += 1) {
    const urn = i % 10 === 0 ? 'BAD' : 'SC123456';
    lines.push(`${100000 + i},01/05/2017,Z,Q9,N1,U1,PR1,01/06/2017,X1,,AB1 2CD,AB3 4EF,${urn}`);
  }
  return `${lines.join('\n')}\n`;
}

/** Drops a file made in the page onto the drop zone, as a drag from the desktop would. */
async function dropFile(page: Page, name: string, text: string): Promise<void> {
  const dataTransfer = await page.evaluateHandle(
    (file) => {
      const transfer = new DataTransfer();
      transfer.items.add(new File([file.text], file.name, { type: 'text/csv' }));
      return transfer;
    },
    { name, text },
  );
  const zone = page.getByRole('region', { name: 'Drop files to import' });
  await zone.dispatchEvent('dragenter', { dataTransfer });
  await zone.dispatchEvent('dragover', { dataTransfer });
  await zone.dispatchEvent('drop', { dataTransfer });
}

const importsSchema = z.object({
  imports: z.array(
    z.object({
      fileName: z.string(),
      owner: z.string(),
      kind: z.string(),
      rows: z.number(),
      sha256: z.string(),
      problems: z.object({ error: z.number(), warning: z.number(), info: z.number() }),
    }),
  ),
});
const providersSchema = z.object({
  providers: z.array(z.object({ id: z.string(), name: z.string() })),
});

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
    // Row counts from DfE SSDA903 guidance, https://www.gov.uk/guidance/children-looked-after-return: header 2,675 rows, episodes 5,050.
    await expect(table.getByRole('row', { name: /header\.csv.*Trust CIC.*2,675/ })).toBeVisible();
    await expect(table.getByRole('row', { name: /episodes\.csv.*Trust CIC.*5,050/ })).toBeVisible();
    await expect(
      table.getByRole('row', { name: /scp_ch_2025_fake\.xlsx.*Whole inspection/ }),
    ).toBeVisible();
    await page.getByRole('button', { name: 'Show problems in episodes.csv' }).click();
    await expect(page.getByRole('heading', { name: 'Problems in episodes.csv' })).toBeVisible();
    // The first problem names its row in the file (a number in the Row column).
    await expect(
      page
        .getByRole('table', { name: 'Problems in episodes.csv' })
        .getByRole('row')
        .nth(1)
        .getByRole('cell')
        .nth(1)
        .getByRole('link'),
    ).toHaveAccessibleName(/^\d[\d,]*\s+\(row of Episodes in episodes\.csv\)$/);
    await expectAccessible(page);

    // Stored for real: the import survives a reload.
    const count = await importedRows(page).count();
    await page.reload();
    await expect(importedRows(page)).toHaveCount(count);
  });

  test('refuses a CSV named .xlsx with a clear error, and imports the other file', async ({
    page,
    expectAccessible,
  }) => {
    await openDemoRecords(page);
    const before = await importedRows(page).count();
    const fake = path.join(tmpdir(), `not-a-workbook-${Date.now()}.xlsx`);
    await writeFile(fake, 'CHILD,SEX,DOB\n1,1,01/01/2010\n');
    await chooseFiles(page, [path.join(fixtures, 'ssda903/header.csv'), fake]);
    // A refused file is refused on its own: the readable one is stored.
    const summary = page.getByRole('alert').filter({ hasText: 'could not be imported' });
    await expect(summary).toContainText(path.basename(fake));
    await expect(summary).toContainText('the others were');
    // The Header it brings replaces the demo's own Header file: the same table, another name.
    await expect(
      page.getByText(/replace the earlier northmoor-903-2025-26-header\.csv/),
    ).toBeVisible();
    await expect(importedRows(page)).toHaveCount(before);
    await expect(
      importedRows(page)
        .getByRole('rowheader')
        .filter({ hasText: /^header\.csv/ }),
    ).toHaveCount(1);
    await expect(
      importedRows(page)
        .getByRole('rowheader')
        .filter({ hasText: /^northmoor-903-2025-26-header/ }),
    ).toHaveCount(0);
    await expectAccessible(page);
  });

  test('removes a file only after a confirmation, and the bundle no longer lists it', async ({
    page,
    expectAccessible,
  }, testInfo) => {
    await openDemoRecords(page);
    const before = await importedRows(page).count();
    const first = importedRows(page).nth(1);
    const fileName = (await first.getByRole('rowheader').innerText()).split('\n')[0] ?? '';
    await first.getByRole('button', { name: /^Remove/ }).click();
    const question = page.getByRole('heading', { name: `Remove ${fileName}?` });
    await expect(question).toBeFocused();
    await expectAccessible(page);
    await page.getByRole('button', { name: 'Cancel' }).click();
    await expect(question).toHaveCount(0);
    await expect(importedRows(page)).toHaveCount(before);

    await first.getByRole('button', { name: /^Remove/ }).click();
    await page.getByRole('button', { name: 'Yes, remove this file' }).click();
    await expect(importedRows(page)).toHaveCount(before - 1);
    const file = await exportBundle(page, testInfo);
    const listed = JSON.stringify(workbookJson('imports', 'list', file));
    expect(listed).not.toContain(`"fileName":"${fileName}"`);
    // The log keeps that it was imported and removed.
    expect(JSON.stringify(workbookJson('log', file))).toContain(fileName);
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

  test('a dropped file with 15,500 problems: counts, filters, a virtualised table, its rows, and the bundle', async ({
    page,
    expectAccessible,
  }, testInfo) => {
    test.setTimeout(120_000);
    await openDemoRecords(page);
    await expectAccessible(page);
    await page.getByLabel("Northmoor Children's Trust CIC").check();
    const csv = badEpisodes(5000);
    // The rows are dated 2017/18, a year with no DfE ruleset, so the workbook's own checks
    // judge them: each row breaks two code lists (RNE, LS), a tenth of them the URN's format,
    // and each child is missing from the trust's Header (read with it): 15,500 errors. At most
    // 1,000 of one rule are listed one by one, the rest counted in one summary line, so the
    // table lists 3 × 1,001 + 500 of them.
    const errors = 15_500;
    const total = 3 * 1_001 + 500;
    const shown = (count: number) =>
      `Showing ${count.toLocaleString('en-GB')} of ${total.toLocaleString('en-GB')} problems.`;
    await dropFile(page, 'bad-episodes.csv', csv);
    await expect(page.getByText(/1 file imported: 5,000 rows kept/)).toBeVisible({
      timeout: 30_000,
    });

    // Time to render the listed problems: from the click to the table's first paint.
    // Another file's problems first (the newest import, ours, shows by default).
    await page
      .getByRole('button', { name: /^Show problems in / })
      .nth(1)
      .click();
    await expect(page.getByRole('heading', { name: /^Problems in / })).not.toHaveText(
      'Problems in bad-episodes.csv',
    );
    const renderMs = await page.evaluate(
      async (rowCount) => {
        const button = [...document.querySelectorAll('button')].find(
          (b) => b.textContent === 'Show problems in bad-episodes.csv',
        );
        if (button === undefined) throw new Error('no Show problems button for bad-episodes.csv');
        const started = performance.now();
        button.click();
        const painted = `table[aria-rowcount="${rowCount}"] tbody tr[aria-rowindex]`;
        while (document.querySelector(painted) === null)
          await new Promise((resolve) => requestAnimationFrame(resolve));
        await new Promise((resolve) => requestAnimationFrame(resolve));
        return performance.now() - started;
      },
      String(total + 1),
    );

    // Counts by severity, as GOV.UK tags.
    const counts = page.getByTestId('severity-counts');
    await expect(counts.locator('.govuk-tag--red')).toHaveText(
      `${errors.toLocaleString('en-GB')} errors`,
    );
    await expect(counts.locator('.govuk-tag--orange')).toHaveText('0 warnings');
    await expect(counts.locator('.govuk-tag').last()).toHaveText('0 notes');
    await expect(page.getByText(shown(total))).toBeVisible();
    await expectAccessible(page);

    // Scroll frame times, then the keyboard's End key takes the focused table to its last row.
    const region = page.getByRole('region', { name: 'Problems in bad-episodes.csv' });
    const { frames, longFrames } = await region.evaluate(async (box) => {
      // Long animation frames (over 50 ms) while scrolling, with their script and layout time.
      const long: { duration: number; script: number; layout: number }[] = [];
      const observer = new PerformanceObserver((list) => {
        for (const entry of list.getEntries()) {
          const start = Reflect.get(entry, 'styleAndLayoutStart');
          const render = Reflect.get(entry, 'renderStart');
          const scripts: unknown = Reflect.get(entry, 'scripts');
          long.push({
            duration: Math.round(entry.duration),
            script: Array.isArray(scripts)
              ? Math.round(
                  scripts.reduce(
                    (sum: number, s: unknown) => sum + Number(Reflect.get(Object(s), 'duration')),
                    0,
                  ),
                )
              : -1,
            layout:
              typeof start === 'number' && start > 0
                ? Math.round(entry.startTime + entry.duration - start)
                : -1,
          });
          void render;
        }
      });
      try {
        observer.observe({ type: 'long-animation-frame', buffered: false });
      } catch {
        // Not in this Chromium: frame times alone.
      }
      const times: number[] = [];
      await new Promise((resolve) => requestAnimationFrame(resolve));
      let last = performance.now();
      for (let i = 0; i < 120; i += 1) {
        box.scrollTop += box.clientHeight / 2;
        await new Promise((resolve) => requestAnimationFrame(resolve));
        const now = performance.now();
        times.push(now - last);
        last = now;
      }
      observer.disconnect();
      return { frames: times, longFrames: long };
    });
    await region.focus();
    await page.keyboard.press('End');
    const lastRow = region.locator(`tr[aria-rowindex="${total + 1}"]`);
    await expect(lastRow).toBeVisible();
    await expect(lastRow).toBeInViewport();
    await expect(region.locator('tr[aria-rowindex="2"]')).toHaveCount(0);
    // Only a window of rows is in the DOM, each of the one fixed height the window assumes.
    const rendered = await region
      .locator('tbody tr[aria-rowindex]')
      .evaluateAll((rows) => rows.map((row) => row.getBoundingClientRect().height));
    expect(rendered.length).toBeGreaterThan(5);
    expect(rendered.length).toBeLessThan(60);
    expect(new Set(rendered)).toEqual(new Set([72]));
    await expect(page.getByRole('table', { name: 'Problems in bad-episodes.csv' })).toHaveAttribute(
      'aria-rowcount',
      String(total + 1),
    );
    const sorted = [...frames].sort((a, b) => a - b);
    const figures = {
      problems: total,
      renderMs: Math.round(renderMs),
      scrollFrames: frames.length,
      medianFrameMs: Math.round((sorted[Math.floor(sorted.length / 2)] ?? 0) * 10) / 10,
      p95FrameMs: Math.round((sorted[Math.floor(sorted.length * 0.95)] ?? 0) * 10) / 10,
      maxFrameMs: Math.round((sorted.at(-1) ?? 0) * 10) / 10,
      domRows: rendered.length,
      longFrames,
    };
    console.log(`virtualised problems table: ${JSON.stringify(figures)}`);
    await testInfo.attach('virtualised-table-figures', { body: JSON.stringify(figures) });
    await expectAccessible(page);

    // Filters: column, then free text, then severity.
    // The URN: 500 not in Ofsted's format.
    await page.getByLabel('Column').selectOption('URN');
    await expect(page.getByText(shown(500))).toBeVisible();
    await page.getByLabel('Containing').fill('row 4992');
    await expect(page.getByText(shown(1))).toBeVisible();
    const only = page.getByRole('table', { name: 'Problems in bad-episodes.csv' }).getByRole('row');
    await expect(only).toHaveCount(2);
    await expect(only.nth(1)).toContainText('4,992');
    await expect(only.nth(1)).toContainText('BAD');
    await expect(only.nth(1)).toContainText('is not an Ofsted URN');
    await expectAccessible(page);
    await page.getByLabel('Containing').fill('');
    await page.getByLabel('Column').selectOption('');
    // Read with the trust's Header, each child missing from it is named (never "no Header"):
    // the first 1,000 one by one.
    await page.getByLabel('Containing').fill('not in the Header table');
    await expect(page.getByText(shown(1_000))).toBeVisible();
    await expect(only.nth(1)).toContainText('is not in the Header table');
    await page.getByLabel('Containing').fill('');
    await page.getByLabel('Severity').selectOption('info');
    await expect(page.getByText(shown(0))).toBeVisible();

    // The rows themselves, headed by the file's own columns.
    await page.getByRole('button', { name: 'Show rows of bad-episodes.csv' }).click();
    await expect(page.getByText('Episodes: 5,000 rows, 13 columns.')).toBeVisible();
    const rowsTable = page.getByRole('table', { name: 'Rows of Episodes in bad-episodes.csv' });
    // Each code heads its column, its meaning after it for screen readers (the 2024 spec's words).
    const codes = (csv.split('\n')[0] ?? '').split(',');
    await expect(rowsTable.getByRole('columnheader')).toHaveText([
      'Row',
      ...codes.map((code) => new RegExp(`^${code} \\(.+\\)$`)),
    ]);
    await expect(rowsTable.getByRole('row').nth(1)).toContainText('100000');
    const rowsRegion = page.getByRole('region', { name: 'Rows of Episodes in bad-episodes.csv' });
    await rowsRegion.focus();
    await page.keyboard.press('End');
    const lastDataRow = rowsRegion.locator('tr[aria-rowindex="5001"]');
    await expect(lastDataRow).toBeInViewport();
    await expect(lastDataRow.getByRole('rowheader')).toHaveText('5,001');
    await expect(lastDataRow).toContainText('104999');
    expect(await rowsRegion.locator('tbody tr[aria-rowindex]').count()).toBeLessThan(80);
    await expectAccessible(page);

    // The exported bundle records the dropped file for the trust, byte for byte.
    const file = await exportBundle(page, testInfo);
    const trust = providersSchema
      .parse(workbookJson('provider', 'list', file))
      .providers.find((p) => p.name === "Northmoor Children's Trust CIC");
    const dropped = importsSchema
      .parse(workbookJson('imports', 'list', file))
      .imports.find((i) => i.fileName === 'bad-episodes.csv');
    expect(dropped).toEqual({
      fileName: 'bad-episodes.csv',
      owner: trust?.id,
      kind: 'ssda903-csv',
      rows: 5000,
      sha256: createHash('sha256').update(csv).digest('hex'),
      problems: { error: errors, warning: 0, info: 0 },
    });
  });
});
