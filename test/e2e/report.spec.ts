import { execFileSync } from 'node:child_process';
import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { demoCertificate } from '../../electron/main/signing/demo-certificate';
import { signPdf } from '../../shared/signing/sign-pdf';
import { expect, test } from './fixtures';

test.describe('Report', () => {
  test('makes the draft PDF in a Web Worker and saves it; signing is offered to the lead only', async ({
    page,
    expectAccessible,
  }) => {
    test.slow();
    await page.goto('/');
    await page.getByRole('button', { name: 'Open the demo inspection' }).click();
    await page.locator('.govuk-task-list').getByRole('link', { name: 'Report' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Report' })).toBeVisible();
    // The default user is an inspector, who does not sign.
    await expect(page.getByText('Only the lead inspector signs the report.')).toBeVisible();
    await expectAccessible(page);

    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Generate the draft PDF' }).click();
    const file = path.join(await mkdtemp(path.join(tmpdir(), 'workbook-report-')), 'report.pdf');
    await (await download).saveAs(file);
    await expect(page.getByText(/Draft version \d+ saved/)).toBeVisible({ timeout: 60_000 });
    const text = execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' });
    expect(text).toContain(
      'Inspection of Northmoor Borough Council local authority children’s services',
    );
    expect(text).toContain('DRAFT');
    expect(text).toMatch(/What needs to improve\?/);
    expect(text).toMatch(/Page 1 of \d+/);
    // The demo's imported records feed the data annex and the conflicts section, as in the command.
    expect(text).toMatch(/Figures from SSDA903 returns for 2025\/26/);
    expect(text).toMatch(/\d+ flags, affecting \d+ children/);

    // As the lead, the browser host explains that signing needs the desktop app.
    const reportUrl = page.url();
    await page.goto('/#/settings');
    await page.getByLabel('Lead inspector').check();
    await page.getByRole('button', { name: 'Save settings' }).click();
    await page.goto(reportUrl);
    await expect(page.getByText(/only the desktop app holds/)).toBeVisible();

    // The worker-made PDF with its placeholder is signed by the same signer the
    // desktop app's main process runs in its worker thread, and real readers validate it.
    const prepared = page.waitForEvent('download');
    await page
      .getByRole('button', { name: 'Save the PDF prepared for signing (development)' })
      .click();
    const unsigned = path.join(path.dirname(file), 'for-signing.pdf');
    await (await prepared).saveAs(unsigned);
    const passphrase = 'test passphrase, not a real one';
    const p12 = demoCertificate({ name: 'Inspector', passphrase });
    const signed = await signPdf({
      pdf: new Uint8Array(await readFile(unsigned)),
      p12,
      passphrase,
      signingTime: new Date(),
    });
    const signedFile = path.join(path.dirname(file), 'signed.pdf');
    await writeFile(signedFile, signed);
    const sig = execFileSync('pdfsig', [signedFile], { encoding: 'utf8' });
    expect(sig).toContain('Signature is Valid.');
    expect(sig).toContain('Total document signed');
  });
});
