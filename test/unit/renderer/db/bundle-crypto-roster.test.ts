import 'fake-indexeddb/auto';
import { Decrypter } from 'age-encryption';
import { afterEach, describe, expect, it } from 'vitest';
import { newIdentity } from '../../../../shared/crypto';
import { signTeamRoster } from '../../../../shared/tasks';
import { addRosterMember, removeRosterMember, setMemberKey } from '../../../../shared/workbook';
import type { WorkbookDb } from '../../../../renderer/src/db/db';
import { exportBundleFiles, loadTeamKeys } from '../../../../renderer/src/db/bundle-crypto';
import { currentIdentity } from '../../../../renderer/src/db/identity-store';
import { runCommand } from '../../../../renderer/src/db/workbook-repository';
import { appInspection } from '../../parity/app-store';
import { openTestDb } from './test-db';

/*
 * What the app seals an export (and a team-folder segment, which takes the
 * same keys through loadTeamKeys) to, before and after the lead signs the
 * team roster: one source of keys at a time (shared/tasks/team-keys.ts).
 */

let db: WorkbookDb | undefined;
afterEach(async () => {
  await db?.delete();
  db = undefined;
});

async function inspection(): Promise<{ d: WorkbookDb; id: string }> {
  const d = openTestDb(`bundle-roster-${Math.random().toString(36).slice(2)}`);
  db = d;
  const id = await appInspection(d, {
    team: [
      { name: 'Lead', role: 'lead' },
      { name: 'Tom Hargreaves', role: 'inspector' },
      { name: 'Priya Natarajan', role: 'inspector' },
    ],
  });
  return { d, id };
}

async function must(outcome: Promise<{ ok: boolean }>): Promise<void> {
  expect((await outcome).ok).toBe(true);
}

async function exportedTo(d: WorkbookDb, id: string): Promise<readonly string[]> {
  const exported = await exportBundleFiles(d, id, 'Lead', { encrypt: true });
  if (!exported.ok) throw new Error(exported.error.message);
  return exported.data.recipients;
}

describe('the keys the app encrypts a bundle to', () => {
  it('are the team’s recorded keys before the roster, the roster’s once signed, and lose a member removed', async () => {
    const { d, id } = await inspection();
    const [tom, priya] = [await newIdentity(), await newIdentity()];
    const me = await currentIdentity(d);
    await must(
      runCommand(d, id, 'Lead', (c) =>
        setMemberKey(c, { member: 'Priya Natarajan', recipient: priya.recipient }),
      ),
    );
    // Unsigned: Priya's recorded key and the person's own.
    expect(await exportedTo(d, id)).toEqual([priya.recipient, me.recipient]);

    // The lead signs and puts Tom on the roster: now only the roster's keys count.
    await must(runCommand(d, id, 'Lead', (c) => signTeamRoster(c, me)));
    await must(
      runCommand(d, id, 'Lead', (c) =>
        addRosterMember(c, {
          member: 'Tom Hargreaves',
          signingKey: tom.signingKey,
          recipient: tom.recipient,
        }),
      ),
    );
    const recipients = await exportedTo(d, id);
    expect(recipients).toEqual([me.recipient, tom.recipient]);
    const team = await loadTeamKeys(d, id);
    expect(team.ok && team.data.map((entry) => entry.key?.recipient)).toEqual([
      me.recipient,
      tom.recipient,
      undefined,
    ]);
    // Tom opens it with his key; Priya, whose old key is no longer used, cannot.
    const exported = await exportBundleFiles(d, id, 'Lead', { encrypt: true });
    if (!exported.ok) throw new Error(exported.error.message);
    const asTom = new Decrypter();
    asTom.addIdentity(tom.secretKey);
    await expect(asTom.decrypt(exported.data.bytes)).resolves.toBeInstanceOf(Uint8Array);
    const asPriya = new Decrypter();
    asPriya.addIdentity(priya.secretKey);
    await expect(asPriya.decrypt(exported.data.bytes)).rejects.toThrow(/no identity matched/i);

    // Removed from the roster, Tom is no longer a recipient.
    await must(runCommand(d, id, 'Lead', (c) => removeRosterMember(c, 'Tom Hargreaves')));
    expect(await exportedTo(d, id)).toEqual([me.recipient]);
  }, 30_000);
});
