import { describe, expect, it } from 'vitest';
import { createClock, createRecorder, type Operation } from '../../../../shared/bundle';
import type { Identity } from '../../../../shared/crypto';
import { recordTeamKey, signTeamRoster, teamKeysInForce } from '../../../../shared/tasks';
import {
  addRosterMember,
  readRoster,
  removeRosterMember,
  setMemberKey,
  teamRecipients,
  verifyLogFully,
  workbookFromOperations,
} from '../../../../shared/workbook';
import { person, teamLog, type TeamLog } from '../workbook/signed-team';

const CERTIFICATE = 'cd'.repeat(32);

function inForce(log: readonly Operation[]) {
  const workbook = workbookFromOperations(log);
  if (!workbook.ok) throw new Error(workbook.error.message);
  return teamKeysInForce(workbook.data, log);
}

function recipientsOf(log: readonly Operation[]): string[] {
  return teamRecipients(inForce(log).members);
}

/** The lead signs the roster through the shared task, as the command and the app do. */
async function signAsLead(team: TeamLog): Promise<Identity> {
  const amara = await person('amara');
  const at = team.now() + 1000;
  const outcome = await signTeamRoster(
    {
      operations: team.log,
      recorder: createRecorder(
        createClock('Amara Okafor', () => at),
        team.log,
      ),
      author: 'Amara Okafor',
      now: () => new Date(at).toISOString(),
      newId: (prefix) => `${prefix}-signed`,
    },
    amara,
    CERTIFICATE,
  );
  if (!outcome.ok) throw new Error(outcome.error.message);
  team.log.push(...outcome.data.operations);
  return amara;
}

/** Runs `recordTeamKey` as `author`, returning the refusal's message if refused. */
async function tryRecord(
  team: TeamLog,
  author: string,
  identity: Identity | undefined,
  member: string,
  recipient: string | null,
): Promise<string | undefined> {
  try {
    await team.act(author, identity, (c) => recordTeamKey(c, { member, recipient }));
    return undefined;
  } catch (error: unknown) {
    return error instanceof Error ? error.message : String(error);
  }
}

describe('the keys a bundle is encrypted to', () => {
  it('in an unsigned workbook, are the team’s recorded keys (as before the roster)', async () => {
    const team = await teamLog();
    const ben = await person('ben');
    await team.act('Ben Hale', undefined, (c) =>
      setMemberKey(c, { member: 'Ben Hale', recipient: ben.recipient }),
    );
    expect(inForce(team.log).source).toBe('member-keys');
    expect(recipientsOf(team.log)).toEqual([ben.recipient]);
  });

  it('in a signed workbook, are the roster’s: a key recorded outside it counts for nothing', async () => {
    const team = await teamLog();
    const [ben, mallory] = [await person('ben'), await person('mallory')];
    // Recorded before the roster: in force then, not once the lead has signed.
    await team.act('Ben Hale', undefined, (c) =>
      setMemberKey(c, { member: 'Ben Hale', recipient: ben.recipient }),
    );
    const amara = await signAsLead(team);
    expect(inForce(team.log).source).toBe('roster');
    expect(recipientsOf(team.log)).toEqual([amara.recipient]);
    // The lead adds Ben with his keys: his roster key is the one in force.
    await team.act('Amara Okafor', amara, (c) =>
      addRosterMember(c, {
        member: 'Ben Hale',
        signingKey: ben.signingKey,
        recipient: ben.recipient,
      }),
    );
    await team.act('Amara Okafor', amara, (c) =>
      addRosterMember(c, { member: 'Mallory Example', signingKey: mallory.signingKey }),
    );
    // Mallory, on the roster, records her own key for Amara's name: not a recipient.
    await team.act('Mallory Example', mallory, (c) =>
      setMemberKey(c, { member: 'Amara Okafor', recipient: mallory.recipient }),
    );
    expect((await verifyLogFully(team.log)).problems).toEqual([]);
    expect(recipientsOf(team.log)).toEqual([amara.recipient, ben.recipient]);
    expect(inForce(team.log).members.map((m) => [m.member.name, m.key?.recipient])).toEqual([
      ['Amara Okafor', amara.recipient],
      ['Ben Hale', ben.recipient],
      ['Mallory Example', undefined],
    ]);
  });

  it('no longer include a member the lead removed from the roster', async () => {
    const team = await teamLog();
    const amara = await signAsLead(team);
    const ben = await person('ben');
    await team.act('Amara Okafor', amara, (c) =>
      addRosterMember(c, {
        member: 'Ben Hale',
        signingKey: ben.signingKey,
        recipient: ben.recipient,
      }),
    );
    expect(recipientsOf(team.log)).toEqual([amara.recipient, ben.recipient]);
    await team.act('Amara Okafor', amara, (c) => removeRosterMember(c, 'Ben Hale'));
    expect(recipientsOf(team.log)).toEqual([amara.recipient]);
  });
});

