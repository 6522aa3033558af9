import { readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { mergedSealing, sealingOf, type Sealing } from '../../../../electron/cli/crypto/sealing';
import { seal } from '../../../../shared/crypto';
import { ageDecrypt, ageKeygen, ageTool, isAgeFile, logOf, manifestOf } from './encrypted-helpers';
import { json, newWorkbook, run, workDir } from './helpers';
import { LEAD } from './report-helpers';

// Every command that writes a workbook keeps what was encrypted encrypted: a change, a
// merge, a signed report's record; and a write that cannot be encrypted writes nothing.

const names = ['a', 'b'] as const;
const toA: Sealing = { kind: 'recipients', recipients: ['age1a'] };
const toB: Sealing = { kind: 'recipients', recipients: ['age1b', 'age1a'] };
const byPassphrase: Sealing = { kind: 'passphrase', passphrase: 'p' };
const plain: Sealing = { kind: 'plain' };

describe('how a merged workbook is encrypted', () => {
  it('never plain when either side was encrypted, to both sides’ recipients', () => {
    expect(mergedSealing(plain, plain, names)).toEqual(plain);
    expect(mergedSealing(plain, toA, names)).toEqual(toA);
    expect(mergedSealing(byPassphrase, plain, names)).toEqual(byPassphrase);
    expect(mergedSealing(toA, toB, names)).toEqual({
      kind: 'recipients',
      recipients: ['age1a', 'age1b'],
    });
    const unlisted: Sealing = { kind: 'unlisted', stanzas: 2 };
    expect(mergedSealing(toA, unlisted, names)).toEqual(unlisted);
    expect(() => mergedSealing(toA, byPassphrase, names)).toThrow(/cannot be both.*--recipient/);
  });

  it('writes a changed file back as it was read', () => {
    const bytes = new Uint8Array();
    expect(sealingOf({ bytes }, undefined)).toEqual(plain);
    expect(sealingOf({ bytes, sealed: { to: 'recipients', stanzas: 3 } }, ['age1x'])).toEqual({
      kind: 'recipients',
      recipients: ['age1x'],
    });
    expect(sealingOf({ bytes, sealed: { to: 'recipients', stanzas: 3 } }, undefined)).toEqual({
      kind: 'unlisted',
      stanzas: 3,
    });
    expect(sealingOf({ bytes, sealed: { to: 'passphrase', passphrase: 'p' } }, undefined)).toEqual(
      byPassphrase,
    );
  });
});

describe('writing encrypted workbooks', () => {
  it('refuses a recipient that is not an age public key and writes nothing', async () => {
    const dir = await workDir();
    const out = path.join(dir, 'demo.inspection');
    const bad = await run(['demo', '--out', out, '--without-records', '--recipient', 'age1nope']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('"age1nope" is not an age public key');
    expect(await readdir(dir)).toEqual([]);
  });

  it('merges encrypted bundles into one encrypted to both, and refuses to mix a passphrase in', async () => {
    const dir = await workDir();
    const me = ageKeygen(dir, 'me.key');
    const you = ageKeygen(dir, 'you.key');
    const base = await newWorkbook(dir, 'base');
    const plainBytes = new Uint8Array(await readFile(base));
    // The same inspection encrypted three ways: to me, to you, and with a passphrase.
    const mine = path.join(dir, 'mine.inspection');
    const yours = path.join(dir, 'yours.inspection');
    const shared = path.join(dir, 'shared.inspection');
    expect(
      (await run(['merge', base, base, '--out', mine, '--recipient', me.recipient])).code,
    ).toBe(0);
    expect(
      (await run(['merge', base, base, '--out', yours, '--recipient', you.recipient])).code,
    ).toBe(0);
    await writeFile(
      shared,
      await seal(plainBytes, { kind: 'passphrase', passphrase: 'council copy' }),
    );

    const both = path.join(dir, 'both.inspection');
    const merged = await run([
      'merge',
      mine,
      yours,
      '--out',
      both,
      '--identity',
      me.file,
      '--identity',
      you.file,
    ]);
    expect(merged.code, merged.stderr).toBe(0);
    for (const key of [me, you]) {
      expect(manifestOf(ageDecrypt(both, key.file))['recipients']).toEqual([
        me.recipient,
        you.recipient,
      ]);
    }

    process.env['WB_COUNCIL_PASS'] = 'council copy';
    const mixedOut = path.join(dir, 'mixed.inspection');
    const mixed = await run([
      'merge',
      mine,
      shared,
      '--out',
      mixedOut,
      '--identity',
      me.file,
      '--pass-env',
      'WB_COUNCIL_PASS',
    ]);
    delete process.env['WB_COUNCIL_PASS'];
    expect(mixed.code).toBe(2);
    expect(mixed.stderr).toContain('an age file cannot be both');
    expect(await readdir(dir)).not.toContain('mixed.inspection');
  }, 60_000);

  it('keeps a workbook encrypted when a signed report records its version in it', async () => {
    const dir = await workDir();
    const key = ageKeygen(dir, 'lead.key');
    const file = path.join(dir, 'demo.inspection');
    const made = await run([
      'demo',
      '--out',
      file,
      '--without-records',
      '--recipient',
      key.recipient,
    ]);
    expect(made.code, made.stderr).toBe(0);
    const signed = await run([
      'report',
      file,
      '--out',
      path.join(dir, 'report.pdf'),
      '--sign-demo',
      '--as',
      LEAD,
      '--identity',
      key.file,
      '--json',
    ]);
    expect(signed.code, signed.stderr).toBe(0);
    expect(json(signed)).toMatchObject({ signed: true });
    expect(await isAgeFile(file)).toBe(true);
    const entries = ageDecrypt(file, key.file);
    expect(manifestOf(entries)['recipients']).toEqual([key.recipient]);
    expect(logOf(entries)).toContain('"report-version"');
    expect(ageTool('age', ['-d', '-i', ageKeygen(dir, 'other.key').file, file]).code).not.toBe(0);
  }, 60_000);

  it('encrypts a new workbook with a passphrase alone (one scrypt stanza) and keeps it so', async () => {
    const dir = await workDir();
    process.env['WB_NEW_PASS'] = 'four random words here';
    const file = await newWorkbook(dir, 'council', ['--pass-env', 'WB_NEW_PASS']);
    const header = (await readFile(file)).subarray(0, 200).toString('latin1');
    expect(header).toMatch(/^age-encryption\.org\/v1\n-> scrypt \S+ 18\n/);
    const locked = await run(['judge', file]);
    expect(locked.stderr).toContain(
      'it is encrypted with a passphrase: give it with --pass-env VAR',
    );
    const changed = await run([
      'evidence',
      'add',
      file,
      '--source',
      'council',
      '--area',
      'leaders',
      '--finding',
      'strength',
      '--text',
      'Sealed again.',
      '--as',
      'Lead',
      '--pass-env',
      'WB_NEW_PASS',
    ]);
    expect(changed.code, changed.stderr).toBe(0);
    expect((await readFile(file)).subarray(0, 200).toString('latin1')).toMatch(/\n-> scrypt /);
    const listed = await run(['evidence', 'list', file, '--pass-env', 'WB_NEW_PASS']);
    delete process.env['WB_NEW_PASS'];
    expect(listed.stdout).toContain('Sealed again.');
  }, 60_000);
});
