import { chromium, type BrowserContext, type Page } from '@playwright/test';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { strFromU8 } from 'fflate';
import { generateDemoRecords } from '../../shared/demo';
import { chromiumPath } from '../support/browser-path.mjs';
import { expect, test } from './fixtures';
import { scanForStrings } from './profile-scan';
import { E2E_PASSPHRASE, protectAsAPerson, unlockAsAPerson } from './protection-steps';

// This spec goes through protection itself, step by step.
test.use({ passProtection: false });

const origin = `http://127.0.0.1:${process.env['E2E_PORT'] ?? 4173}`;

/** What identifies the demo's children: every child id and UPN in the council's 903 Header. */
function demoChildIdentifiers(): string[] {
  const header = generateDemoRecords().council.find((file) => file.name.endsWith('header.csv'));
  if (header === undefined) throw new Error('the demo has no 903 Header');
  const [columns = '', ...rows] = strFromU8(header.bytes).trim().split(/\r?\n/);
  const names = columns.split(',');
  const child = names.indexOf('CHILD');
  const upn = names.indexOf('UPN');
  return [
    ...new Set(
      rows.flatMap((row) => {
        const cells = row.split(',');
        return [cells[child] ?? '', cells[upn] ?? ''].filter((cell) => cell.length >= 6);
      }),
    ),
  ];
}

/** A note naming a child, as an inspector types one: it must not reach the disk readable either. */
const NOTE = 'Met Jayden Okoro at Harbour Lane; his pathway plan is out of date.';
const NAME = 'Jayden Okoro';

/** A browser profile on disk, so its IndexedDB files can be read afterwards. */
async function profile(): Promise<{ dir: string; context: BrowserContext; page: Page }> {
  const dir = await mkdtemp(path.join(tmpdir(), 'workbook-profile-'));
  const executablePath = chromiumPath();
  const context = await chromium.launchPersistentContext(dir, {
    ...(executablePath === undefined ? {} : { executablePath }),
    args: ['--no-sandbox', '--disable-gpu', '--no-first-run', '--test-type'],
  });
  const page = context.pages()[0] ?? (await context.newPage());
  return { dir, context, page };
}

/** The storage folders of the profile: IndexedDB, and the Web Storage that used to hold drafts. */
const storageFolders = (dir: string) =>
  ['IndexedDB', 'Local Storage', 'Session Storage'].map((name) => path.join(dir, 'Default', name));

