import 'fake-indexeddb/auto';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { WorkbookDb } from '../../../renderer/src/db/db';
import { openBundle, readInspectionBundle } from '../../../renderer/src/db/bundle-repository';
import { loadOperations, loadWorkbook } from '../../../renderer/src/db/workbook-repository';
import { demoIdentity } from '../../../shared/demo';
import { readRecordFiles } from '../../../shared/records/read-files';
import { whoMaySign, whoMaySignByKey } from '../../../shared/tasks';
import { ok } from '../../../shared/util/result';
import { runProcess, workDir } from '../electron/cli/helpers';
import { demoWorkbook } from '../shared/reports/fixtures';
import { freshStore, refusalOf } from './app-store';

let db: WorkbookDb | undefined;
afterEach(async () => {
  await db?.delete();
  db = undefined;
});

/** The demo (lead inspector Amara Okafor), written by the command and opened in the app. */
async function demoBothWays() {
  const dir = await workDir();
  const file = path.join(dir, 'demo.inspection');
  const made = await runProcess(['demo', '--out', file, '--without-records']);
  expect(made.code).toBe(0);
  const bundle = readInspectionBundle('demo.inspection', new Uint8Array(await readFile(file)));
  if (!bundle.ok) throw new Error(bundle.error.message);
  db = freshStore();
  const opened = await openBundle(db, bundle.data, async (files) => ok(readRecordFiles(files)));
  if (!opened.ok) throw new Error(opened.error.message);
  const workbook = await loadWorkbook(db, opened.data);
  if (!workbook.ok) throw new Error(workbook.error.message);
  return { dir, file, workbook: workbook.data, operations: await loadOperations(db, opened.data) };
}

describe('who may sign: the command and the app decide from the roster’s keys alike', () => {
  it('a member who is not the lead is refused by both, with the same words, by their key', async () => {
    const { dir, file, workbook, operations } = await demoBothWays();
    // The demo is signed: Tom Hargreaves acts with his key (the demo team's published one).
    const cli = await runProcess([
      'report',
      file,
      '--out',
      path.join(dir, 'report.pdf'),
      '--sign-demo',
      '--as',
      'Tom Hargreaves',
    ]);
    expect(cli.code).not.toBe(0);
    const tom = await demoIdentity('Tom Hargreaves');
    const app = whoMaySignByKey(workbook, operations, tom.signingKey);
    expect(app.ok).toBe(false);
    if (app.ok) return;
    expect(app.error.message).toContain('Amara Okafor');
    expect(app.error.message).not.toMatch(/--as|workbook /);
    expect(refusalOf(cli.stderr, file)).toBe(app.error.message);
  });

  it('a name typed without the key proves nothing: the command asks for the identity', async () => {
    const { dir, file } = await demoBothWays();
    const cli = await runProcess([
      'report',
      file,
      '--out',
      path.join(dir, 'report.pdf'),
      '--sign-demo',
      '--as',
      'Siân Pritchard',
    ]);
    expect(cli.code).toBe(1);
    expect(cli.stderr).toContain('give --identity FILE');
  });

  it('the lead on the roster signs in both', async () => {
    const { dir, file, workbook, operations } = await demoBothWays();
    const cli = await runProcess([
      'report',
      file,
      '--out',
      path.join(dir, 'report.pdf'),
      '--sign-demo',
      '--as',
      'Amara Okafor',
      '--json',
    ]);
    expect(cli.code, cli.stderr).toBe(0);
    expect(JSON.parse(cli.stdout)).toMatchObject({ signed: true, signedBy: 'Amara Okafor' });
    const amara = await demoIdentity('Amara Okafor');
    expect(whoMaySignByKey(workbook, operations, amara.signingKey)).toEqual({
      ok: true,
      data: { name: 'Amara Okafor', role: 'lead', certificateSha256: null },
    });
  });
});

describe('who may sign a self-assessment', () => {
  const { workbook } = demoWorkbook('self-assessment');

  it('a council officer on the team signs, as a council officer; a stray space is forgiven', () => {
    expect(whoMaySign(workbook, 'Łucja Wiśniewska')).toEqual({ ok: true, data: 'council-officer' });
    expect(whoMaySign(workbook, ' Siân Pritchard ')).toEqual({
      ok: true,
      data: 'council-officer',
    });
  });

  it('the demo’s lead inspector is not on a council’s team, so is refused, naming who may', () => {
    const refused = whoMaySign(workbook, 'Amara Okafor');
    expect(refused.ok).toBe(false);
    if (refused.ok) return;
    expect(refused.error.message).toBe(
      'Only a council officer on the team may sign a self-assessment (council officers: Siân Pritchard, Łucja Wiśniewska); you are working as "Amara Okafor".',
    );
  });
});
