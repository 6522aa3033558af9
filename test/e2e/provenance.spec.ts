import { expect, test } from './fixtures';
import { expectReflow } from './reflow';

test.describe('provenance you can walk', () => {
  test('finding → evidence → child → row and back, by links only', async ({
    page,
    expectAccessible,
  }) => {
    test.setTimeout(180_000);
    await page.goto('/');
    await page.getByRole('button', { name: 'Open the demo inspection' }).click();
    await page.locator('.govuk-task-list').getByRole('link', { name: 'Report' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Report' })).toBeVisible();

    // The finding, as the report states it, and the evidence ids it rests on.
    await page.getByRole('button', { name: 'Preview the report' }).click();
    const preview = page.getByRole('region', { name: 'Report preview' });
    const finding = preview.locator('li', {
      hasText: 'two children lived in unregistered accommodation for too long',
    });
    await expect(finding).toBeVisible({ timeout: 60_000 });
    const cited = (await finding.locator('.report-evidence').textContent()) ?? '';
    const ids = /^Evidence: (.+)$/.exec(cited)?.[1]?.split(', ') ?? [];
    expect(ids, `evidence ids under the finding: ${cited}`).toHaveLength(2);
    const evidenceId = ids[0] ?? '';

    // Evidence: typing the id finds that item; its link opens its page.
    await page.getByRole('link', { name: 'Evidence', exact: true }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Evidence' })).toBeVisible();
    await page.getByLabel('Search evidence').fill(evidenceId);
    await expect(page.getByText(/^1 of \d+ evidence items matches\.$/)).toBeVisible();
    await expectAccessible(page);
    await expectReflow(page, 'evidence-list');
    await page.getByRole('link', { name: `Evidence ${evidenceId}`, exact: true }).click();
    await expect(
      page.getByRole('heading', { level: 1, name: `Evidence ${evidenceId}` }),
    ).toBeFocused();
    await expect(page).toHaveTitle(
      `Evidence ${evidenceId} – Northmoor Borough Council – Inspection Workbook`,
    );
    await expect(page.getByText('three of eight plans sampled were out of date')).toBeVisible();
    await expectAccessible(page);
    await expectReflow(page, 'evidence-item');

    // Evidence → child.
    await page.getByRole('link', { name: 'Child NM-2044' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Child NM-2044' })).toBeFocused();
    await expect(page).toHaveTitle(
      'Child NM-2044 – Northmoor Borough Council – Inspection Workbook',
    );
    const rows = page.getByRole('region', { name: 'Rows naming this child' });
    await expect(rows.getByRole('row')).not.toHaveCount(0);
    await expect(
      rows.getByRole('link', { name: /^Row [\d,]+ of Episodes in / }).first(),
    ).toBeVisible();
    // In the council's return and in the social work practice's, which supports the child.
    await expect(rows.getByRole('link', { name: /of Header in northmoor-903-/ })).toHaveCount(1);
    await expect(rows.getByRole('link', { name: /of Header in harbour-lane-903-/ })).toHaveCount(1);
    await expect(
      page.getByRole('region', { name: 'Indicators counting this child' }).getByRole('row'),
    ).not.toHaveCount(0, { timeout: 60_000 });
    await expect(page.getByRole('link', { name: `Evidence ${evidenceId}` })).toBeVisible();
    await expect(page.getByText(/Checking for conflicts/)).toHaveCount(0, { timeout: 60_000 });
    await expectAccessible(page);
    await expectReflow(page, 'child');

    // Child → row in Records, at the address the Records screen reads.
    const rowLink = rows.getByRole('link', { name: /^Row [\d,]+ of Episodes in / }).first();
    const rowName = (await rowLink.textContent()) ?? '';
    const position = /^Row ([\d,]+)/.exec(rowName)?.[1]?.replaceAll(',', '') ?? '';
    await rowLink.click();
    await expect(page).toHaveURL(
      new RegExp(
        `#/inspections/[^/]+/records\\?file=[^&]+&view=rows&table=Episodes&row=${position}$`,
      ),
    );
    await expect(page.getByRole('heading', { level: 1, name: 'Records' })).toBeVisible();

    // And back: Records → child (history), child → evidence item → all evidence (links).
    await page.goBack();
    await expect(page.getByRole('heading', { level: 1, name: 'Child NM-2044' })).toBeVisible();
    await page.getByRole('link', { name: `Evidence ${evidenceId}` }).click();
    await expect(
      page.getByRole('heading', { level: 1, name: `Evidence ${evidenceId}` }),
    ).toBeVisible();
    await page.getByRole('link', { name: 'All evidence' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Evidence' })).toBeVisible();
  });
  test('from a finding on its judgement area page → evidence → child → row, and back, by links only', async ({
    page,
    expectAccessible,
  }) => {
    test.setTimeout(180_000);
    await page.goto('/');
    await page.getByRole('button', { name: 'Open the demo inspection' }).click();
    await page.locator('.govuk-task-list').getByRole('link', { name: 'Grades' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Judgements' })).toBeVisible();

    // The judgement area, from its row on the overview.
    const area = 'The experiences and progress of children in care';
    await page
      .getByRole('table', { name: 'Grades by judgement area' })
      .getByRole('row')
      .filter({ hasText: area })
      .getByRole('link', { name: /Change|Grade/ })
      .click();
    await expect(page.getByRole('heading', { level: 1, name: area })).toBeFocused();
    const areaUrl = page.url();
    expect(areaUrl).toMatch(/\/judgements\/children-in-care$/);

    // The finding, as a numbered card, with the evidence it rests on as links.
    const card = page
      .locator('.govuk-summary-card')
      .filter({ hasText: 'two children lived in unregistered accommodation for too long' });
    await expect(card).toBeVisible();
    const evidenceLinks = card.getByRole('link', { name: /^ev-/ });
    await expect(evidenceLinks).toHaveCount(2);
    const evidenceId = (await evidenceLinks.first().textContent()) ?? '';
    await expectAccessible(page);

    // Finding → evidence item.
    await evidenceLinks.first().click();
    await expect(
      page.getByRole('heading', { level: 1, name: `Evidence ${evidenceId}` }),
    ).toBeFocused();
    await expect(page.getByText('three of eight plans sampled were out of date')).toBeVisible();

    // Evidence item → child.
    await page.getByRole('link', { name: 'Child NM-2044' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Child NM-2044' })).toBeFocused();
    const rows = page.getByRole('region', { name: 'Rows naming this child' });
    const rowLink = rows.getByRole('link', { name: /^Row [\d,]+ of Episodes in / }).first();
    await expect(rowLink).toBeVisible({ timeout: 60_000 });

    // Child → the row in Records: the row shown, at the address naming it.
    const rowName = (await rowLink.textContent()) ?? '';
    const position = /^Row ([\d,]+)/.exec(rowName)?.[1]?.replaceAll(',', '') ?? '';
    await rowLink.click();
    await expect(page).toHaveURL(
      new RegExp(
        `#/inspections/[^/]+/records\\?file=[^&]+&view=rows&table=Episodes&row=${position}$`,
      ),
    );
    await expect(page.getByRole('heading', { level: 1, name: 'Records' })).toBeVisible();
    await expect(page.getByText('NM-2044').first()).toBeVisible({ timeout: 60_000 });
    await expectAccessible(page);

    // And back the same way with the browser's Back: child, evidence item, the finding.
    await page.goBack();
    await expect(page.getByRole('heading', { level: 1, name: 'Child NM-2044' })).toBeVisible();
    await page.goBack();
    await expect(
      page.getByRole('heading', { level: 1, name: `Evidence ${evidenceId}` }),
    ).toBeVisible();
    await page.goBack();
    await expect(page.getByRole('heading', { level: 1, name: area })).toBeVisible();
    expect(page.url()).toBe(areaUrl);
    await expect(card).toBeVisible();

    // Forward again, then home by the pages' own back links.
    await card.getByRole('link', { name: evidenceId, exact: true }).click();
    await page.getByRole('link', { name: 'Child NM-2044' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Child NM-2044' })).toBeVisible();
    await page.locator('.govuk-back-link', { hasText: 'Evidence' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Evidence' })).toBeVisible();
  });
});
