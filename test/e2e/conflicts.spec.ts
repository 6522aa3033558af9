import { exportBundle, workbookJson } from './bundle';
import { expect, test } from './fixtures';

test.describe('Conflicts of interest', () => {
  test('shows the demo’s planted flags with their evidence, reviews one and dismisses a lead', async ({
    page,
    expectAccessible,
  }, testInfo) => {
    test.slow();
    await page.goto('/');
    await page.getByRole('button', { name: 'Open the demo inspection' }).click();
    await page.getByRole('link', { name: 'Conflicts of interest' }).click();
    await expect(
      page.getByRole('heading', { level: 1, name: 'Conflicts of interest' }),
    ).toBeVisible();
    const flags = page.locator('.govuk-summary-card').filter({ hasText: 'Mark reviewed' });
    await expect(flags.first()).toBeVisible({ timeout: 60_000 });
    // Both planted kinds: the trust's own homes, and Kestrel homes in Harbour Lane's group.
    await expect(page.getByRole('heading', { name: /^Same body:/ }).first()).toBeVisible();
    await expect(
      page.getByRole('heading', { name: /^Same corporate group: Kestrel/ }).first(),
    ).toBeVisible();
    await expect(
      page.getByText('KESTREL CARE GROUP HOLDINGS LIMITED (07012345)').first(),
    ).toBeVisible();
    await expectAccessible(page);

    // Review the first flag, with a reason.
    const first = flags.first();
    await first.getByRole('button', { name: 'Mark reviewed' }).click();
    await expect(
      first.getByText('Enter why the conflict is managed or not a conflict'),
    ).toBeVisible();
    await first
      .getByLabel('Reason for marking this reviewed')
      .fill('Contract clause 14 manages it');
    await first.getByRole('button', { name: 'Mark reviewed' }).click();
    await expect(
      page.getByText(/Reviewed by Inspector: Contract clause 14 manages it/),
    ).toBeVisible({ timeout: 60_000 });

    // Dismiss the look-alike owner's link: its leads disappear.
    const lookAlike = page.getByRole('button', {
      name: /Dismiss link between Northmoor Children's Services Ltd/,
    });
    await expect(lookAlike.first()).toBeVisible();
    await lookAlike.first().click();
    await expect(lookAlike).toHaveCount(0, { timeout: 60_000 });

    // The command, on the exported bundle, sees the review and the rejected link.
    const file = await exportBundle(page, testInfo);
    const found = JSON.stringify(workbookJson('conflicts', file));
    expect(found).toContain('Contract clause 14 manages it');
    // The dismissed look-alike owner makes no lead any more.
    const leads: unknown = Reflect.get(Object(workbookJson('conflicts', file)), 'leads');
    expect(JSON.stringify(leads)).not.toContain("Northmoor Children's Services Ltd");
    expect(JSON.stringify(workbookJson('log', file, '--entity', 'company-link'))).toContain(
      "Northmoor Children's Services Ltd",
    );
    await expectAccessible(page);
  });
});
