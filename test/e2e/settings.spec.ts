import { X509Certificate } from 'node:crypto';
import { writeFileSync } from 'node:fs';
import forge from 'node-forge';
import { demoCertificate } from '../../electron/main/signing/demo-certificate';
import { exportBundle, inspectionIdOf, workbookJson } from './bundle';
import { expect, test } from './fixtures';
import { expectReflow } from './reflow';

/** The certificate in a PKCS#12 file, as OpenSSL (node:crypto) reads it. */
function certificateIn(p12: Uint8Array, passphrase: string): X509Certificate {
  const pfx = forge.pkcs12.pkcs12FromAsn1(
    forge.asn1.fromDer(forge.util.binary.raw.encode(p12)),
    passphrase,
  );
  const certBag = forge.pki.oids['certBag'] ?? '1.2.840.113549.1.12.10.1.3';
  const bag = pfx.getBags({ bagType: certBag })[certBag]?.[0];
  if (bag?.cert === undefined) throw new Error('no certificate in the file');
  return new X509Certificate(forge.pki.certificateToPem(bag.cert));
}

test.describe('Settings', () => {
  test('records who I am, shows an error summary linked to the field, and keeps it across reloads', async ({
    page,
    expectAccessible,
  }) => {
    await page.goto('/#/settings');
    await expect(page.getByRole('heading', { level: 1, name: 'Settings' })).toBeVisible();
    const name = page.getByLabel('Your name');
    await name.fill('');
    await page.getByRole('button', { name: 'Save settings' }).click();
    // GOV.UK pattern: the summary takes focus so screen readers announce it.
    const summary = page.locator('.govuk-error-summary');
    await expect(summary).toBeFocused();
    await summary.getByRole('link', { name: 'Enter your name' }).click();
    await expect(name).toBeFocused();
    await expectAccessible(page);

    await name.fill('Amara Okafor');
    await page.getByLabel('Lead inspector').check();
    await page.getByRole('button', { name: 'Save settings' }).click();
    const banner = page.locator('.govuk-notification-banner--success');
    await expect(banner).toContainText('Your changes are recorded as Amara Okafor');
    await expect(banner).toBeFocused();
    // A second save is announced again: focus lands on the banner once more.
    await name.focus();
    await page.getByRole('button', { name: 'Save settings' }).click();
    await expect(banner).toBeFocused();
    await page.reload();
    await expect(page.getByLabel('Your name')).toHaveValue('Amara Okafor');
    await expect(page.getByLabel('Lead inspector')).toBeChecked();
    await expectAccessible(page);
    await page.getByRole('link', { name: 'Your inspections' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Inspections' })).toBeVisible();
  });

  test('my certificate: chosen once with its passphrase, then the report is signed as its holder', async ({
    page,
    expectAccessible,
  }, testInfo) => {
    const passphrase = 'settings passphrase, not real';
    const p12 = testInfo.outputPath('mine.pfx');
    const p12Bytes = demoCertificate({ name: 'Amara Okafor', passphrase });
    writeFileSync(p12, p12Bytes);
    const openssl = certificateIn(p12Bytes, passphrase);
    await page.goto('/');
    await page.getByRole('button', { name: 'Open the demo inspection' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toContainText('Northmoor');
    const overview = page.url();
    await page.getByRole('contentinfo').getByRole('link', { name: 'Settings' }).click();
    // The demo's lead inspector: the workbook's team decides who signs, by name.
    await page.getByLabel('Your name').fill('Amara Okafor');
    await page.getByLabel('Lead inspector').check();
    await page.getByRole('button', { name: 'Save settings' }).click();
    await expect(page.getByText('No certificate chosen in this session.')).toBeVisible();

    await page.getByLabel('Certificate passphrase').fill(passphrase);
    const chooser = page.waitForEvent('filechooser');
    await page.getByRole('button', { name: 'Choose certificate' }).click();
    await (await chooser).setFiles(p12);
    await expect(
      page.locator('.govuk-summary-list__row').filter({ hasText: 'Signing as' }),
    ).toContainText('Amara Okafor (DEMO certificate, not for real use)');
    // Who issued it, when it is valid, and its SHA-256 in the form `workbook verify` prints.
    const row = (key: string) => page.locator('.govuk-summary-list__row').filter({ hasText: key });
    await expect(row('Issued by')).toContainText('Amara Okafor (DEMO certificate');
    await expect(row('Valid')).toContainText(/From \d{1,2} \w+ \d{4} at .* to \d{1,2} \w+ \d{4}/);
    await expect(row('SHA-256 fingerprint')).toContainText(openssl.fingerprint256);
    await expectAccessible(page);
    await page.screenshot({ path: testInfo.outputPath('my-certificate.png'), fullPage: true });
    await expectReflow(page, 'my-certificate');

    // The report page signs with it without asking again (same session, no reload).
    await page.goto(overview);
    await page.locator('.govuk-task-list').getByRole('link', { name: 'Report' }).click();
    await expect(page.getByText(/Signing as Amara Okafor/)).toBeVisible();
    await expect(page.getByRole('button', { name: 'Sign the report' })).toBeVisible();

    // Signed with it: the workbook records who signed (the name set here) and the certificate.
    const signed = page.waitForEvent('download', { timeout: 90_000 });
    await page.getByRole('button', { name: 'Sign the report' }).click();
    await signed;
    await expect(page.getByText(/sealed in the workbook/)).toBeVisible({ timeout: 60_000 });
    const file = await exportBundle(page, testInfo);
    const versions = JSON.stringify(workbookJson('log', file, '--entity', 'report-version'));
    expect(versions).toContain('Amara Okafor (DEMO certificate, not for real use)');
    expect(versions).toMatch(/"field":"signedBy","before":\{[^}]*\},"after":"Amara Okafor"/);

    // The lead signs the team roster with the certificate chosen here, not typed again.
    await page.goto(overview);
    await page.goto(`/#/inspections/${inspectionIdOf(page)}/team`);
    const field = page.getByLabel(/fingerprint of your signing certificate/);
    await expect(field).toHaveValue('');
    await page.getByRole('button', { name: /^Use the certificate chosen in Settings/ }).focus();
    await page.keyboard.press('Enter');
    await expect(field).toHaveValue(openssl.fingerprint256);
    await expectAccessible(page);
    await page.getByRole('button', { name: 'Sign the team roster' }).click();
    await expect(
      page.getByRole('alert').filter({ hasText: 'You signed the team roster' }),
    ).toBeVisible();
    await expect(
      page
        .getByRole('table', { name: 'Members of the team' })
        .getByRole('row', { name: /^Amara Okafor / }),
    ).toContainText(`${openssl.fingerprint256.slice(0, 11)}…`);
  });
});