describe('recording a member’s key where it is in force (`workbook team key`, the Team page)', () => {
  it('before the roster, records it for anyone on the team, as `team key` always has', async () => {
    const team = await teamLog();
    const ben = await person('ben');
    expect(await tryRecord(team, 'Ben Hale', undefined, 'Ben Hale', ben.recipient)).toBeUndefined();
    expect(recipientsOf(team.log)).toEqual([ben.recipient]);
    expect(await tryRecord(team, 'Ben Hale', undefined, 'Ben Hale', null)).toBeUndefined();
    expect(recipientsOf(team.log)).toEqual([]);
  });

  it('once signed, the lead changes the roster’s key, keeping the signing key and certificate', async () => {
    const team = await teamLog();
    const amara = await signAsLead(team);
    const [ben, other] = [await person('ben'), await person('other')];
    await team.act('Amara Okafor', amara, (c) =>
      addRosterMember(c, { member: 'Ben Hale', signingKey: ben.signingKey }),
    );
    expect(await tryRecord(team, 'Amara Okafor', amara, 'Ben Hale', ben.recipient)).toBeUndefined();
    expect(recipientsOf(team.log)).toEqual([amara.recipient, ben.recipient]);
    const roster = readRoster(team.log);
    expect(roster.members.get('Ben Hale')?.signingKey).toBe(ben.signingKey);
    expect(roster.problems).toEqual([]);
    // The lead's own key, changed: the certificate recorded at signing stays.
    expect(
      await tryRecord(team, 'Amara Okafor', amara, 'Amara Okafor', other.recipient),
    ).toBeUndefined();
    expect(readRoster(team.log).members.get('Amara Okafor')).toMatchObject({
      recipient: other.recipient,
      signingKey: amara.signingKey,
      certificateSha256: CERTIFICATE,
    });
    expect(await tryRecord(team, 'Amara Okafor', amara, 'Ben Hale', null)).toBeUndefined();
    expect(recipientsOf(team.log)).toEqual([other.recipient]);
    expect((await verifyLogFully(team.log)).problems).toEqual([]);
  });

  it('once signed, refuses anyone but the lead, and a member not on the roster, recording nothing', async () => {
    const team = await teamLog();
    const amara = await signAsLead(team);
    const ben = await person('ben');
    await team.act('Amara Okafor', amara, (c) =>
      addRosterMember(c, { member: 'Ben Hale', signingKey: ben.signingKey }),
    );
    const before = team.log.length;
    expect(await tryRecord(team, 'Ben Hale', ben, 'Ben Hale', ben.recipient)).toBe(
      'Once the team roster is signed, only its lead (Amara Okafor) changes a member\'s key; you are working as "Ben Hale".',
    );
    expect(await tryRecord(team, 'Amara Okafor', amara, 'Mallory Example', ben.recipient)).toBe(
      'Mallory Example is not on the signed team roster: its lead adds them with their keys (`workbook team add`, or the Team page in the app).',
    );
    expect(await tryRecord(team, 'Amara Okafor', amara, 'Ben Hale', null)).toBe(
      'Ben Hale has no key to remove.',
    );
    expect(team.log.length).toBe(before);
  });
});
