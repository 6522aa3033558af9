import { execFileSync } from 'node:child_process';
import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { demoCertificate } from '../../electron/main/signing/demo-certificate';
import { exportBundle, workbookVerifyUntrusted } from './bundle';
import { expect, test } from './fixtures';

test.describe('Report', () => {
  test('makes the draft PDF in a Web Worker and saves it; the lead signs it with a certificate file, it is sealed as a version, and verified', async ({
    page,
    expectAccessible,
  }, testInfo) => {
    test.slow();
    // Every message the page sends a Web Worker, by its keys: the report worker must be
    // told where the inspection is stored, never sent its log or files.
    await page.addInitScript(() => {
      const sent: string[][] = [];
      Reflect.set(window, 'workerMessageKeys', sent);
      // Called back with the worker as `this` (apply below), so it is never unbound.
      // oxlint-disable-next-line typescript/unbound-method
      const post = Worker.prototype.postMessage;
      Worker.prototype.postMessage = function (this: Worker, ...args: [unknown]) {
        const [message] = args;
        if (typeof message === 'object' && message !== null) sent.push(Object.keys(message).sort());
        post.apply(this, args);
      };
    });
    await page.goto('/');
    await page.getByRole('button', { name: 'Open the demo inspection' }).click();
    await page.locator('.govuk-task-list').getByRole('link', { name: 'Report' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Report' })).toBeVisible();
    // The default user is not on the team's lead, so does not sign.
    await expect(
      page.getByText(/Only the lead inspector may sign this report \(lead: Amara Okafor\)/),
    ).toBeVisible();
    await expectAccessible(page);

    // The accessible HTML twin, previewed in the page, with the data annex from the records.
    await page.getByRole('button', { name: 'Preview the report' }).click();
    const preview = page.getByRole('region', { name: 'Report preview' });
    await expect(preview).toContainText(
      'Inspection of Northmoor Borough Council local authority children’s services',
      { timeout: 60_000 },
    );
    await expect(preview).toContainText('DRAFT — not signed');
    await expect(preview.getByRole('heading', { name: /What needs to improve\?/ })).toBeVisible();
    await expect(preview.getByRole('table').first()).toBeVisible();
    await expectAccessible(page);

    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Generate the draft PDF' }).click();
    const file = path.join(await mkdtemp(path.join(tmpdir(), 'workbook-report-')), 'report.pdf');
    await (await download).saveAs(file);
    await expect(page.getByText(/Draft version \d+ saved/)).toBeVisible({ timeout: 60_000 });
    const sentKeys: unknown = await page.evaluate(() => Reflect.get(window, 'workerMessageKeys'));
    // The preview and the draft each asked the report worker by store and inspection only.
    expect(sentKeys).toContainEqual(['dbName', 'inspectionId', 'previewOnly', 'signature']);
    expect(JSON.stringify(sentKeys)).not.toMatch(/"operations"|"parts"/);
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

    // As the lead: sign with a certificate file and passphrase (in the browser host, a
    // dedicated worker holds the certificate), and real readers validate the download.
    // Calling oneself lead inspector in Settings is not enough: the name decides, by the
    // workbook's team, as it does for the command.
    const reportUrl = page.url();
    await page.goto('/#/settings');
    await page.getByLabel('Your name').fill('Siân Pritchard');
    await page.getByLabel('Lead inspector').check();
    await page.getByRole('button', { name: 'Save settings' }).click();
    await page.goto(reportUrl);
    await expect(page.getByText(/you are working as "Siân Pritchard"/)).toBeVisible();
    await expect(page.getByRole('button', { name: 'Choose certificate and sign' })).toHaveCount(0);
    await expectAccessible(page);
    await page.goto('/#/settings');
    await page.getByLabel('Your name').fill('Amara Okafor');
    await page.getByRole('button', { name: 'Save settings' }).click();
    await page.goto(reportUrl);
    await expect(page.getByText('No version has been signed yet.')).toBeVisible();
    const passphrase = 'test passphrase, not a real one';
    const p12File = path.join(path.dirname(file), 'inspector.p12');
    await writeFile(p12File, demoCertificate({ name: 'Amara Okafor', passphrase }));

    // A wrong passphrase is refused in the error summary, naming the file.
    await page.getByLabel('Certificate passphrase').fill('wrong');
    let chooser = page.waitForEvent('filechooser');
    await page.getByRole('button', { name: 'Choose certificate and sign' }).click();
    await (await chooser).setFiles(p12File);
    await expect(page.locator('.govuk-error-summary')).toContainText(
      'inspector.p12: wrong passphrase',
    );
    await expectAccessible(page);

    await page.getByLabel('Certificate passphrase').fill(passphrase);
    chooser = page.waitForEvent('filechooser');
    const signedDownload = page.waitForEvent('download', { timeout: 90_000 });
    await page.getByRole('button', { name: 'Choose certificate and sign' }).click();
    await (await chooser).setFiles(p12File);
    const signedFile = path.join(path.dirname(file), 'signed.pdf');
    await (await signedDownload).saveAs(signedFile);
    expect((await readFile(signedFile)).subarray(0, 5).toString('latin1')).toBe('%PDF-');
    const sig = execFileSync('pdfsig', [signedFile], { encoding: 'utf8' });
    expect(sig).toContain('Signature is Valid.');
    expect(sig).toContain('Total document signed');
    await expect(page.getByText(/sealed in the workbook/)).toBeVisible();
    const versions = page.getByRole('table', { name: 'Signed versions' });
    await expect(versions).toContainText('Amara Okafor (DEMO certificate');
    await expectAccessible(page);

    // Verify in the app: the signed file is this inspection's version; a changed copy is not.
    let pdfChooser = page.waitForEvent('filechooser');
    await page.getByRole('button', { name: 'Verify a signed PDF' }).click();
    await (await pdfChooser).setFiles(signedFile);
    await expect(page.getByText(/signed\.pdf is signed version \d+ of this report/)).toBeVisible();
    const bytes = new Uint8Array(await readFile(signedFile));
    const tampered = path.join(path.dirname(file), 'tampered.pdf');
    await writeFile(tampered, Buffer.concat([bytes, Buffer.from('\n% appended\n')]));
    pdfChooser = page.waitForEvent('filechooser');
    await page.getByRole('button', { name: 'Verify a signed PDF' }).click();
    await (await pdfChooser).setFiles(tampered);
    await expect(page.locator('.govuk-error-summary')).toContainText(
      'tampered.pdf: the signature does not cover the whole file',
    );
    await expectAccessible(page);

    // The command agrees: the exported bundle records this very file as a signed version.
    const bundle = await exportBundle(page, testInfo);
    expect(workbookVerifyUntrusted(signedFile, '--bundle', bundle)).toMatchObject({
      valid: true,
      trusted: false,
      wholeFile: true,
      version: expect.any(Number),
    });
  });
});
