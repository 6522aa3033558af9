import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  ageDecrypt,
  ageKeygen,
  ageTool,
  isAgeFile,
  logOf,
  manifestOf,
  publicKeyOf,
} from './encrypted-helpers';
import { jsonOutputSchema } from '../../../../electron/cli/json-schemas';
import { json, newWorkbook, run, runProcess, workDir } from './helpers';

// Workbooks encrypted with age (https://age-encryption.org/v1), through the real command
// in a child process, checked against Debian's age and age-keygen both ways.

const newArgs = (file: string) => [
  'new',
  file,
  '--council',
  'Northmoor',
  '--la-code',
  '899',
  '--kind',
  'ilacs-standard',
  '--on-site',
  '2026-10-05',
  '--lead',
  'Lead',
  '--as',
  'Lead',
];

const addEvidence = (file: string, text: string) => [
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
  text,
  '--as',
  'Lead',
];

function oneLine(stderr: string): string {
  const lines = stderr.trim().split('\n');
  expect(lines).toHaveLength(1);
  return lines[0] ?? '';
}

describe('encrypted workbooks and the age command', () => {
  it('writes a workbook the age command decrypts, for every recipient, and keeps it encrypted to them', async () => {
    const dir = await workDir();
    const keygen = ageKeygen(dir, 'keygen.key');
    const ours = path.join(dir, 'ours.key');
    const made = await runProcess(['keys', 'new', '--out', ours, '--json']);
    expect(made.code).toBe(0);
    const ourKey = json(made);
    expect(jsonOutputSchema('keys new')?.safeParse(ourKey).success).toBe(true);
    // `workbook keys new` writes age-keygen's format: age-keygen derives the same public key.
    expect(ourKey).toMatchObject({ recipient: publicKeyOf(ours), wrapped: false });
    const recipient = publicKeyOf(ours);

    const file = path.join(dir, 'team.inspection');
    const created = await runProcess([
      ...newArgs(file),
      '--recipient',
      keygen.recipient,
      '--recipient',
      recipient,
    ]);
    expect(created.code, created.stderr).toBe(0);
    expect(await isAgeFile(file)).toBe(true);
    expect((await readFile(file)).includes('Northmoor')).toBe(false);
    for (const identity of [keygen.file, ours]) {
      const entries = ageDecrypt(file, identity);
      expect(manifestOf(entries)['recipients']).toEqual([keygen.recipient, recipient]);
      expect(logOf(entries)).toContain('Northmoor');
    }

    const locked = await runProcess(['judge', file]);
    expect(locked.code).toBe(1);
    expect(oneLine(locked.stderr)).toBe(
      `workbook: ${file}: it is encrypted to 2 recipients: give --identity FILE (an age identity file, as age-keygen or \`workbook keys new\` writes it).`,
    );

    const changed = await runProcess([
      ...addEvidence(file, 'Leaders know their services well.'),
      '--identity',
      ours,
    ]);
    expect(changed.code, changed.stderr).toBe(0);
    expect(changed.stderr).toBe('');
    expect(await isAgeFile(file)).toBe(true);
    const after = ageDecrypt(file, keygen.file);
    expect(manifestOf(after)['recipients']).toEqual([keygen.recipient, recipient]);
    expect(logOf(after)).toContain('Leaders know their services well.');

    const judged = await runProcess(['judge', file, '--identity', keygen.file, '--json']);
    expect(judged.code, judged.stderr).toBe(0);
    expect(json(judged)).toHaveProperty('framework', 'ilacs-2026');
  });

  it('opens a bundle the age command encrypted, and writes it back only to named recipients', async () => {
    const dir = await workDir();
    const key = ageKeygen(dir, 'me.key');
    const plain = await newWorkbook(dir, 'plain');
    const file = path.join(dir, 'sent.inspection');
    const encrypted = ageTool('age', ['-r', key.recipient, '-o', file, plain]);
    expect(encrypted.code, encrypted.stderr).toBe(0);

    const judged = await runProcess(['judge', file, '--identity', key.file]);
    expect(judged.code, judged.stderr).toBe(0);
    expect(judged.stdout).toContain('Northmoor');

    // age headers do not name recipients, and this file does not list them: refused, unchanged.
    const before = await readFile(file);
    const refused = await runProcess([...addEvidence(file, 'x'), '--identity', key.file]);
    expect(refused.code).toBe(1);
    expect(oneLine(refused.stderr)).toMatch(
      /sent\.inspection: .*1 recipient\(s\) that it does not list.*--recipient/,
    );
    expect(await readFile(file)).toEqual(before);

    const resealed = await runProcess([
      ...addEvidence(file, 'Named now.'),
      '--identity',
      key.file,
      '--recipient',
      key.recipient,
    ]);
    expect(resealed.code, resealed.stderr).toBe(0);
    const entries = ageDecrypt(file, key.file);
    expect(manifestOf(entries)['recipients']).toEqual([key.recipient]);
    expect(logOf(entries)).toContain('Named now.');
  });

  it('refuses a damaged file and a wrong identity in one line naming the file, and leaves it unchanged', async () => {
    const dir = await workDir();
    const key = ageKeygen(dir, 'me.key');
    const stranger = ageKeygen(dir, 'stranger.key');
    const file = path.join(dir, 'w.inspection');
    expect((await run([...newArgs(file), '--recipient', key.recipient])).code).toBe(0);

    const wrong = await runProcess([...addEvidence(file, 'x'), '--identity', stranger.file]);
    expect(wrong.code).toBe(1);
    expect(oneLine(wrong.stderr)).toContain(
      `${file}: it is not encrypted to this identity (1 recipient)`,
    );

    const bytes = await readFile(file);
    bytes[bytes.length - 3] = (bytes[bytes.length - 3] ?? 0) ^ 0x40;
    await writeFile(file, bytes);
    for (const args of [['judge', file], addEvidence(file, 'x')]) {
      const refused = await runProcess([...args, '--identity', key.file]);
      expect(refused.code).toBe(1);
      expect(oneLine(refused.stderr)).toMatch(/w\.inspection: it is damaged: age refuses it/);
      expect(await readFile(file)).toEqual(bytes);
    }
    expect(ageTool('age', ['-d', '-i', key.file, file]).code).not.toBe(0);
  });

  it('reads a key wrapped with a passphrase (Argon2id), and refuses the wrong passphrase', async () => {
    const dir = await workDir();
    const keyFile = path.join(dir, 'wrapped.key');
    const env = { ...process.env, WB_PASS: 'correct horse battery staple' };
    process.env['WB_PASS'] = env.WB_PASS;
    const made = await run(['keys', 'new', '--out', keyFile, '--pass-env', 'WB_PASS', '--json']);
    const key = json(made);
    expect(key).toMatchObject({ wrapped: true });
    const text = await readFile(keyFile, 'utf8');
    expect(text).toMatch(/^WORKBOOK-WRAPPED-KEY-1:argon2id:v=19,m=19456,t=2,p=1:/m);
    expect(text).not.toMatch(/AGE-SECRET-KEY-1/);
    const shown = await run(['keys', 'show', keyFile, '--pass-env', 'WB_PASS', '--json']);
    expect(jsonOutputSchema('keys show')?.safeParse(json(shown)).success).toBe(true);
    expect(json(shown)).toEqual({
      identities: [
        {
          recipient: Reflect.get(Object(key), 'recipient'),
          signingKey: Reflect.get(Object(key), 'signingKey'),
        },
      ],
      protected: true,
    });

    // With only the identity (and its passphrase), a new workbook is encrypted to that identity.
    const file = path.join(dir, 'mine.inspection');
    const created = await run([...newArgs(file), '--identity', keyFile, '--pass-env', 'WB_PASS']);
    expect(created.code, created.stderr).toBe(0);
    expect(await isAgeFile(file)).toBe(true);
    const judged = await runProcess([
      'judge',
      file,
      '--identity',
      keyFile,
      '--pass-env',
      'WB_PASS',
    ]);
    expect(judged.code, judged.stderr).toBe(0);

    process.env['WB_PASS'] = 'correct horse battery stapler';
    const wrong = await run(['judge', file, '--identity', keyFile, '--pass-env', 'WB_PASS']);
    expect(wrong.code).toBe(1);
    expect(oneLine(wrong.stderr)).toBe(
      `workbook: ${keyFile}: the passphrase given does not unwrap its key (or the file was altered).`,
    );
    delete process.env['WB_PASS'];
    const unset = await run(['judge', file, '--identity', keyFile, '--pass-env', 'WB_PASS']);
    expect(unset.code).toBe(2);
    expect(unset.stderr).toContain('WB_PASS');
  });

  it('shows the public keys of an age-keygen identity file as age-keygen does', async () => {
    const dir = await workDir();
    const key = ageKeygen(dir, 'keygen.key');
    const shown = await run(['keys', 'show', key.file]);
    expect(shown.code).toBe(0);
    expect(shown.stdout).toMatch(
      new RegExp(
        `^Public key: ${key.recipient}\nSigning key: ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI\\S{43}$`,
      ),
    );
    const existing = await run(['keys', 'new', '--out', key.file]);
    expect(existing.code).toBe(1);
    expect(existing.stderr).toContain('already exists');
  });
});

describe('plain workbooks and what is never written in the clear', () => {
  it('still opens a plain workbook, with a notice when keys are given', async () => {
    const dir = await workDir();
    const key = ageKeygen(dir, 'me.key');
    const file = await newWorkbook(dir, 'old');
    const quiet = await run(['judge', file]);
    expect(quiet.code).toBe(0);
    expect(quiet.stderr).toBe('');
    const noticed = await run(['judge', file, '--identity', key.file]);
    expect(noticed.code).toBe(0);
    expect(noticed.stderr).toBe(
      `workbook: notice: ${file} is not encrypted: anyone with the file can read it.`,
    );
  });
});
