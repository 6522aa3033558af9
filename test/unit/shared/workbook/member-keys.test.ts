import { generateX25519Identity, identityToRecipient } from 'age-encryption';
import { beforeAll, describe, expect, it } from 'vitest';
import { writeBundle } from '../../../../shared/bundle';
import { mergeWorkbooks, openBundleBytes } from '../../../../shared/tasks';
import {
  createInspection,
  createSession,
  memberKeys,
  setMemberKey,
  teamKeys,
  teamRecipients,
  workbookFromOperations,
  type Session,
} from '../../../../shared/workbook';

let amara = '';
let tom = '';
let secret = '';
beforeAll(async () => {
  secret = await generateX25519Identity();
  amara = await identityToRecipient(secret);
  tom = await identityToRecipient(await generateX25519Identity());
});

function inspection(): Session {
  let counter = 0;
  let clock = Date.UTC(2026, 9, 5);
  const s = createSession({
    newId: (prefix) => `${prefix}-${(counter += 1)}`,
    now: () => new Date(clock).toISOString(),
    wallClock: () => (clock += 1000),
  });
  s.run('Amara Okafor', (c) =>
    createInspection(c, {
      kind: 'ilacs-standard',
      council: { name: 'Northmoor', laCode: '899' },
      onSite: { start: '2026-10-05', end: '2026-10-16' },
      team: [
        { name: 'Amara Okafor', role: 'lead' },
        { name: 'Tom Hargreaves', role: 'inspector' },
        { name: 'Priya Shah', role: 'moderator' },
      ],
    }),
  );
  return s;
}

function team(s: Session) {
  const workbook = workbookFromOperations(s.operations);
  if (!workbook.ok) throw new Error(workbook.error.message);
  return teamKeys(workbook.data, s.operations);
}

describe('team members’ public keys', () => {
  it('records a member’s key in the log, shows it on the team, and encrypts to it', () => {
    const s = inspection();
    s.run('Amara Okafor', (c) => setMemberKey(c, { member: 'Tom Hargreaves', recipient: tom }));
    const entries = team(s);
    expect(entries.map((e) => [e.member.name, e.key?.recipient])).toEqual([
      ['Amara Okafor', undefined],
      ['Tom Hargreaves', tom],
      ['Priya Shah', undefined],
    ]);
    expect(entries[1]?.key?.by).toBe('Amara Okafor');
    expect(teamRecipients(entries)).toEqual([tom]);
    // The log holds it, so a bundle carries it and its reader checks it.
    const bundle = writeBundle({
      inspectionId: 'insp-1',
      exportedBy: 'Amara Okafor',
      operations: s.operations,
      parts: {},
    });
    const opened = openBundleBytes('team.inspection', bundle);
    expect(
      opened.ok && memberKeys(opened.data.bundle.operations).get('Tom Hargreaves')?.recipient,
    ).toBe(tom);
  });

  it('changes and removes a key, each step in the log; the same key again records nothing', () => {
    const s = inspection();
    s.run('Amara Okafor', (c) => setMemberKey(c, { member: 'Tom Hargreaves', recipient: amara }));
    s.run('Tom Hargreaves', (c) => setMemberKey(c, { member: 'Tom Hargreaves', recipient: tom }));
    const before = s.operations.length;
    s.run('Tom Hargreaves', (c) =>
      setMemberKey(c, { member: 'Tom Hargreaves', recipient: ` ${tom} ` }),
    );
    expect(s.operations.length).toBe(before);
    expect(team(s)[1]?.key).toMatchObject({ recipient: tom, by: 'Tom Hargreaves' });
    s.run('Amara Okafor', (c) => setMemberKey(c, { member: 'Tom Hargreaves', recipient: null }));
    expect(team(s)[1]?.key).toBeUndefined();
    expect(teamRecipients(team(s))).toEqual([]);
    const recipients = s.operations.filter((op) => op.field === 'recipient').map((op) => op.value);
    expect(recipients).toEqual([amara, tom, null]);
  });

  it('refuses, in one line, a name not on the team, a text that is not a key, and a secret key (never repeating it)', () => {
    const s = inspection();
    const run = (member: string, recipient: string | null) => () =>
      s.run('Amara Okafor', (c) => setMemberKey(c, { member, recipient }));
    expect(run('Sam Jones', tom)).toThrow(
      '"Sam Jones" is not on this inspection\'s team (Amara Okafor, Tom Hargreaves, Priya Shah).',
    );
    expect(run('Tom Hargreaves', 'ssh-ed25519 AAAAC3NzaC1lZDI1NTE5')).toThrow(
      /^Tom Hargreaves's key: "ssh-ed25519 AAAA…" is not an age public key \(one starts "age1"/,
    );
    // One character changed: the Bech32 checksum fails.
    const typo = `${tom.slice(0, 20)}${tom[20] === 'q' ? 'p' : 'q'}${tom.slice(21)}`;
    expect(run('Tom Hargreaves', typo)).toThrow(/its checksum fails/);
    let message = '';
    try {
      run('Tom Hargreaves', secret)();
    } catch (error: unknown) {
      message = error instanceof Error ? error.message : '';
    }
    expect(message).toMatch(/that is a secret key/);
    expect(message).not.toContain(secret.slice(15));
    expect(message.split('\n')).toHaveLength(1);
    expect(run('Tom Hargreaves', null)).toThrow('Tom Hargreaves has no key to remove.');
    expect(memberKeys(s.operations).size).toBe(0);
  });

  it('two inspectors adding keys on their own copies keep both after a merge', () => {
    const base = inspection();
    const copy = (author: string, member: string, recipient: string) => {
      let counter = 0;
      let clock = Date.UTC(2026, 9, 6);
      const s = createSession({
        newId: (prefix) => `${prefix}-${author}-${(counter += 1)}`,
        now: () => new Date(clock).toISOString(),
        wallClock: () => (clock += 1000),
        operations: base.operations,
      });
      s.run(author, (c) => setMemberKey(c, { member, recipient }));
      const bytes = writeBundle({
        inspectionId: 'insp-1',
        exportedBy: author,
        operations: s.operations,
        parts: {},
      });
      const opened = openBundleBytes(`${author}.inspection`, bytes);
      if (!opened.ok) throw new Error(opened.error.message);
      return opened.data.bundle;
    };
    const merged = mergeWorkbooks(
      copy('Amara Okafor', 'Amara Okafor', amara),
      copy('Tom Hargreaves', 'Tom Hargreaves', tom),
    );
    if (!merged.ok) throw new Error(merged.error.message);
    expect(merged.data.clashes).toEqual([]);
    expect(teamRecipients(teamKeys(merged.data.workbook, merged.data.operations))).toEqual([
      amara,
      tom,
    ]);
  });
});
