import { WORKBOOK_CLI } from './workbook-command';
import { execFileSync, spawnSync } from 'node:child_process';
import { expect, type Page, type TestInfo } from '@playwright/test';

/** The id of the inspection the page is showing, from its `#/inspections/<id>/…` URL. */
export function inspectionIdOf(page: Page): string {
  const match = /#\/inspections\/([^/]+)/.exec(page.url());
  if (match?.[1] === undefined) throw new Error(`not on an inspection's page: ${page.url()}`);
  return decodeURIComponent(match[1]);
}

/**
 * Exports the open inspection's bundle as a user does, from its overview's
 * "Export bundle" button, and returns where the download was saved. The page
 * is left on the overview.
 */
export async function exportBundle(
  page: Page,
  testInfo: TestInfo,
  name = 'export',
): Promise<string> {
  const id = inspectionIdOf(page);
  await page.goto(`/#/inspections/${encodeURIComponent(id)}`);
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export bundle' }).click();
  const file = testInfo.outputPath(`${name}.inspection`);
  await (await download).saveAs(file);
  await expect(page.getByRole('alert').filter({ hasText: 'Exported' })).toBeVisible();
  return file;
}

/**
 * Runs the real `workbook` command (as councils script it) with `--json` and
 * returns its one JSON document; a non-zero exit throws with its stderr.
 */
export function workbookJson(...args: string[]): unknown {
  const out = execFileSync(process.execPath, [WORKBOOK_CLI, ...args, '--json'], {
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const parsed: unknown = JSON.parse(out);
  return parsed;
}

/**
 * `workbook verify --json` over a report signed with a demo certificate and
 * no --trust: the signature holds but nothing vouches for the signer, so the
 * command exits 2 (and prints its JSON all the same).
 */
export function workbookVerifyUntrusted(...args: string[]): unknown {
  const run = spawnSync(process.execPath, [WORKBOOK_CLI, 'verify', ...args, '--json'], {
    encoding: 'utf8',
  });
  expect(run.status, run.stderr).toBe(2);
  expect(run.stderr).toContain('signature intact, signer not trusted');
  const parsed: unknown = JSON.parse(run.stdout);
  return parsed;
}
