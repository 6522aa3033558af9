import path from 'node:path';
import type { Page } from '@playwright/test';
import { bundledComparators } from '../../shared/comparators/bundled';
import { councilComparators } from '../../shared/comparators/compare';
import { expect, test } from './fixtures';

const sample = path.resolve(import.meta.dirname, '../fixtures/cin/samples/CIN_Census_2026.xml');

async function openDemoRecords(page: Page): Promise<void> {
  await page.goto('/');
  await page.getByRole('button', { name: 'Open the demo inspection' }).click();
  await page.getByRole('link', { name: 'Records', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Records' })).toBeVisible();
}

test.describe('The CIN census', () => {
  test('a census imported on the Records page shows its DfE problems, the cross-checks and the CIN indicators', async ({
    page,
    expectAccessible,
  }) => {
    test.setTimeout(180_000);
    await openDemoRecords(page);
    // The demo's own censuses are there, one per body.
    const imported = page.getByRole('table', { name: 'Imported files' });
    await expect(imported.getByRole('row', { name: /northmoor-cin-census-2026\.xml/ })).toBeVisible(
      {
        timeout: 60_000,
      },
    );

    const chooser = page.waitForEvent('filechooser');
    await page.getByRole('button', { name: 'Choose files to import' }).click();
    await (await chooser).setFiles([sample]);
    await expect(imported.getByRole('row', { name: /CIN_Census_2026\.xml/ })).toBeVisible({
      timeout: 60_000,
    });
    await page.getByRole('button', { name: 'Show problems in CIN_Census_2026.xml' }).click();
    const problems = page.getByRole('table', { name: 'Problems in CIN_Census_2026.xml' });
    await expect(problems).toBeVisible();
    // The sample's assessment starting before its referral breaks DfE rule 1103, in the DfE's words.
    await expect(problems).toContainText(
      'The assessment start date cannot be before the referral date',
    );
    await expectAccessible(page);

    // The demo plants two children on a plan while looked after: one click makes one evidence.
    const checks = page.getByRole('region', { name: /^CIN census cross-checks, 2025\/26/ });
    await expect(checks).toContainText('On a child protection plan while looked after', {
      timeout: 60_000,
    });
    await checks
      .getByRole('button', { name: /^Record as evidence/ })
      .first()
      .click();
    await expect(checks.getByText('Recorded as evidence.')).toBeVisible();
    await expectAccessible(page);

    await page.getByRole('link', { name: 'Northmoor Borough Council' }).first().click();
    await page.locator('.govuk-task-list').getByRole('link', { name: 'Indicators' }).click();
    const cin = page.getByRole('table', { name: /^From the CIN census, census year 2025\/26/ });
    await expect(cin).toBeVisible({ timeout: 90_000 });
    const referrals = cin.getByRole('row', { name: /^Referrals in the year/ });
    // A count, not a percentage: the council's figure is a whole number.
    await expect(referrals.getByRole('cell').first()).toHaveText(/^\d[\d,]*/);
    await expect(
      cin.getByRole('row', { name: /^Assessments completed within 45 working days/ }),
    ).toContainText('%');
    // The DfE's published figures in columns of their own, as on the 903 and Annex A tables:
    // the demo's council is not in the DfE files, so England's figure (the latest, 2025) alone.
    await expect(cin.getByRole('columnheader', { name: /^England/ })).toBeVisible();
    const published = councilComparators(bundledComparators(), '899', 'Northmoor').measures;
    const england = (id: string) => published.find((m) => m.id === id)?.england.value;
    const rereferrals = cin.getByRole('row', {
      name: /^Referrals in the year that were re-referrals/,
    });
    await expect(rereferrals).toContainText(`${england('re-referrals')}%`);
    await expect(
      cin.getByRole('row', { name: /^Child protection plans that were a second/ }),
    ).toContainText(`${england('cpp-second-or-later')}%`);
    // A count has no published comparator: dashes, not England's count.
    await expect(referrals.first()).toContainText('no published measure');
    await expectAccessible(page);
  });
});
