import { execFileSync } from 'node:child_process';
import { X509Certificate } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import forge from 'node-forge';
import type { Page } from '@playwright/test';
import { identityFileText } from '../../shared/crypto';
import { demoIdentity } from '../../shared/demo';
import { signingKeyFingerprint } from '../../shared/tasks/roster-keys';
import { inspectionIdOf } from './bundle';
import { fillDate } from './date-input';
import { expectReflow } from './reflow';
import { expect, test } from './fixtures';
import { WORKBOOK_CLI } from './workbook-command';

/*
 * The team roster in the app (Overview > The team), in the browser host.
 * The demo bundle `workbook demo` writes is signed by the demo team's keys
 * (made from a published seed), its roster signed by its lead, Amara
 * Okafor; the app becomes Amara by importing her demo identity in Settings,
 * as a lead imports their identity file. Colleagues' keys are made by the
 * command (`workbook keys new`), as a colleague would hand them over.
 */

const LEAD = 'Amara Okafor';
const TOM = 'Tom Hargreaves';

function workbook(...args: string[]): string {
  return execFileSync(process.execPath, [WORKBOOK_CLI, ...args], {
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'pipe'],
  });
}

/** Imports an identity file in Settings > Your keys: it becomes the one the app signs with. */
async function importIdentity(page: Page, file: string): Promise<void> {
  await page.goto('/#/settings');
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Import a key' }).click();
  await (await chooser).setFiles(file);
  await expect(page.getByRole('alert').filter({ hasText: 'Key imported' })).toBeVisible();
}

async function openBundleFile(page: Page, file: string): Promise<void> {
  await page.goto('/');
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Open a bundle' }).click();
  await (await chooser).setFiles(file);
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Northmoor');
}

async function setName(page: Page, name: string): Promise<void> {
  await page.goto('/#/settings');
  await page.getByLabel('Your name').fill(name);
  await page.getByRole('button', { name: 'Save settings' }).click();
  await expect(page.locator('.govuk-notification-banner--success')).toContainText(name);
}

/** A self-signed certificate in PEM (a small key: the roster records only its fingerprint). */
function certificatePem(name: string): string {
  const keys = forge.pki.rsa.generateKeyPair({ bits: 512, e: 0x10001 });
  const cert = forge.pki.createCertificate();
  cert.publicKey = keys.publicKey;
  cert.serialNumber = '01';
  cert.validity.notBefore = new Date(Date.UTC(2026, 0, 1));
  cert.validity.notAfter = new Date(Date.UTC(2027, 0, 1));
  cert.setSubject([{ name: 'commonName', value: name }]);
  cert.setIssuer([{ name: 'commonName', value: name }]);
  cert.sign(keys.privateKey, forge.md.sha256.create());
  return forge.pki.certificateToPem(cert);
}

function rowOf(page: Page, name: string) {
  // A row's name starts with its member's name ("Inspector" is also a role).
  return page
    .getByRole('table', { name: 'Members of the team' })
    .getByRole('row', { name: new RegExp(`^${name} `) });
}

