import { createHash } from 'node:crypto';
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { exportBundle, inspectionIdOf } from './bundle';
import { expect, test } from './fixtures';
import { WORKBOOK_CLI } from './workbook-command';
import { authorId, encodeIndex } from '../../shared/sync';

/*
 * The team folder in the browser host. The folder picker cannot be driven
 * by a test, so the page is given no `showDirectoryPicker` and the app keeps
 * the team folder in the origin-private file system, as it does in any
 * browser without the picker. A colleague's copy is driven by the built
 * `workbook sync` command into a folder on disk, which is then copied into
 * that origin-private folder, as a sync engine would bring it.
 */

const TOM = 'Tom Hargreaves';

/** Runs the command as Tom, on his own copy. */
function asTom(...args: string[]): string {
  return execFileSync(process.execPath, [WORKBOOK_CLI, ...args, '--as', TOM], {
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'pipe'],
  });
}

/** Every file below `root`: its path as names, and its bytes. */
function filesBelow(root: string, at: string[] = []): { path: string[]; bytes: number[] }[] {
  return readdirSync(path.join(root, ...at), { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory()
      ? filesBelow(root, [...at, entry.name])
      : [
          {
            path: [...at, entry.name],
            bytes: [...readFileSync(path.join(root, ...at, entry.name))],
          },
        ],
  );
}

test.describe('Working as a team through a shared folder', () => {
  test('a colleague’s changes arrive on the Overview and mine reach them, encrypted to the team; half-written files are skipped and a damaged one named once', async ({
    page,
    expectAccessible,
  }, testInfo) => {
    test.slow();
    await page.addInitScript(() => {
      Reflect.deleteProperty(Window.prototype, 'showDirectoryPicker');
      Reflect.deleteProperty(window, 'showDirectoryPicker');
    });
    await page.goto('/');
    await page.getByRole('button', { name: 'Open the demo inspection' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toContainText('Northmoor');
    const inspectionId = inspectionIdOf(page);
    // Keys are added on the Team page (the demo's team is not signed: anyone may), then back.
    const addKey = async (member: string, key: string) => {
      await page.getByRole('link', { name: 'See the team roster and its keys' }).click();
      await page.getByRole('button', { name: `Add key for ${member}` }).click();
      await page.getByLabel(`Paste ${member}’s public key`).fill(key);
      await page.getByRole('button', { name: 'Save key' }).click();
      await expect(page.getByRole('alert').filter({ hasText: member })).toBeVisible();
      await page.locator('.govuk-back-link').click();
      await expect(page.getByRole('heading', { level: 1 })).toContainText('Northmoor');
    };

    // Every member's key is on the team before sharing: what the app writes is encrypted to them.
    const tomKey = testInfo.outputPath('tom.key');
    const tomKeys: unknown = JSON.parse(asTom('keys', 'new', '--out', tomKey, '--json'));
    await addKey(TOM, String(Reflect.get(Object(tomKeys), 'recipient')));

    // Tom starts from the same copy, records evidence, and runs one pass into the folder.
    const tomFile = testInfo.outputPath('tom.inspection');
    copyFileSync(await exportBundle(page, testInfo, 'base'), tomFile);
    // The bundle is encrypted to the team's keys, so Tom opens his copy with his identity.
    asTom(
      'evidence',
      'add',
      tomFile,
      '--identity',
      tomKey,
      '--source',
      'council',
      '--area',
      'leaders',
      '--finding',
      'strength',
      '--kind',
      'meeting',
      '--text',
      'The practice board reviews audits every month',
    );
    const folder = testInfo.outputPath('team');
    mkdirSync(folder);
    const synced: unknown = JSON.parse(
      asTom('sync', tomFile, folder, '--identity', tomKey, '--json'),
    );
    expect(Reflect.get(Object(synced), 'written')).not.toBeNull();

    // What a sync engine may also bring: Tom's next segment still arriving (not yet in his
    // index, and under Syncthing's temporary name), and a damaged segment someone listed.
    const tomFolder = path.join(folder, inspectionId, authorId(TOM));
    writeFileSync(path.join(tomFolder, '.syncthing.00000002.segment.tmp'), 'half a seg');
    writeFileSync(path.join(tomFolder, '00000002.segment'), 'half a segment');
    const mallory = authorId('Mallory Example');
    const damaged = Buffer.from('these bytes are not a segment');
    mkdirSync(path.join(folder, inspectionId, mallory));
    writeFileSync(path.join(folder, inspectionId, mallory, '00000001.segment'), damaged);
    writeFileSync(
      path.join(folder, inspectionId, mallory, 'index.json'),
      encodeIndex({
        inspectionId,
        author: 'Mallory Example',
        authorId: mallory,
        updatedAt: '2026-10-06T09:00:00.000Z',
        segments: [
          {
            seq: 1,
            size: damaged.length,
            sha256: createHash('sha256').update(damaged).digest('hex'),
          },
        ],
      }),
    );
    // The folder arrives in the browser's own storage, where the app keeps its team folder.
    await page.evaluate(async (files) => {
      const root = await navigator.storage.getDirectory();
      const team = await root.getDirectoryHandle('team-folder', { create: true });
      for (const file of files) {
        let at = team;
        for (const name of file.path.slice(0, -1)) {
          at = await at.getDirectoryHandle(name, { create: true });
        }
        const handle = await at.getFileHandle(file.path.at(-1) ?? '', { create: true });
        const writable = await handle.createWritable();
        await writable.write(new Uint8Array(file.bytes));
        await writable.close();
      }
    }, filesBelow(folder));

    // On the Overview: share through the team folder.
    const section = page.locator('section', {
      has: page.getByRole('heading', { name: 'Share through a team folder' }),
    });
    await expect(section).toContainText('browser’s own storage');
    const evidenceCount = page
      .locator('.govuk-summary-list__row', { hasText: 'Evidence items' })
      .locator('.govuk-summary-list__value');
    const before = Number(((await evidenceCount.textContent()) ?? '').replace(/[^\d].*$/, ''));
    await section.getByRole('button', { name: 'Choose the team folder' }).click();
    // The button pressed is gone: focus moves to the section's heading, and the outcome is said.
    await expect(
      section.getByRole('heading', { name: 'Share through a team folder' }),
    ).toBeFocused();
    await expect(section.locator('output')).toHaveText(/Sharing through the team folder/);
    await expect(section).toContainText(/\d+ changes? arrived from Tom Hargreaves/);
    await expect(section.getByRole('table', { name: 'The team' })).toContainText(TOM);
    await expect(section).toContainText('Still arriving');
    const damagedName = `${inspectionId}/${mallory}/00000001.segment`;
    await expect(section.getByText(damagedName)).toHaveCount(1);
    await expect(section).not.toContainText('.syncthing');
    await expectAccessible(page);

    // Another pass: the damaged file is still named once, and nothing new arrived.
    await section.getByRole('button', { name: 'Check the team folder now' }).click();
    await expect(section.locator('output')).toHaveText('The team folder was checked.');
    await expect(section.getByText(damagedName)).toHaveCount(1);

    // Tom's evidence is in the inspection: one more item counts on the Overview.
    await expect(evidenceCount).toHaveText(new RegExp(`^${before + 1}(\\D|$)`));

    // The other way: a change saved in the app (Priya's key) is written to the folder a moment
    // later, after what the first pass wrote, both encrypted to the team; Tom's command merges
    // them with his key.
    const priya: unknown = JSON.parse(
      asTom('keys', 'new', '--out', testInfo.outputPath('priya.key'), '--json'),
    );
    await addKey('Priya Natarajan', String(Reflect.get(Object(priya), 'recipient')));
    const mine = authorId('Inspector');
    const written = async () =>
      page.evaluate(
        async ({ inspection, author }) => {
          const root = await navigator.storage.getDirectory();
          const team = await root.getDirectoryHandle('team-folder');
          try {
            const at = await (await team.getDirectoryHandle(inspection)).getDirectoryHandle(author);
            const out: { name: string; bytes: number[] }[] = [];
            for await (const entry of at.values()) {
              if (entry.kind === 'file') {
                const file = await entry.getFile();
                out.push({
                  name: entry.name,
                  bytes: [...new Uint8Array(await file.arrayBuffer())],
                });
              }
            }
            return out;
          } catch {
            return [];
          }
        },
        { inspection: inspectionId, author: mine },
      );
    await expect
      .poll(async () => (await written()).map((file) => file.name).sort(), { timeout: 30_000 })
      .toEqual(['00000001.segment', '00000002.segment', 'index.json']);
    mkdirSync(path.join(folder, inspectionId, mine));
    for (const file of await written()) {
      writeFileSync(path.join(folder, inspectionId, mine, file.name), Buffer.from(file.bytes));
    }
    const merged: unknown = JSON.parse(
      asTom('sync', tomFile, folder, '--identity', tomKey, '--json'),
    );
    expect(Reflect.get(Object(merged), 'merged')).toEqual([
      expect.objectContaining({ author: 'Inspector', segments: 2 }),
    ]);
    expect(Reflect.get(Object(merged), 'refused')).toEqual([
      expect.objectContaining({ file: damagedName }),
    ]);

    // Leaving keeps the data.
    await section.getByRole('button', { name: 'Leave the team folder' }).click();
    await expect(section).toContainText('You left the team folder');
    await expect(section.getByRole('button', { name: 'Choose the team folder' })).toBeVisible();
  });
});
