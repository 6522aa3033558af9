import { execFileSync, spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import type { Download, Page, TestInfo } from '@playwright/test';
import { inspectionIdOf, workbookJson } from './bundle';
import { fillDate } from './date-input';
import { expect, test } from './fixtures';

/*
 * Bundles encrypted to the team, against Debian's `age` and `age-keygen`
 * (apt-get install age): the app's export decrypts with `age -d -i`, and a
 * file `age` encrypted to the app's key opens in the app.
 */

function age(args: readonly string[]): { code: number | null; stdout: Buffer; stderr: string } {
  const keygenRun = args[0] === 'keygen';
  const result = spawnSync(keygenRun ? 'age-keygen' : 'age', keygenRun ? args.slice(1) : args);
  if (result.error !== undefined) throw new Error('this test needs Debian’s age package');
  return { code: result.status, stdout: result.stdout, stderr: result.stderr.toString() };
}

/** A new age identity file made by age-keygen, and its public key. */
function keygen(testInfo: TestInfo, name: string): { file: string; recipient: string } {
  const file = testInfo.outputPath(name);
  expect(age(['keygen', '-o', file]).code).toBe(0);
  return { file, recipient: age(['keygen', '-y', file]).stdout.toString().trim() };
}

/** A plain bundle the `workbook` command made, for a council of its own. */
function plainBundle(testInfo: TestInfo, name: string, council: string): string {
  const file = testInfo.outputPath(`${name}.inspection`);
  execFileSync('npx', [
    'tsx',
    'electron/cli/main.ts',
    'new',
    file,
    '--council',
    council,
    '--la-code',
    '899',
    '--kind',
    'ilacs-standard',
    '--on-site',
    '2026-10-05',
    '--lead',
    'Sam Lead',
    '--as',
    'Sam Lead',
  ]);
  return file;
}

async function download(page: Page, click: () => Promise<void>, path: string): Promise<string> {
  const started = page.waitForEvent('download');
  await click();
  await (await started).saveAs(path);
  return path;
}

async function openBundleFile(page: Page, file: string): Promise<void> {
  await page.goto('/');
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Open a bundle' }).click();
  await (await chooser).setFiles(file);
}

test.describe('Bundles encrypted to the team', () => {
  test('the app’s identity, a member’s key, an export age decrypts, and files age encrypted', async ({
    page,
    expectAccessible,
  }, testInfo) => {
    test.slow();
    const tom = keygen(testInfo, 'tom.key');
    const stranger = keygen(testInfo, 'stranger.key');

    // Your keys: made on first use; the identity file is age-keygen's format.
    await page.goto('/#/settings');
    await expect(page.getByRole('heading', { name: 'Your keys' })).toBeVisible();
    const myKey = (
      (await page.locator('dt:has-text("Encryption key (age)") + dd').textContent()) ?? ''
    ).trim();
    expect(myKey).toMatch(/^age1[0-9a-z]{58}$/);
    await expect(page.locator('dt:has-text("Signing key (Ed25519)") + dd')).toContainText(
      'ssh-ed25519 ',
    );
    const identityFile = await download(
      page,
      () => page.getByRole('button', { name: 'Download your identity file' }).click(),
      testInfo.outputPath('me.txt'),
    );
    expect(age(['keygen', '-y', identityFile]).stdout.toString().trim()).toBe(myKey);
    const publicKeys = await download(
      page,
      () => page.getByRole('button', { name: 'Download your public keys (.txt)' }).click(),
      testInfo.outputPath('public.txt'),
    );
    expect(readFileSync(publicKeys, 'utf8')).toContain(myKey);
    expect(readFileSync(publicKeys, 'utf8')).not.toContain('AGE-SECRET-KEY');
    await expectAccessible(page);

    // An inspection with Tom on the team; no keys yet: plain export is offered with a warning.
    await page.goto('/');
    await page.getByLabel('Council', { exact: true }).fill('Westmoor Borough Council');
    await page.getByLabel('DfE local authority code').fill('898');
    await fillDate(page, 'First day on site', '2026-11-02');
    await page.getByLabel('Other members of the team (optional)').fill('Tom Hargreaves');
    await page.getByRole('button', { name: 'Create inspection' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toContainText('Westmoor');
    const id = inspectionIdOf(page);
    await expect(page.locator('.govuk-warning-text')).toContainText(
      'No one on the team has a public key yet',
    );
    await expect(
      page.getByRole('button', { name: 'Export bundle without encryption' }),
    ).toBeVisible();

    // The warning leads to the Team page, where the keys are added (before the roster is
    // signed, by anyone on the team).
    await page.locator('.govuk-warning-text').getByRole('link', { name: 'the Team page' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'The team' })).toBeVisible();

    // Tom's key: a wrong one is refused in one line; his real one is saved; then mine.
    await page.getByRole('button', { name: 'Add key for Tom Hargreaves' }).click();
    await page.getByLabel('Paste Tom Hargreaves’s public key').fill('age1notakey');
    await page.getByRole('button', { name: 'Save key' }).click();
    await expect(page.locator('.govuk-error-summary')).toContainText(
      '"age1notakey" is not an age public key',
    );
    await page.getByLabel('Paste Tom Hargreaves’s public key').fill(tom.recipient);
    await page.getByRole('button', { name: 'Save key' }).click();
    await expect(
      page.getByRole('alert').filter({ hasText: 'Tom Hargreaves’s key saved' }),
    ).toBeVisible();
    await page.getByRole('button', { name: 'Use my key for Inspector' }).click();
    await expect(
      page.getByRole('alert').filter({ hasText: 'Inspector’s key saved' }),
    ).toBeVisible();
    const keys = page.getByRole('table', { name: 'Members of the team' });
    await expect(keys).toContainText(tom.recipient.slice(0, 12));
    await expect(keys).toContainText(myKey.slice(0, 12));
    await page.getByText('The members’ keys in full').click();
    const full = page.locator('.govuk-details__text');
    await expect(full).toContainText(tom.recipient);
    await expect(full).toContainText(myKey);
    await expectAccessible(page);
    await page.screenshot({ path: testInfo.outputPath('team-keys-unsigned.png'), fullPage: true });
    await page.locator('.govuk-back-link').click();
    await expect(page.getByRole('heading', { level: 1 })).toContainText('Westmoor');
    // One place for the keys: the Overview no longer lists them.
    await expect(page.getByRole('heading', { name: 'The team’s keys' })).toHaveCount(0);

    // Export: encrypted to Tom and me; age decrypts it with either identity, not with another.
    await expect(
      page.getByText('encrypted to the keys of Inspector and Tom Hargreaves'),
    ).toBeVisible();
    await page.getByLabel('Also save a copy sealed with a passphrase').check();
    await page.getByLabel('Passphrase for the copy').fill('short');
    await page.getByRole('button', { name: 'Export bundle', exact: true }).click();
    await expect(page.locator('#export-passphrase-error')).toContainText('at least 8 characters');
    await page.getByLabel('Passphrase for the copy').fill('orange kettle quiet harbour');
    const downloads: Download[] = [];
    const both = new Promise<void>((resolve) => {
      page.on('download', (started) => {
        downloads.push(started);
        if (downloads.length === 2) resolve();
      });
    });
    await page.getByRole('button', { name: 'Export bundle', exact: true }).click();
    await both;
    const [mainDownload, copyDownload] = downloads;
    const exported = testInfo.outputPath('team.inspection');
    const copy = testInfo.outputPath('copy.inspection');
    await mainDownload?.saveAs(exported);
    await copyDownload?.saveAs(copy);
    expect(copyDownload?.suggestedFilename()).toMatch(/-passphrase\.inspection$/);
    await expect(page.getByRole('alert').filter({ hasText: 'Exported' })).toContainText(
      'encrypted to 2 keys',
    );
    expect(readFileSync(exported).subarray(0, 21).toString()).toBe('age-encryption.org/v1');
    for (const identity of [tom.file, identityFile]) {
      const opened = age(['-d', '-i', identity, exported]);
      expect(opened.stderr).toBe('');
      expect(opened.stdout.subarray(0, 2).toString()).toBe('PK');
    }
    expect(age(['-d', '-i', stranger.file, exported]).code).not.toBe(0);
    // The command reads it with Tom's identity file.
    expect(JSON.stringify(workbookJson('log', exported, '--identity', tom.file))).toContain(
      'Westmoor Borough Council',
    );

    // Deleted here, the exported bundle opens again with the app's own key.
    await page.getByRole('button', { name: 'Delete inspection' }).click();
    await page.getByRole('button', { name: 'Yes, delete this inspection' }).click();
    await expect(page.getByText('There are no inspections on this device yet.')).toBeVisible();
    await openBundleFile(page, exported);
    await expect(page.getByRole('heading', { level: 1 })).toContainText('Westmoor');
    expect(inspectionIdOf(page)).toBe(id);
    await expect(
      page.locator('.govuk-warning-text').filter({ hasText: 'was not encrypted' }),
    ).toHaveCount(0);

    // The passphrase copy: merging it asks for the passphrase, refuses a wrong one.
    const chooser = page.waitForEvent('filechooser');
    await page.getByRole('button', { name: 'Merge a colleague’s bundle' }).click();
    await (await chooser).setFiles(copy);
    await page.getByLabel('Passphrase of the bundle').fill('orange kettle loud harbour');
    await page.getByRole('button', { name: 'Open with this passphrase' }).click();
    await expect(page.locator('#bundle-passphrase-error')).toContainText(
      'that passphrase does not open it',
    );
    await page.getByLabel('Passphrase of the bundle').fill('orange kettle quiet harbour');
    await page.getByRole('button', { name: 'Open with this passphrase' }).click();
    await expect(
      page.locator('.govuk-notification-banner').filter({ hasText: 'held nothing new' }),
    ).toBeVisible();

    // A file age encrypted to the app's public key opens in the app.
    const sealed = testInfo.outputPath('sealed-by-age.inspection');
    const eastmoor = plainBundle(testInfo, 'eastmoor', 'Eastmoor Borough Council');
    expect(age(['-r', myKey, '-o', sealed, eastmoor]).code).toBe(0);
    await openBundleFile(page, sealed);
    await expect(page.getByRole('heading', { level: 1 })).toContainText('Eastmoor');

    // A file not for this person: the message says how many it is for and names my key.
    const notMine = testInfo.outputPath('not-mine.inspection');
    const northmoor = plainBundle(testInfo, 'northmoor', 'Northmoor Borough Council');
    expect(
      age(['-r', tom.recipient, '-r', stranger.recipient, '-o', notMine, northmoor]).code,
    ).toBe(0);
    await openBundleFile(page, notMine);
    await expect(page.locator('.govuk-error-summary')).toContainText(
      `not-mine.inspection is encrypted to 2 recipients (2 X25519 keys), and your key (${myKey}) is not one of them`,
    );
    await expectAccessible(page);

    // A plain bundle still opens, with a notice.
    await openBundleFile(page, northmoor);
    await expect(page.getByRole('heading', { level: 1 })).toContainText('Northmoor');
    await expect(
      page
        .locator('.govuk-warning-text')
        .filter({ hasText: 'northmoor.inspection was not encrypted' }),
    ).toBeVisible();
  });
});