test.describe('the workbook encrypted at rest', () => {
  test('the disk check finds the demo’s child ids when IndexedDB holds them in the clear', async () => {
    test.setTimeout(120_000);
    const ids = demoChildIdentifiers();
    expect(ids.length).toBeGreaterThan(1000);
    const { dir, context, page } = await profile();
    try {
      await page.goto(origin);
      // The demo's rows stored without the app's protection, in chunks as the app keeps them.
      await page.evaluate(
        async ({ values, note }) => {
          const db = await new Promise<IDBDatabase>((resolve, reject) => {
            const open = indexedDB.open('unprotected-control', 1);
            open.addEventListener('upgradeneeded', () => {
              open.result.createObjectStore('rowChunks', { keyPath: 'id' });
            });
            open.addEventListener('success', () => resolve(open.result));
            open.addEventListener('error', () => reject(open.error));
          });
          const tx = db.transaction('rowChunks', 'readwrite');
          const store = tx.objectStore('rowChunks');
          for (let index = 0; index * 500 < values.length; index += 1) {
            const rows = values.slice(index * 500, index * 500 + 500).map((CHILD) => ({ CHILD }));
            store.put({ id: `control/${index}`, rows });
          }
          store.put({ id: 'draft', text: note });
          await new Promise((resolve) => tx.addEventListener('complete', resolve));
          db.close();
        },
        { values: ids, note: NOTE },
      );
    } finally {
      await context.close();
    }
    const scan = await scanForStrings(storageFolders(dir), [...ids, NAME]);
    await rm(dir, { recursive: true, force: true });
    // Every one is found: the check reads what IndexedDB writes, compressed or not.
    expect(scan.found.size).toBe(ids.length + 1);
  });

  test('protected, the demo inspection and a draft naming a child leave nothing readable on disk; locking hides them', async ({
    expectAccessible,
  }) => {
    test.setTimeout(300_000);
    const ids = demoChildIdentifiers();
    const { dir, context, page } = await profile();
    let inspectionId = '';
    try {
      await page.goto(origin);
      await expect(
        page.getByRole('heading', { level: 1, name: 'Protect this workbook' }),
      ).toBeVisible();
      await expectAccessible(page);
      // A passphrase too short, then two that differ: the GOV.UK error summary each time.
      await page.getByLabel('Passphrase', { exact: true }).fill('short');
      await page.getByRole('button', { name: 'Protect the workbook' }).click();
      await expect(page.locator('.govuk-error-summary')).toContainText(
        'Enter a passphrase of at least 8 characters',
      );
      await page.getByLabel('Passphrase', { exact: true }).fill(E2E_PASSPHRASE);
      await page.getByLabel('Confirm passphrase').fill('something else');
      await page.getByRole('button', { name: 'Protect the workbook' }).click();
      await expect(page.locator('.govuk-error-summary')).toContainText(
        'Enter the same passphrase twice',
      );
      await expectAccessible(page);
      const recoveryKey = await protectAsAPerson(page);
      expect(recoveryKey).toMatch(/^([0-9A-Z]{4}-){7}[0-9A-Z]{4}$/);

      await page.getByRole('button', { name: 'Open the demo inspection' }).click();
      await expect(page.locator('.govuk-task-list').getByText(/\d[\d,]* rows/)).toBeVisible({
        timeout: 120_000,
      });
      inspectionId = /#\/inspections\/([^/?]+)/.exec(page.url())?.[1] ?? '';
      expect(inspectionId).not.toBe('');
      await page.locator('.govuk-task-list').getByRole('link', { name: 'Evidence' }).click();
      await page.getByLabel('What the evidence shows').fill(NOTE);
      await page.getByLabel('Child ids (optional)').fill('NM-2001');
      const evidenceUrl = page.url();

      // Lock now: the Unlock page, with no child data anywhere on the page.
      await page.getByRole('button', { name: 'Lock now' }).click();
      await expect(
        page.getByRole('heading', { level: 1, name: 'Unlock the workbook' }),
      ).toBeVisible();
      const shown = await page.content();
      expect(shown).not.toContain(NAME);
      expect(ids.filter((id) => shown.includes(id))).toEqual([]);
      await expectAccessible(page);

      // A wrong passphrase: a clear error, still locked.
      await unlockAsAPerson(page, 'not the passphrase');
      const summary = page.locator('.govuk-error-summary');
      await expect(summary).toBeFocused();
      await expect(summary).toContainText(
        'The passphrase is not the one this workbook was protected with.',
      );
      await expect(page.getByLabel('What the evidence shows')).toHaveCount(0);
      await expectAccessible(page);

      // The passphrase: back on the same screen, the draft as it was left.
      await unlockAsAPerson(page);
      await expect(page.getByLabel('What the evidence shows')).toHaveValue(NOTE);
      expect(page.url()).toBe(evidenceUrl);

      // Five wrong in a row: the next try must wait.
      await page.getByRole('button', { name: 'Lock now' }).click();
      for (let attempt = 1; attempt <= 5; attempt += 1) {
        await unlockAsAPerson(page, `wrong passphrase ${attempt}`);
        await expect(summary).toContainText(attempt < 5 ? 'is not the one' : 'Wait 30 seconds');
      }
    } finally {
      await context.close();
    }
    const scan = await scanForStrings(storageFolders(dir), [...ids, NAME, 'Okoro', inspectionId]);
    await rm(dir, { recursive: true, force: true });
    // The check is not vacuous: it read the store (its ids stay readable, as index keys)…
    expect(scan.found.has(inspectionId)).toBe(true);
    expect(scan.bytes).toBeGreaterThan(1_000_000);
    // …and no child id, UPN or name is there.
    expect([...scan.found.keys()].filter((needle) => needle !== inspectionId)).toEqual([]);
  });
});
