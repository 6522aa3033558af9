import { WORKBOOK_CLI } from './workbook-command';
import { copyFileSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { exportBundle, workbookJson } from './bundle';
import { expect, test } from './fixtures';

/** Runs a `workbook` change as a colleague would on their own copy. */
function colleague(...args: string[]): void {
  execFileSync(process.execPath, [WORKBOOK_CLI, ...args, '--as', 'Tom Hargreaves'], {
    stdio: ['ignore', 'ignore', 'pipe'],
  });
}

function reviewedFlags(file: string): { id: string; reason: string }[] {
  const result = workbookJson('conflicts', file);
  const conflicts: unknown = Reflect.get(Object(result), 'conflicts');
  if (!Array.isArray(conflicts)) return [];
  return conflicts.flatMap((flag: unknown) => {
    const review: unknown = Reflect.get(Object(flag), 'review');
    const reason: unknown = review === null ? undefined : Reflect.get(Object(review), 'reason');
    return typeof reason === 'string'
      ? [{ id: String(Reflect.get(Object(flag), 'id')), reason }]
      : [];
  });
}

test.describe('Merging two inspectors’ bundles', () => {
  test('merges a colleague’s bundle, showing what merged and the edit that clashed', async ({
    page,
    expectAccessible,
  }, testInfo) => {
    test.slow();
    await page.goto('/');
    await page.getByRole('button', { name: 'Open the demo inspection' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toContainText('Northmoor');
    // Both inspectors start from the same copy.
    const base = await exportBundle(page, testInfo, 'base');
    const theirs = testInfo.outputPath('tom.inspection');
    copyFileSync(base, theirs);

    // In the app: review a flag.
    await page
      .locator('.govuk-task-list')
      .getByRole('link', { name: 'Conflicts of interest' })
      .click();
    await page.getByRole('link', { name: /^Flag 1 – / }).click({ timeout: 60_000 });
    await page.getByLabel('Confirmed', { exact: true }).check();
    await page.getByLabel('Reason').fill('Contract clause 14 manages it');
    await page.getByRole('button', { name: 'Mark flag 1 reviewed' }).click();
    await expect(page.getByRole('alert').filter({ hasText: 'Flag 1 reviewed' })).toBeFocused();
    const ours = await exportBundle(page, testInfo, 'ours');
    const [reviewed] = reviewedFlags(ours);
    expect(reviewed?.reason).toBe('Contract clause 14 manages it');

    // Meanwhile, on the colleague's copy: the same flag reviewed differently, and new evidence.
    colleague('review', theirs, '--flag', reviewed?.id ?? '', '--reason', 'Managed by the board');
    colleague(
      'evidence',
      'add',
      theirs,
      '--source',
      'council',
      '--area',
      'leaders',
      '--finding',
      'strength',
      '--kind',
      'meeting',
      '--text',
      'Chief executive chairs a monthly practice board',
    );

    // Merge their bundle in the app.
    const chooser = page.waitForEvent('filechooser');
    await page.getByRole('button', { name: 'Merge a colleague’s bundle' }).click();
    await (await chooser).setFiles(theirs);
    const banner = page.locator('.govuk-notification-banner').filter({ hasText: 'Merged' });
    await expect(banner).toContainText(/\d+ changes? merged from tom\.inspection/);
    await expect(banner).toContainText(/\d+ edits? clashed/);
    const shown = Number(/(\d+) edits? clashed/.exec((await banner.textContent()) ?? '')?.[1]);
    // Reviewer, time and reason each clash: the same review, made twice from the same start.
    expect(shown).toBeGreaterThan(0);
    const clashes = banner.getByRole('table', { name: 'Edits that clashed' });
    await expect(clashes).toContainText('Conflict review');
    await expect(clashes).toContainText('Reason');
    await expect(clashes).toContainText('Managed by the board');
    await expect(clashes).toContainText('Contract clause 14 manages it');
    await expectAccessible(page);

    // The command, merging the same two bundles, finds the same clash; the app's merged
    // bundle holds both inspectors' work.
    const cli = workbookJson('merge', ours, theirs, '--out', testInfo.outputPath('cli.inspection'));
    expect(Reflect.get(Object(cli), 'clashes')).toHaveLength(shown);
    const merged = await exportBundle(page, testInfo, 'merged');
    const log = JSON.stringify(workbookJson('log', merged));
    expect(log).toContain('Chief executive chairs a monthly practice board');
    expect(log).toContain('Tom Hargreaves');
    const after = reviewedFlags(merged).find((flag) => flag.id === reviewed?.id);
    expect(['Managed by the board', 'Contract clause 14 manages it']).toContain(after?.reason);

    // Merging the same bundle again brings nothing new.
    const again = page.waitForEvent('filechooser');
    await page.getByRole('button', { name: 'Merge a colleague’s bundle' }).click();
    await (await again).setFiles(theirs);
    await expect(banner).toContainText('tom.inspection held nothing new.');
  });
});
