import { chromium, type BrowserContext, type Page, type Worker } from '@playwright/test';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { chromiumPath } from '../support/browser-path.mjs';
import { generate903 } from '../support/ssda903-generate';
import { fillDate } from './date-input';
import { expect, test } from './fixtures';
import { scanForStrings } from './profile-scan';
import { protectAsAPerson, unlockAsAPerson } from './protection-steps';

/*
 * An import cut short, as a laptop that dies or a tab that crashes cuts it:
 * the page (and with it the import worker, which runs in the page's process)
 * is crashed once while the worker reads the return and once while the
 * worker is sealing and writing its rows in the store's transaction. Each time the
 * profile's IndexedDB files hold none of the return's children readable, and
 * after reopening no half import is listed; the import then goes through.
 */

// This spec goes through protection itself.
test.use({ passProtection: false });

const origin = `http://127.0.0.1:${process.env['E2E_PORT'] ?? 4173}`;

/** A browser profile on disk, so its IndexedDB files can be read as an attacker with the disk would. */
async function profile(): Promise<{ dir: string; context: BrowserContext }> {
  const dir = await mkdtemp(path.join(tmpdir(), 'workbook-kill-'));
  const executablePath = chromiumPath();
  const context = await chromium.launchPersistentContext(dir, {
    ...(executablePath === undefined ? {} : { executablePath }),
    args: ['--no-sandbox', '--disable-gpu', '--no-first-run', '--test-type'],
  });
  return { dir, context };
}

const indexedDbFolder = (dir: string) => [path.join(dir, 'Default', 'IndexedDB')];

/** A generated 903 return written as files, and what identifies its children: CHILD ids and UPNs. */
async function generatedReturn(episodes: number): Promise<{ files: string[]; ids: string[] }> {
  const generated = generate903(episodes);
  const dir = await mkdtemp(path.join(tmpdir(), 'workbook-kill-return-'));
  const files = [path.join(dir, 'header.csv'), path.join(dir, 'episodes.csv')];
  await writeFile(files[0] ?? '', generated.header);
  await writeFile(files[1] ?? '', generated.episodes);
  const [columns = '', ...rows] = generated.header.trim().split(/\r?\n/);
  const names = columns.split(',');
  const child = names.indexOf('CHILD');
  const upn = names.indexOf('UPN');
  const ids = rows.slice(0, 200).flatMap((row) => {
    const cells = row.split(',');
    return [cells[child] ?? '', cells[upn] ?? ''].filter((cell) => cell.length >= 6);
  });
  return { files, ids };
}

async function chooseFiles(page: Page, files: readonly string[]): Promise<void> {
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Choose files to import' }).click();
  await (await chooser).setFiles([...files]);
}

/**
 * Has every import worker the page starts hold its sealing back
 * ({@link holdSealingAfterFirstChunk}); resolves with those workers once the
 * first (the one started as the Records page opens) holds it.
 */
function holdSealingInImportWorkers(page: Page): { ready: Promise<void>; workers: Worker[] } {
  const workers: Worker[] = [];
  let held: (() => void) | undefined;
  const ready = new Promise<void>((resolve) => {
    held = resolve;
  });
  page.on('worker', (worker) => {
    if (!worker.url().includes('import.worker')) return;
    workers.push(worker);
    void worker.evaluate(holdSealingAfterFirstChunk).then(held, () => undefined);
  });
  return { ready, workers };
}

/** Whether one of `workers` has held its sealing back. */
async function sealingHeld(workers: readonly Worker[]): Promise<boolean> {
  const held = await Promise.all(
    workers.map((worker) =>
      worker.evaluate(() => Reflect.get(globalThis, 'sealingHeld') === true).catch(() => false),
    ),
  );
  return held.includes(true);
}

/** Crashes the page's renderer process, as the operating system killing it would. */
async function crash(context: BrowserContext, page: Page): Promise<void> {
  const crashed = page.waitForEvent('crash');
  const session = await context.newCDPSession(page);
  // The command never answers: the process it would answer from is gone.
  void session.send('Page.crash').catch(() => undefined);
  await crashed;
}

/** A fresh page on the inspection's Records screen, unlocked. */
async function reopenRecords(context: BrowserContext, inspectionId: string): Promise<Page> {
  const page = await context.newPage();
  await page.goto(`${origin}/#/inspections/${inspectionId}/records`);
  await unlockAsAPerson(page);
  await expect(page.getByRole('heading', { level: 1, name: 'Records' })).toBeVisible();
  return page;
}

/** The store shows nothing of the cut-short import: no file listed, nothing counted. */
async function expectNothingImported(page: Page, inspectionId: string): Promise<void> {
  await expect(page.getByRole('table', { name: 'Imported files' })).toHaveCount(0);
  await page.goto(`${origin}/#/inspections/${inspectionId}`);
  const tasks = page.locator('.govuk-task-list');
  await expect(tasks.getByRole('link', { name: 'Records imported' })).toBeVisible();
  await expect(tasks).toContainText('Not started');
  await expect(tasks).not.toContainText(/\d rows?/);
}

