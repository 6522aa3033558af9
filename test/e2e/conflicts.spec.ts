import { WORKBOOK_CLI } from './workbook-command';
import { execFileSync } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import type { Page } from '@playwright/test';
import { z } from 'zod';
import { exportBundle, inspectionIdOf, workbookJson } from './bundle';
import { expect, test } from './fixtures';

const LOOK_ALIKE = "Northmoor Children's Services Ltd";
const TRUST = "Northmoor Children's Trust CIC";

const reportSchema = z.object({
  conflicts: z.array(
    z.object({
      id: z.string(),
      review: z.object({ status: z.string(), reason: z.string(), by: z.string() }).nullable(),
    }),
  ),
  leads: z.array(z.object({ owner: z.object({ name: z.string() }) })),
});

/** `workbook conflicts --json` on a bundle, checked. */
function conflictsOf(file: string) {
  return reportSchema.parse(workbookJson('conflicts', file));
}

/** The summary tables' rows as the screen shows them: [number, setting, delegated provider]. */
async function summaryRows(page: Page): Promise<string[][]> {
  const rows = page.locator('table:has(caption:text("Corporate group")) tbody tr');
  return rows.evaluateAll((trs) =>
    trs.map((tr) => {
      const cells = [...tr.querySelectorAll('th, td')].map((c) => c.textContent.trim());
      const number = /^Flag (\d+)/.exec(cells[0] ?? '')?.[1] ?? '';
      return [number, cells[1] ?? '', cells[2] ?? ''];
    }),
  );
}

/** The page never scrolls sideways: wide tables scroll in their own box (WCAG 1.4.10). */
async function expectNoSidewaysScroll(page: Page): Promise<void> {
  const { overflow, widest } = await page.evaluate(() => {
    const width = document.documentElement.clientWidth;
    // Name the outermost elements that stick out, so a failure says what to fix.
    const out = [...document.querySelectorAll('body *')].filter(
      (e) =>
        e.getBoundingClientRect().right > width + 1 &&
        e.closest('.app-scroll-box') === null &&
        !(e.parentElement !== null && e.parentElement.getBoundingClientRect().right > width + 1),
    );
    return {
      overflow: document.documentElement.scrollWidth - width,
      widest: out.map((e) => `${e.tagName}.${e.className}: ${e.textContent.slice(0, 60)}`),
    };
  });
  expect(overflow, `horizontal page scroll from ${widest.join(' | ')}`).toBeLessThanOrEqual(0);
}

async function openConflicts(page: Page, id: string, query = ''): Promise<void> {
  await page.goto(`/#/inspections/${encodeURIComponent(id)}/conflicts${query}`);
  await expect(
    page.getByRole('heading', { level: 1, name: 'Conflicts of interest' }),
  ).toBeVisible();
}

