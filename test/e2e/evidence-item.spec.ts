import { z } from 'zod';
import { exportBundle, workbookJson } from './bundle';
import { expect, test } from './fixtures';
import { expectReflow } from './reflow';

const listed = z.object({
  evidence: z.array(
    z.object({
      id: z.string(),
      finding: z.string(),
      text: z.string(),
      relatesTo: z.string(),
      childIds: z.array(z.string()),
      withdrawn: z.object({ by: z.string(), at: z.string(), reason: z.string() }).nullable(),
    }),
  ),
});

test.describe('evidence item: change and withdraw', () => {
  test('changes an item (date questioned, banner focused), withdraws another, and the bundle says so', async ({
    page,
    expectAccessible,
  }, testInfo) => {
    test.setTimeout(180_000);
    await page.goto('/');
    await page.getByRole('button', { name: 'Open the demo inspection' }).click();
    await page.locator('.govuk-task-list').getByRole('link', { name: 'Evidence' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Evidence' })).toBeVisible();

    // Find the item about NM-2052 by child id, open it.
    await page.getByLabel('Search evidence').fill('NM-2052');
    const item = page.getByRole('link', { name: /^Evidence ev-/ });
    await expect(item).toHaveCount(1);
    const changedId = ((await item.textContent()) ?? '').replace('Evidence ', '');
    await item.click();
    await expect(
      page.getByRole('heading', { level: 1, name: `Evidence ${changedId}` }),
    ).toBeFocused();

    // Change: the form is filled from the item; a date long before the visit is questioned.
    await page.getByRole('button', { name: `Change evidence ${changedId}` }).click();
    await expect(page.getByRole('heading', { name: `Change evidence ${changedId}` })).toBeFocused();
    await expect(page.getByLabel('What the evidence shows')).toHaveValue(
      /unregistered accommodation/,
    );
    await expect(page.getByLabel('Child ids (optional)')).toHaveValue('NM-2052, NM-2060');
    await page.getByLabel('Child ids (optional)').fill('NM-2052');
    await page.getByLabel('Area for improvement').check();
    const date = page.getByRole('group', { name: 'Date the evidence relates to' });
    await date.getByLabel('Day').fill('1');
    await date.getByLabel('Month').fill('3');
    await date.getByLabel('Year').fill('2026');
    await page.getByRole('button', { name: 'Save changes' }).click();
    await expect(
      page.getByText('1 March 2026 is more than 14 days before the visit started'),
    ).toBeVisible();
    await expectAccessible(page);
    await expectReflow(page, 'evidence-change');
    // Saving again without confirming is refused with a linked error.
    await page.getByRole('button', { name: 'Save changes' }).click();
    const summary = page.locator('.govuk-error-summary');
    await expect(summary).toBeFocused();
    await expect(page).toHaveTitle(/^Error: Evidence ev-/);
    await expectAccessible(page);
    await summary.getByRole('link', { name: 'Confirm the date is right, or change it' }).click();
    await expect(page.getByLabel('Yes, the date is right')).toBeFocused();
    await page.keyboard.press('Space');
    await page.getByRole('button', { name: 'Save changes' }).click();
    const banner = page.getByRole('alert').filter({ hasText: `Evidence ${changedId} changed` });
    await expect(banner).toBeFocused();
    await expect(page.getByText('1 March 2026', { exact: true })).toBeVisible();
    await expectAccessible(page);

    // The history shows who changed what, old → new, with labels.
    await page.getByText(/Change history/).click();
    await expect(
      page.getByText('Finding changed from “Serious concern” to “Area for improvement”'),
    ).toBeVisible();
    await expect(
      page.getByText('Child ids changed from “NM-2052; NM-2060” to “NM-2052”'),
    ).toBeVisible();
    await expectAccessible(page);

    // A second save focuses a fresh banner.
    await page.getByRole('button', { name: `Change evidence ${changedId}` }).click();
    await page.getByLabel('Strength').check();
    await page.getByRole('button', { name: 'Save changes' }).click();
    // The date is still outside the visit: asked again, with focus on the confirmation.
    await expect(page.getByLabel('Yes, the date is right')).toBeFocused();
    await page.keyboard.press('Space');
    await page.getByRole('button', { name: 'Save changes' }).click();
    await expect(
      page.getByRole('alert').filter({ hasText: `Evidence ${changedId} changed` }),
    ).toBeFocused();

    // Withdraw another item: a reason is asked for; it stays, marked withdrawn.
    await page.getByRole('link', { name: 'All evidence' }).click();
    await page.getByLabel('Search evidence').fill('NM-2011');
    const other = page.getByRole('link', { name: /^Evidence ev-/ });
    await expect(other).toHaveCount(1);
    const withdrawnId = ((await other.textContent()) ?? '').replace('Evidence ', '');
    await other.click();
    await page.getByRole('button', { name: `Withdraw evidence ${withdrawnId}` }).click();
    await expect(
      page.getByRole('heading', { name: `Withdraw evidence ${withdrawnId}` }),
    ).toBeFocused();
    await page.getByRole('button', { name: 'Withdraw evidence' }).click();
    await expect(page.locator('.govuk-error-summary')).toBeFocused();
    await expect(page.locator('.govuk-error-summary')).toContainText(
      'Enter why you are withdrawing this evidence',
    );
    await expectAccessible(page);
    await expectReflow(page, 'evidence-withdraw-form');
    await page.getByLabel('Why are you withdrawing it?').fill('Recorded twice');
    await page.getByRole('button', { name: 'Withdraw evidence' }).click();
    await expect(
      page.getByRole('alert').filter({ hasText: `Evidence ${withdrawnId} withdrawn` }),
    ).toBeFocused();
    await expect(
      page.getByRole('heading', { level: 1, name: `Evidence ${withdrawnId} Withdrawn` }),
    ).toBeVisible();
    await expect(page.getByText(/Withdrawn by .+: Recorded twice/)).toBeVisible();
    await expect(page.getByRole('button', { name: /Change evidence/ })).toHaveCount(0);
    await expectAccessible(page);
    await expectReflow(page, 'evidence-withdrawn');
    await page.getByRole('link', { name: 'All evidence' }).click();
    await page.getByLabel('Search evidence').fill(withdrawnId);
    await expect(page.getByRole('listitem').filter({ hasText: 'Recorded twice' })).toContainText(
      'Withdrawn',
    );
    await expectAccessible(page);

    // The exported bundle, read by the real command.
    const file = await exportBundle(page, testInfo);
    const { evidence } = listed.parse(workbookJson('evidence', 'list', file));
    expect(evidence.find((e) => e.id === changedId)).toMatchObject({
      finding: 'strength',
      relatesTo: '2026-03-01',
      childIds: ['NM-2052'],
      withdrawn: null,
    });
    expect(evidence.find((e) => e.id === withdrawnId)?.withdrawn).toMatchObject({
      reason: 'Recorded twice',
    });
    expect(evidence.filter((e) => e.withdrawn !== null)).toHaveLength(1);
  });
});