test.describe('The team roster', () => {
  test('the demo’s roster is verified; its lead removes and adds a member; anyone else is refused', async ({
    page,
    expectAccessible,
  }, testInfo) => {
    test.slow();
    const bundle = testInfo.outputPath('demo.inspection');
    workbook('demo', '--out', bundle, '--without-records');
    const amaraFile = testInfo.outputPath('amara.key');
    writeFileSync(amaraFile, identityFileText(await demoIdentity(LEAD), new Date()));
    await importIdentity(page, amaraFile);
    await openBundleFile(page, bundle);
    const inspectionId = inspectionIdOf(page);

    // The Overview says the team is verified, and leads to the roster.
    const overview = page.getByRole('region', { name: 'The team', exact: true });
    await expect(overview).toContainText(`Verified — signed by the lead ${LEAD} on`);
    await overview.getByRole('link', { name: 'See the team roster and its keys' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'The team' })).toBeVisible();
    await expect(page).toHaveTitle(/^The team/);
    await expect(page.locator('[data-roster-status]')).toContainText(
      `Verified — signed by the lead ${LEAD} on`,
    );
    const amaraKey = (await demoIdentity(LEAD)).signingKey;
    const amaraRow = rowOf(page, LEAD);
    await expect(amaraRow).toContainText('Lead inspector');
    await expect(amaraRow).toContainText(
      (signingKeyFingerprint(amaraKey) ?? 'missing').slice(0, 19),
    );
    await expect(amaraRow).toContainText('None recorded');
    await expect(rowOf(page, TOM)).toContainText('Does not sign reports');
    await expectAccessible(page);
    await page.screenshot({ path: testInfo.outputPath('roster-verified.png'), fullPage: true });

    // The lead removes Tom, after a confirmation reached by keyboard.
    await page.getByRole('button', { name: `Remove ${TOM} from the roster` }).focus();
    await page.keyboard.press('Enter');
    await expect(
      page.getByRole('heading', { name: `Remove ${TOM} from the team roster?` }),
    ).toBeFocused();
    await page.keyboard.press('Tab');
    await expect(page.getByRole('button', { name: `Yes, remove ${TOM}` })).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(page.getByRole('alert').filter({ hasText: `${TOM} was removed` })).toBeFocused();
    await expect(rowOf(page, TOM)).toContainText('Not on the roster');

    // A secret key pasted by mistake is refused, without showing it, in a linked error summary.
    const tomFile = testInfo.outputPath('tom.key');
    workbook('keys', 'new', '--out', tomFile);
    const tomKeys = workbook('keys', 'show', tomFile);
    await page.getByLabel('Member of the inspection’s team').selectOption(TOM);
    const keys = page.getByLabel('Their public keys');
    await keys.fill('AGE-SECRET-KEY-1QQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQ');
    await page.getByRole('button', { name: 'Add to the roster' }).click();
    const summary = page.locator('.govuk-error-summary');
    await expect(summary).toBeFocused();
    await expect(summary).toContainText('That is a secret key');
    await expect(summary).not.toContainText('QQQQQQQQ');
    await expectAccessible(page);
    await summary.getByRole('link').click();
    await expect(keys).toBeFocused();

    // Tom's public keys, as `workbook keys show` printed them, put him back (by keyboard).
    await keys.fill(tomKeys);
    await page.keyboard.press('Tab');
    await expect(page.getByRole('button', { name: 'Add to the roster' })).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(
      page.getByRole('alert').filter({ hasText: `${TOM} is on the team roster` }),
    ).toBeVisible();
    // A fresh form: the keys just added are not left in it.
    await expect(keys).toHaveValue('');
    const tomSigning = /ssh-ed25519 \S+/.exec(tomKeys)?.[0] ?? 'missing';
    await expect(rowOf(page, TOM)).toContainText(
      (signingKeyFingerprint(tomSigning) ?? 'missing').slice(0, 19),
    );
    await page.getByText('The members’ keys in full').click();
    await expect(page.locator('.govuk-details__text')).toContainText(tomSigning);
    await expectAccessible(page);
    await page.screenshot({ path: testInfo.outputPath('roster-added.png'), fullPage: true });
    await expectReflow(page, 'roster');

    // Changes in the history carry the verified mark.
    await page.goto(`/#/inspections/${inspectionId}/judgements/leaders`);
    await page.getByText('Change history of this judgement').click();
    const history = page.getByRole('region', { name: /^Change history of / });
    await expect(history.getByText('Verified').first()).toBeVisible();

    // Tom, holding his own key, is refused in the command's words.
    await importIdentity(page, tomFile);
    await page.goto(`/#/inspections/${inspectionId}/team`);
    await page.getByRole('button', { name: 'Remove Priya Shah from the roster' }).click();
    await page.getByRole('button', { name: 'Yes, remove Priya Shah' }).click();
    await expect(page.locator('.govuk-error-summary')).toContainText(
      `Only the roster's lead (${LEAD}) adds or removes members; you are working as "${TOM}".`,
    );
    await expect(rowOf(page, 'Priya Shah')).not.toContainText('Not on the roster');
    await expectAccessible(page);
  });

  test('a workbook made before roster signing shows its team unverified until its lead signs', async ({
    page,
    expectAccessible,
  }, testInfo) => {
    await page.goto('/');
    await page.getByLabel('Council', { exact: true }).fill('Northmoor Borough Council');
    await page.getByLabel('DfE local authority code').fill('899');
    await fillDate(page, 'First day on site', '2026-11-02');
    await page.getByLabel('Other members of the team (optional)').fill(TOM);
    await page.getByRole('button', { name: 'Create inspection' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toContainText('Northmoor');
    const inspectionId = inspectionIdOf(page);
    await expect(page.getByRole('region', { name: 'The team', exact: true })).toContainText(
      'Unverified: the lead has not signed this team',
    );

    // Tom (by the name in Settings) is not the lead: refused in the command's words.
    await setName(page, TOM);
    await page.goto(`/#/inspections/${inspectionId}/team`);
    await expect(page.locator('[data-roster-status]')).toContainText(
      'Unverified: the lead has not signed this team',
    );
    await expect(rowOf(page, TOM)).toContainText('Not on the roster');
    await expectAccessible(page);
    await page.screenshot({ path: testInfo.outputPath('roster-unverified.png'), fullPage: true });
    await expectReflow(page, 'roster-unverified');
    await page.getByRole('button', { name: 'Sign the team roster' }).click();
    await expect(page.locator('.govuk-error-summary')).toContainText(
      `Only the lead inspector begins the team roster (lead: Inspector); you are working as "${TOM}".`,
    );

    // The lead signs with their certificate's fingerprint, read from its file: their keys go on
    // the roster and the team is verified.
    await setName(page, 'Inspector');
    await page.goto(`/#/inspections/${inspectionId}/team`);

    // Before the roster, a member's encryption key is recorded here by anyone on the team; the
    // sign form says it stops counting once the roster is signed.
    const early: unknown = JSON.parse(
      workbook('keys', 'new', '--out', testInfo.outputPath('tom-early.key'), '--json'),
    );
    const earlyKey = String(Reflect.get(Object(early), 'recipient'));
    await page.getByRole('button', { name: `Add key for ${TOM}` }).click();
    await expect(page.getByRole('heading', { name: `${TOM}’s encryption key` })).toBeFocused();
    await page.getByLabel(`Paste ${TOM}’s public key`).fill(earlyKey);
    await page.getByRole('button', { name: 'Save key' }).click();
    await expect(page.getByRole('alert').filter({ hasText: `${TOM}’s key saved` })).toBeVisible();
    await expect(rowOf(page, TOM)).toContainText(earlyKey.slice(0, 12));
    await expect(
      page.getByText(`recorded so far for ${TOM} are then no longer used`),
    ).toBeVisible();
    // No certificate chosen in Settings this session: the form says where to choose one.
    await expect(page.getByText('No certificate is chosen in this session.')).toBeVisible();
    await expectAccessible(page);

    const pem = testInfo.outputPath('lead.pem');
    writeFileSync(pem, certificatePem('Inspector'));
    const chooser = page.waitForEvent('filechooser');
    await page.getByRole('button', { name: 'Read it from your certificate file' }).click();
    await (await chooser).setFiles(pem);
    const fingerprint = new X509Certificate(readFileSync(pem)).fingerprint256;
    await expect(page.getByLabel(/fingerprint of your signing certificate/)).toHaveValue(
      fingerprint,
    );
    await page.getByRole('button', { name: 'Sign the team roster' }).click();
    await expect(
      page.getByRole('alert').filter({ hasText: 'You signed the team roster' }),
    ).toBeFocused();
    await expect(page.locator('[data-roster-status]')).toContainText(
      'Verified — signed by the lead Inspector on',
    );
    await expect(rowOf(page, 'Inspector')).toContainText('SHA256:');
    await expect(rowOf(page, 'Inspector')).toContainText(`${fingerprint.slice(0, 11)}…`);
    // Signed: only the roster's keys are used, so Tom's earlier key no longer shows.
    await expect(rowOf(page, TOM)).toContainText('No key yet');
    await expect(rowOf(page, TOM)).not.toContainText(earlyKey.slice(0, 12));
    await expectAccessible(page);
  });
});