test.describe('Conflicts of interest', () => {
  test('a summary numbered as the report, filters in the address, a flag reviewed and changed, a link dismissed and undone', async ({
    page,
    expectAccessible,
  }, testInfo) => {
    test.setTimeout(300_000);
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.goto('/');
    await page.getByRole('button', { name: 'Open the demo inspection' }).click();
    await page.getByRole('link', { name: 'Conflicts of interest' }).click();
    await expect(
      page.getByRole('heading', { level: 1, name: 'Conflicts of interest' }),
    ).toBeVisible();
    const id = inspectionIdOf(page);
    await expect(page.getByText('Showing all 10 flags.')).toBeVisible({ timeout: 60_000 });
    // Grouped by corporate group: Kestrel's homes under their parent, the trust's own under itself.
    await expect(
      page.getByRole('table', { name: /Corporate group: KESTREL CARE GROUP HOLDINGS LIMITED/ }),
    ).toBeVisible();
    await expect(
      page.getByRole('table', { name: new RegExp(`^Corporate group: ${TRUST} \\(\\d+ flags\\)`) }),
    ).toBeVisible();
    const rows = await summaryRows(page);
    expect(rows.map(([n]) => Number(n)).sort((a, b) => a - b)).toEqual([
      1, 2, 3, 4, 5, 6, 7, 8, 9, 10,
    ]);
    // Labels, not codes.
    await expect(page.getByRole('cell', { name: 'Same corporate group' }).first()).toBeVisible();
    await expect(page.getByRole('cell', { name: 'same-group' })).toHaveCount(0);
    await expectAccessible(page);
    await page.screenshot({ path: testInfo.outputPath('conflicts-1280.png'), fullPage: true });

    // Filters by status and provider, kept in the address.
    await page.getByLabel('Review status').selectOption('not-reviewed');
    await expect(page).toHaveURL(/[?&]status=not-reviewed/);
    await page.getByLabel('Delegated provider').selectOption({ label: TRUST });
    await expect(page).toHaveURL(/[?&]provider=prov-/);
    await expect(page.getByText('Showing 4 of 10 flags.')).toBeVisible();
    expect((await summaryRows(page)).every(([, , provider]) => provider === TRUST)).toBe(true);
    await expectAccessible(page);
    await page.reload();
    await expect(page.getByText('Showing 4 of 10 flags.')).toBeVisible({ timeout: 60_000 });
    await expect(page.getByLabel('Delegated provider')).toHaveValue(/^prov-/);
    await expect(page.getByLabel('Review status')).toHaveValue('not-reviewed');

    // Open a flag by its link.
    const [first] = await summaryRows(page);
    if (first === undefined) throw new Error('no flag listed');
    const [number, setting] = first;
    await page.getByRole('link', { name: `Flag ${number} – ${setting}` }).click();
    await expect(page).toHaveURL(/\/conflicts\/conflict%3A|\/conflicts\/conflict:/);
    await expect(page.getByRole('heading', { level: 1 })).toContainText(`Flag ${number}: ${TRUST}`);
    await expect(page).toHaveTitle(new RegExp(`^Flag ${number} – `));
    const child = page.locator('.app-child-list a').first();
    await expect(child).toHaveAttribute('href', /#\/inspections\/.+\/children\/NM-/);
    await expectAccessible(page);

    // Review it: a blank review is refused, then saved; focus lands on the banner.
    await page.getByRole('button', { name: `Mark flag ${number} reviewed` }).click();
    await expect(page.locator('.govuk-error-summary')).toContainText(
      'Select what the review found',
    );
    await expect(page).toHaveTitle(/^Error: /);
    await expectAccessible(page);
    await page.getByLabel('Confirmed, with mitigation in place').check();
    await page.getByLabel('Reason').fill('Contract clause 14 manages it');
    await page.getByRole('button', { name: `Mark flag ${number} reviewed` }).click();
    const banner = page.getByRole('alert').filter({ hasText: `Flag ${number} reviewed` });
    await expect(banner).toBeFocused();
    await expect(banner).toContainText('Confirmed, with mitigation in place');
    await expectAccessible(page);

    // Change it: status and reason; the banner takes focus again and the history shows old → new.
    await page.getByLabel('Dismissed').check();
    await page.getByLabel('Reason').fill('The homes were sold before the delegation began');
    await page.getByRole('button', { name: `Change review of flag ${number}` }).click();
    const changed = page.getByRole('alert').filter({ hasText: 'Dismissed' });
    await expect(changed).toBeFocused();
    const history = page.getByRole('table', { name: 'Review history' });
    await expect(
      history.getByRole('row', { name: /Status Confirmed, with mitigation in place Dismissed/ }),
    ).toBeVisible();
    await expect(history.getByRole('row', { name: /Reason Contract clause 14/ })).toBeVisible();
    await expectAccessible(page);
    await page.screenshot({ path: testInfo.outputPath('flag-1280.png'), fullPage: true });
    await page.setViewportSize({ width: 320, height: 800 });
    await expectNoSidewaysScroll(page);
    await page.screenshot({ path: testInfo.outputPath('flag-320.png'), fullPage: true });
    await page.setViewportSize({ width: 1280, height: 900 });

    // Dismiss the look-alike owner's link: asked first, naming the two leads it removes.
    await openConflicts(page, id);
    const dismiss = page.getByRole('button', { name: `Dismiss link between ${LOOK_ALIKE}` });
    await dismiss.click();
    const question = page.getByRole('heading', { name: `Dismiss the link between ${LOOK_ALIKE}` });
    await expect(question).toBeFocused();
    const confirmBox = page.locator('.app-link-confirm');
    await expect(confirmBox).toContainText('This will remove 2 leads:', { timeout: 60_000 });
    await expect(confirmBox).toContainText(`Brightwater House (${LOOK_ALIKE}), for ${TRUST}`);
    await expect(confirmBox).toContainText(`Brightwater Court (${LOOK_ALIKE}), for ${TRUST}`);
    await expectAccessible(page);
    await page.screenshot({ path: testInfo.outputPath('confirm-1280.png'), fullPage: true });
    await page.getByRole('button', { name: 'Yes, dismiss link' }).click();
    const dismissed = page.getByRole('alert').filter({ hasText: 'Link dismissed' });
    await expect(dismissed).toBeFocused();
    await expect(dismissed).toContainText('Removed 2 leads:');
    await expect(
      page.getByRole('button', { name: `Dismiss link between ${LOOK_ALIKE}` }),
    ).toHaveCount(0, { timeout: 60_000 });
    const decided = page.getByRole('table', { name: 'Decided links' });
    await expect(decided.getByRole('row', { name: new RegExp(LOOK_ALIKE) })).toContainText(
      'Dismissed: not the same company',
    );
    await expectAccessible(page);

    // In the exported bundle the real command sees the review and the rejected link.
    const afterDismiss = await exportBundle(page, testInfo, 'dismissed');
    const seen = conflictsOf(afterDismiss);
    expect(seen.conflicts.find((c) => c.review !== null)?.review).toMatchObject({
      status: 'dismissed',
      reason: 'The homes were sold before the delegation began',
    });
    expect(seen.leads.some((l) => l.owner.name === LOOK_ALIKE)).toBe(false);
    expect(JSON.stringify(workbookJson('log', afterDismiss, '--entity', 'company-link'))).toContain(
      'rejected',
    );

    // Undo: the link is undecided again and the leads are back, in the page and in the bundle.
    await openConflicts(page, id);
    await page
      .getByRole('button', {
        name: `Undo dismissal of the link between ${LOOK_ALIKE} and 11223344`,
      })
      .click();
    const undone = page.getByRole('alert').filter({ hasText: 'Link undone' });
    await expect(undone).toBeFocused({ timeout: 60_000 });
    await expect(undone).toContainText('Added 2 leads:');
    await expect(
      page.getByRole('button', { name: `Dismiss link between ${LOOK_ALIKE}` }),
    ).toBeVisible({ timeout: 60_000 });
    await expect(page.getByText('No link has been confirmed or dismissed.')).toBeVisible();
    await expectAccessible(page);
    await page.setViewportSize({ width: 320, height: 800 });
    await expectNoSidewaysScroll(page);
    await page.screenshot({ path: testInfo.outputPath('conflicts-320.png'), fullPage: true });
    await page.setViewportSize({ width: 1280, height: 900 });

    const afterUndo = await exportBundle(page, testInfo, 'undone');
    expect(conflictsOf(afterUndo).leads.filter((l) => l.owner.name === LOOK_ALIKE)).toHaveLength(2);
    expect(JSON.stringify(workbookJson('log', afterUndo, '--entity', 'company-link'))).toContain(
      'undecided',
    );

    // The report numbers the flags as the screen does: its flags table, from the real command.
    const pdf = testInfo.outputPath('report.pdf');
    execFileSync(process.execPath, [WORKBOOK_CLI, 'report', afterUndo, '--out', pdf], {
      stdio: 'ignore',
    });
    const html = await readFile(`${pdf}.html`, 'utf8');
    const report = await page.context().newPage();
    await report.setContent(html);
    const reportRows = await report
      .getByRole('table', { name: 'Conflict-of-interest flags' })
      .locator('tbody tr')
      .evaluateAll((trs) =>
        trs.map((tr) => [...tr.querySelectorAll('th, td')].map((c) => c.textContent.trim())),
      );
    await report.close();
    // [number, delegated provider, placement provider, …] in the report.
    const byNumber = new Map(reportRows.map((r) => [r[0], [r[2], r[1]]]));
    expect(byNumber.size).toBe(rows.length);
    for (const [n, settingName, provider] of rows)
      expect(byNumber.get(n), `flag ${n}`).toEqual([settingName, provider]);
  });

  test('says not checked, and what is missing, with nothing imported', async ({
    page,
    expectAccessible,
  }, testInfo) => {
    const file = testInfo.outputPath('bare.inspection');
    execFileSync(process.execPath, [WORKBOOK_CLI, 'demo', '--out', file, '--without-records'], {
      stdio: 'ignore',
    });
    await page.goto('/');
    const chooser = page.waitForEvent('filechooser');
    await page.getByRole('button', { name: 'Open a bundle' }).click();
    await (await chooser).setFiles(file);
    await expect(page.getByRole('heading', { level: 1 })).toContainText('Northmoor');
    await openConflicts(page, inspectionIdOf(page));
    await expect(page.getByText('Conflicts of interest have not been checked.')).toBeVisible();
    await expect(page.getByText('No conflicts of interest were found.')).toHaveCount(0);
    await expect(page.getByText(/No placement records: import SSDA903/)).toBeVisible();
    await expect(page.getByText(/No Ofsted provider list/)).toBeVisible();
    await expect(page.getByText(/No ownership data/)).toBeVisible();
    await expect(page.getByRole('link', { name: 'Import records' })).toHaveAttribute(
      'href',
      /\/records$/,
    );
    await expectAccessible(page);
    await page.setViewportSize({ width: 320, height: 800 });
    await expectNoSidewaysScroll(page);
    await page.screenshot({ path: testInfo.outputPath('not-checked-320.png'), fullPage: true });
  });
});
