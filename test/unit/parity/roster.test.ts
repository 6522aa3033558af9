import 'fake-indexeddb/auto';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { WorkbookDb } from '../../../renderer/src/db/db';
import { readInspectionBundle } from '../../../renderer/src/db/bundle-repository';
import { currentIdentity, importIdentity } from '../../../renderer/src/db/identity-store';
import {
  loadOperations,
  loadWorkbook,
  runCommand,
} from '../../../renderer/src/db/workbook-repository';
import { keysFromText, rosterView, signTeamRoster } from '../../../shared/tasks';
import { addRosterMember, removeRosterMember, verifyLogFully } from '../../../shared/workbook';
import { newWorkbook, run, workDir } from '../electron/cli/helpers';
import { appInspection, freshStore, refusalOf } from './app-store';

/*
 * The team roster changed by the command (`workbook team sign|add|remove`)
 * and by the app (Overview > The team), which run the same tasks: both sign
 * with the lead's key, and refuse anyone else in the same words.
 */

let db: WorkbookDb | undefined;
afterEach(async () => {
  await db?.delete();
  db = undefined;
});

async function keyFile(dir: string, name: string): Promise<string> {
  const file = path.join(dir, `${name}.key`);
  expect((await run(['keys', 'new', '--out', file])).code).toBe(0);
  return file;
}

/** The command's refusal, its last line (a notice that the file is not encrypted may come first). */
function lastRefusal(stderr: string, file: string): string {
  return refusalOf(stderr.trim().split('\n').at(-1) ?? '', file);
}

async function appView(store: WorkbookDb, id: string) {
  const workbook = await loadWorkbook(store, id);
  if (!workbook.ok) throw new Error(workbook.error.message);
  return rosterView(workbook.data, await loadOperations(store, id));
}

describe('the team roster: the command and the app alike', () => {
  it('the lead signs it with their key; anyone else is refused in the same words', async () => {
    const dir = await workDir();
    const team = ['--inspector', 'Tom'];
    const file = await newWorkbook(dir, 'roster', team);
    const lead = await keyFile(dir, 'lead');
    db = freshStore();
    const id = await appInspection(db, {
      team: [
        { name: 'Lead', role: 'lead' },
        { name: 'Tom', role: 'inspector' },
      ],
    });
    await importIdentity(db, new Uint8Array(await readFile(lead)), undefined);
    const identity = await currentIdentity(db);

    // Tom is not the lead: both refuse, and neither writes.
    const cliTom = await run(['team', 'sign', file, '--identity', lead, '--as', 'Tom']);
    const appTom = await runCommand(db, id, 'Tom', (c) => signTeamRoster(c, identity));
    expect(cliTom.code).not.toBe(0);
    expect(appTom.ok).toBe(false);
    if (appTom.ok) return;
    expect(lastRefusal(cliTom.stderr, file)).toBe(appTom.error.message);
    expect((await appView(db, id)).status).toEqual({ kind: 'unverified' });

    // The lead signs: the same roster, every change signed and checked.
    expect((await run(['team', 'sign', file, '--identity', lead, '--as', 'Lead'])).code).toBe(0);
    expect(await runCommand(db, id, 'Lead', (c) => signTeamRoster(c, identity))).toMatchObject({
      ok: true,
    });
    const cliLog = readInspectionBundle('roster.inspection', new Uint8Array(await readFile(file)));
    if (!cliLog.ok) throw new Error(cliLog.error.message);
    for (const log of [cliLog.data.operations, await loadOperations(db, id)]) {
      const checked = await verifyLogFully(log);
      expect(checked.problems).toEqual([]);
      const roster = log.filter((op) => op.entity.startsWith('roster-'));
      expect(roster.every((op) => op.author === 'Lead' && checked.verified.has(op))).toBe(true);
    }
    expect((await appView(db, id)).status).toMatchObject({ kind: 'verified', lead: 'Lead' });

    // The lead adds Tom from his pasted keys, then removes him.
    const tom = await keyFile(dir, 'tom');
    const shown = await run(['keys', 'show', tom]);
    const keys = keysFromText(shown.stdout);
    if (!keys.ok) throw new Error(keys.error.message);
    const cliAdd = ['team', 'add', file, '--member', 'Tom', '--identity', lead];
    expect((await run([...cliAdd, '--signing-key', keys.data.signingKey])).code).toBe(0);
    const added = await runCommand(db, id, 'Typed Name', (c) =>
      addRosterMember(c, { member: 'Tom', ...keys.data }),
    );
    expect(added).toMatchObject({ ok: true });
    expect((await appView(db, id)).rows.find((row) => row.name === 'Tom')).toMatchObject({
      onRoster: true,
      signingKey: keys.data.signingKey,
    });

    // Tom, holding his own key, may not remove anyone: the same refusal from both.
    await importIdentity(db, new Uint8Array(await readFile(tom)), undefined);
    const cliRemove = await run(['team', 'remove', file, '--member', 'Lead', '--identity', tom]);
    const appRemove = await runCommand(db, id, 'Tom', (c) => removeRosterMember(c, 'Lead'));
    expect(appRemove.ok).toBe(false);
    if (appRemove.ok) return;
    expect(appRemove.error.message).toBe(
      'Only the roster\'s lead (Lead) adds or removes members; you are working as "Tom".',
    );
    expect(lastRefusal(cliRemove.stderr, file)).toBe(appRemove.error.message);
  }, 60_000);
});
