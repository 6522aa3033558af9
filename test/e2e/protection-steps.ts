import type { Page } from '@playwright/test';

/** The passphrase the e2e tests protect their workbooks with. */
export const E2E_PASSPHRASE = 'e2e workbook passphrase';

/** First use, as a person does it: choose a passphrase twice, then confirm the recovery key is kept. */
export async function protectAsAPerson(page: Page, passphrase = E2E_PASSPHRASE): Promise<string> {
  await page.getByLabel('Passphrase', { exact: true }).fill(passphrase);
  await page.getByLabel('Confirm passphrase').fill(passphrase);
  await page.getByRole('button', { name: 'Protect the workbook' }).click();
  const recoveryKey =
    (await page.getByTestId('recovery-key').textContent({ timeout: 60_000 })) ?? '';
  await page.getByLabel('I have kept the recovery key').check();
  await page.getByRole('button', { name: 'Continue' }).click();
  return recoveryKey;
}

/** Unlocking as a person does it. */
export async function unlockAsAPerson(page: Page, passphrase = E2E_PASSPHRASE): Promise<void> {
  await page.getByLabel('Passphrase', { exact: true }).fill(passphrase);
  await page.getByRole('button', { name: 'Unlock', exact: true }).click();
}

/**
 * For specs about other screens: the workbook is protected on first use
 * and asks to unlock after every load, so whenever the Protect or Unlock
 * page shows before a step, it is done as a person would
 * (https://playwright.dev/docs/api/class-page#page-add-locator-handler).
 */
export async function passProtection(page: Page): Promise<void> {
  await page.addLocatorHandler(
    page.getByRole('heading', { level: 1, name: 'Protect this workbook' }),
    async () => {
      await protectAsAPerson(page);
    },
  );
  await page.addLocatorHandler(
    page.getByRole('heading', { level: 1, name: 'Unlock the workbook' }),
    async () => {
      await unlockAsAPerson(page);
    },
  );
}
