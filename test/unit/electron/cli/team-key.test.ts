import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { generateX25519Identity, identityToRecipient } from 'age-encryption';
import { beforeAll, describe, expect, it } from 'vitest';
import { openBundleBytes } from '../../../../shared/tasks';
import { memberKeys, readRoster } from '../../../../shared/workbook';
import { jsonOutputSchema } from '../../../../electron/cli/json-schemas';
import { json, newWorkbook, run, workDir } from './helpers';

let dir = '';
let lead = '';
let tom = '';
beforeAll(async () => {
  dir = await workDir();
  lead = await identityToRecipient(await generateX25519Identity());
  tom = await identityToRecipient(await generateX25519Identity());
});

async function keysIn(file: string): Promise<Record<string, string>> {
  const opened = openBundleBytes(file, new Uint8Array(await readFile(file)));
  if (!opened.ok) throw new Error(opened.error.message);
  return Object.fromEntries(
    [...memberKeys(opened.data.bundle.operations)].map(([name, key]) => [name, key.recipient]),
  );
}

describe('workbook team key and new --member-key', () => {
  it('records members’ keys when the workbook is made and afterwards, and removes one', async () => {
    const file = await newWorkbook(dir, 'keys', [
      '--inspector',
      'Tom Hargreaves',
      '--member-key',
      `Lead=${lead}`,
    ]);
    expect(await keysIn(file)).toEqual({ Lead: lead });
    const set = await run([
      'team',
      'key',
      file,
      '--member',
      'Tom Hargreaves',
      '--key',
      tom,
      '--json',
    ]);
    expect(jsonOutputSchema('team key')?.parse(json(set))).toEqual({ id: 'Tom Hargreaves' });
    expect(await keysIn(file)).toEqual({ Lead: lead, 'Tom Hargreaves': tom });
    expect((await run(['team', 'key', file, '--member', 'Lead', '--remove'])).code).toBe(0);
    expect(await keysIn(file)).toEqual({ 'Tom Hargreaves': tom });
  });

  it('refuses a key that is not one, or a name not on the team, in one line, writing nothing', async () => {
    const file = await newWorkbook(dir, 'refused');
    const before = await readFile(file);
    const bad = await run(['team', 'key', file, '--member', 'Lead', '--key', 'age1notakey']);
    expect(bad.code).not.toBe(0);
    expect(bad.stderr.trim().split('\n')).toHaveLength(1);
    expect(bad.stderr).toContain('"age1notakey" is not an age public key');
    const stranger = await run(['team', 'key', file, '--member', 'Sam', '--key', tom]);
    expect(stranger.stderr.trim()).toBe(
      `workbook: ${file}: "Sam" is not on this inspection's team (Lead).`,
    );
    expect(await readFile(file)).toEqual(before);
    const both = await run(['team', 'key', file, '--member', 'Lead']);
    expect(both.stderr).toContain('give either --key AGE_PUBLIC_KEY or --remove');
    const created = await run([
      'new',
      path.join(dir, 'never.inspection'),
      '--council',
      'Northmoor',
      '--la-code',
      '899',
      '--kind',
      'ilacs-standard',
      '--lead',
      'Lead',
      '--member-key',
      'Lead=AGE-SECRET-KEY-1QQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQ',
    ]);
    expect(created.stderr).toMatch(/that is a secret key/);
    expect(created.stderr).not.toContain('QQQQQQQQ');
    await expect(readFile(path.join(dir, 'never.inspection'))).rejects.toThrow(/ENOENT/);
  });

  it('in a signed workbook, changes the key on the roster, for its lead only, as `--json` did', async () => {
    const leadKey = path.join(dir, 'lead.key');
    const benKey = path.join(dir, 'ben.key');
    for (const out of [leadKey, benKey]) {
      expect((await run(['keys', 'new', '--out', out])).code).toBe(0);
    }
    const ben = await run(['keys', 'show', benKey, '--json']);
    const benIdentity: unknown = Reflect.get(Object(json(ben)), 'identities');
    const benSigning = String(
      Reflect.get(Object(Array.isArray(benIdentity) ? benIdentity[0] : {}), 'signingKey'),
    );
    const file = await newWorkbook(dir, 'signed-keys', ['--inspector', 'Ben Hale']);
    const asLead = ['--identity', leadKey];
    expect((await run(['team', 'sign', file, ...asLead, '--as', 'Lead'])).code).toBe(0);
    expect(
      (
        await run([
          'team',
          'add',
          file,
          '--member',
          'Ben Hale',
          '--signing-key',
          benSigning,
          ...asLead,
        ])
      ).code,
    ).toBe(0);
    const set = await run([
      'team',
      'key',
      file,
      '--member',
      'Ben Hale',
      '--key',
      tom,
      ...asLead,
      '--json',
    ]);
    expect(jsonOutputSchema('team key')?.parse(json(set))).toEqual({ id: 'Ben Hale' });
    const roster = async () => {
      const opened = openBundleBytes(file, new Uint8Array(await readFile(file)));
      if (!opened.ok) throw new Error(opened.error.message);
      return readRoster(opened.data.bundle.operations);
    };
    expect((await roster()).members.get('Ben Hale')).toMatchObject({
      recipient: tom,
      signingKey: benSigning,
    });
    // Ben, holding his own key, may not change it: the roster is the lead's.
    const refused = await run([
      'team',
      'key',
      file,
      '--member',
      'Ben Hale',
      '--remove',
      '--identity',
      benKey,
    ]);
    expect(refused.code).not.toBe(0);
    expect(refused.stderr).toContain("only its lead (Lead) changes a member's key");
    expect((await roster()).members.get('Ben Hale')?.recipient).toBe(tom);
  });
});