/**
 * Holds encryption back in the import worker (which seals and writes the
 * rows) once the return's rows have begun to be sealed: the first row chunk
 * goes through, the next never finishes, so the page is crashed with the
 * store's write transaction open and part of it written.
 */
function holdSealingAfterFirstChunk(): void {
  const subtle = crypto.subtle;
  const encrypt = subtle.encrypt.bind(subtle);
  let chunks = 0;
  subtle.encrypt = (algorithm, key, data) => {
    const additional: unknown =
      typeof algorithm === 'object' ? Reflect.get(algorithm, 'additionalData') : undefined;
    const text = additional instanceof Uint8Array ? new TextDecoder().decode(additional) : '';
    if (text.includes('\u0000rowChunks\u0000')) {
      chunks += 1;
      if (chunks > 1) {
        Reflect.set(globalThis, 'sealingHeld', true);
        return new Promise<ArrayBuffer>(() => undefined);
      }
    }
    return encrypt(algorithm, key, data);
  };
}

test('an import cut short by a crash, while read or while stored, leaves nothing readable and nothing half imported; it imports on a second try', async () => {
  test.setTimeout(420_000);
  const { files, ids } = await generatedReturn(20_000);
  expect(ids.length).toBeGreaterThan(300);
  const { dir, context } = await profile();
  try {
    let page = context.pages()[0] ?? (await context.newPage());
    await page.goto(origin);
    await protectAsAPerson(page);
    await page.getByLabel('Council', { exact: true }).fill('Harbourshire Council');
    await page.getByLabel('DfE local authority code').fill('999');
    await fillDate(page, 'First day on site', '2026-11-02');
    await page.getByRole('button', { name: 'Create inspection' }).click();
    await expect(
      page.getByRole('heading', { level: 1, name: 'Harbourshire Council' }),
    ).toBeVisible();
    const inspectionId = /#\/inspections\/([^/?]+)/.exec(page.url())?.[1] ?? '';
    expect(inspectionId).not.toBe('');

    // 1. Crashed while the import worker reads and checks the return.
    await page.getByRole('link', { name: 'Records', exact: true }).click();
    await chooseFiles(page, files);
    await expect(page.getByText('Checking the records…')).toBeVisible({ timeout: 60_000 });
    await crash(context, page);
    const afterRead = await scanForStrings(indexedDbFolder(dir), [...ids, inspectionId]);
    // The scan read the store (the inspection's id is an index key) and no child is readable.
    expect(afterRead.found.has(inspectionId)).toBe(true);
    expect([...afterRead.found.keys()].filter((needle) => needle !== inspectionId)).toEqual([]);
    page = await reopenRecords(context, inspectionId);
    await expectNothingImported(page, inspectionId);

    // 2. Crashed while the rows are sealed and written, the store's transaction half done.
    await page.close();
    page = await context.newPage();
    const holding = holdSealingInImportWorkers(page);
    await page.goto(`${origin}/#/inspections/${inspectionId}/records`);
    await unlockAsAPerson(page);
    await holding.ready;
    await chooseFiles(page, files);
    await expect(page.getByText('Storing the records…')).toBeVisible({ timeout: 180_000 });
    await expect.poll(() => sealingHeld(holding.workers), { timeout: 60_000 }).toBe(true);
    await crash(context, page);
    const afterStore = await scanForStrings(indexedDbFolder(dir), [...ids, inspectionId]);
    expect(afterStore.found.has(inspectionId)).toBe(true);
    expect([...afterStore.found.keys()].filter((needle) => needle !== inspectionId)).toEqual([]);
    page = await reopenRecords(context, inspectionId);
    await expectNothingImported(page, inspectionId);

    // 3. A second try goes through whole.
    await page.getByRole('link', { name: 'Records', exact: true }).click();
    await chooseFiles(page, files);
    await expect(page.getByText(/2 files imported/)).toBeVisible({ timeout: 180_000 });
    const imported = page.getByRole('table', { name: 'Imported files' });
    await expect(imported).toContainText('header.csv');
    await expect(imported).toContainText('episodes.csv');
    // A control for the scan: the same ids written plain beside the store are found.
    await page.evaluate(async (values) => {
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        const open = indexedDB.open('plain-control', 1);
        open.addEventListener('upgradeneeded', () => open.result.createObjectStore('rows'));
        open.addEventListener('success', () => resolve(open.result));
        open.addEventListener('error', () => reject(open.error));
      });
      const tx = db.transaction('rows', 'readwrite');
      tx.objectStore('rows').put(values.slice(0, 10), 'control');
      await new Promise((resolve) => tx.addEventListener('complete', resolve));
      db.close();
    }, ids);
  } finally {
    await context.close();
  }
  const scan = await scanForStrings(indexedDbFolder(dir), ids);
  await rm(dir, { recursive: true, force: true });
  expect([...scan.found.keys()].sort()).toEqual(ids.slice(0, 10).sort());
});
