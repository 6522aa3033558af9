import { copyFile, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { demoCertificate } from '../../../../electron/main/signing/demo-certificate';
import { formatHlc } from '../../../../shared/bundle';
import { openCertificate } from '../../../../shared/signing/certificate';
import { json, newWorkbook, run, workDir } from './helpers';

/*
 * A workbook whose lead has signed the team roster, through the command:
 * the reviewer's forgeries, each refused naming the change, the author it
 * claims and the reason; writes without a key refused; two members' signed
 * copies merged and verified.
 */

const LEAD = 'Lead';

async function keyFile(dir: string, name: string): Promise<{ file: string; signingKey: string }> {
  const file = path.join(dir, `${name}.key`);
  const made = await run(['keys', 'new', '--out', file, '--json']);
  const printed = json(made);
  const signingKey =
    typeof printed === 'object' && printed !== null ? Reflect.get(printed, 'signingKey') : '';
  if (typeof signingKey !== 'string') throw new Error(made.stdout);
  return { file, signingKey };
}

async function signedWorkbook() {
  const dir = await workDir();
  const file = await newWorkbook(dir, 'signed', ['--inspector', 'Ben Hale']);
  const lead = await keyFile(dir, 'lead');
  const ben = await keyFile(dir, 'ben');
  const signed = await run(['team', 'sign', file, '--identity', lead.file, '--as', LEAD]);
  expect(signed.code, signed.stderr).toBe(0);
  const added = await run([
    'team',
    'add',
    file,
    '--member',
    'Ben Hale',
    '--signing-key',
    ben.signingKey,
    '--identity',
    lead.file,
  ]);
  expect(added.code, added.stderr).toBe(0);
  return { dir, file, lead, ben };
}

const grade = (file: string, ...more: string[]) => [
  'grade',
  file,
  '--area',
  'leaders',
  '--grade',
  'good',
  '--rationale',
  'Sound',
  ...more,
];

/** Rewrites the bundle's log, line by line, as someone with the file and a text editor would. */
async function editLog(file: string, edit: (lines: string[]) => string[]): Promise<void> {
  const files = unzipSync(new Uint8Array(await readFile(file)));
  const log = files['operations.jsonl'];
  if (log === undefined) throw new Error('no log');
  const lines = strFromU8(log)
    .split('\n')
    .filter((line) => line !== '');
  files['operations.jsonl'] = strToU8(`${edit(lines).join('\n')}\n`);
  await writeFile(file, zipSync(files));
}

const entrySchema = z.object({
  opId: z.string(),
  author: z.string(),
  entity: z.string(),
  field: z.string(),
  verified: z.boolean(),
});
const logSchema = z.object({ signed: z.boolean(), entries: z.array(entrySchema) });

async function logOf(file: string): Promise<z.infer<typeof logSchema>> {
  return logSchema.parse(json(await run(['log', file, '--json'])));
}

describe('a workbook whose lead signed the team roster, on the command line', () => {
  it('refuses a write without an identity, in one line that says what to pass', async () => {
    const { file } = await signedWorkbook();
    const refused = await run(grade(file, '--as', LEAD));
    expect(refused.code).toBe(1);
    expect(refused.stderr.trim().split('\n')).toHaveLength(1);
    expect(refused.stderr).toMatch(/give --identity FILE: your identity file/);
  });

  it('signs each change with the key, and log marks it verified', async () => {
    const { file, lead } = await signedWorkbook();
    expect((await run(grade(file, '--identity', lead.file))).code).toBe(0);
    const { signed, entries } = await logOf(file);
    expect(signed).toBe(true);
    const grades = entries.filter((e) => e.entity === 'judgement');
    expect(grades.length).toBeGreaterThan(0);
    expect(grades.every((e) => e.verified && e.author === LEAD)).toBe(true);
    // Made before the lead signed the roster: sealed, shown, not verified.
    expect(entries.find((e) => e.entity === 'inspection')?.verified).toBe(false);
  });

  it('takes the name from the key: --as another name is refused', async () => {
    const { file, ben } = await signedWorkbook();
    const refused = await run(grade(file, '--identity', ben.file, '--as', LEAD));
    expect(refused.stderr).toContain(
      `--as "${LEAD}", but the signing key of your --identity is Ben Hale's`,
    );
  });

  it('refuses a hand-written grade authored by the lead without their key', async () => {
    const { file, lead } = await signedWorkbook();
    await run(grade(file, '--identity', lead.file));
    const hlc = formatHlc(Date.now() + 1000, 0, LEAD);
    await editLog(file, (lines) => {
      const graded = lines.filter((line) => line.includes('"field":"grade"')).at(-1) ?? '';
      const prev: unknown = Reflect.get(Object(JSON.parse(graded)), 'hlc');
      return [
        ...lines,
        JSON.stringify({
          id: hlc,
          author: LEAD,
          hlc,
          entity: 'judgement',
          entityId: 'leaders',
          field: 'grade',
          value: 'outstanding',
          prev,
        }),
      ];
    });
    for (const command of [
      ['judge', file],
      ['log', file],
    ]) {
      const refused = await run(command);
      expect(refused.code).toBe(1);
      expect(refused.stderr).toContain(
        `change ${hlc} (judgement "leaders", grade), which says it is by ${LEAD}, is refused: it carries no signature`,
      );
    }
  });

  it('refuses past grade changes edited in place, ids kept', async () => {
    const { file, lead } = await signedWorkbook();
    await run(grade(file, '--identity', lead.file));
    await editLog(file, (lines) =>
      lines.map((line) =>
        line.includes('"field":"grade"')
          ? line.replace('"value":"good"', '"value":"inadequate"')
          : line,
      ),
    );
    const refused = await run(['judge', file]);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toMatch(
      /\(judgement "leaders", grade\), which says it is by Lead, is refused: its signature is not Lead's over what it says/,
    );
  });

  it('merges two members’ signed copies and verifies every change', async () => {
    const { dir, file, lead, ben } = await signedWorkbook();
    const theirs = path.join(dir, 'theirs.inspection');
    await copyFile(file, theirs);
    expect((await run(grade(file, '--identity', lead.file))).code).toBe(0);
    const added = await run([
      'evidence',
      'add',
      theirs,
      '--source',
      'council',
      '--area',
      'leaders',
      '--finding',
      'strength',
      '--text',
      'Supervision is regular.',
      '--identity',
      ben.file,
    ]);
    expect(added.code, added.stderr).toBe(0);
    const out = path.join(dir, 'merged.inspection');
    const merged = await run(['merge', file, theirs, '--out', out]);
    expect(merged.code, merged.stderr).toBe(0);
    const { entries } = await logOf(out);
    const after = entries.filter((e) => e.entity === 'judgement' || e.entity === 'evidence');
    expect(after.some((e) => e.author === 'Ben Hale')).toBe(true);
    expect(after.every((e) => e.verified)).toBe(true);
  });
});

describe('report signing bound to the roster', () => {
  it('refuses a self-made CN=Mallory certificate signing as the lead, naming both fingerprints', async () => {
    const dir = await workDir();
    const file = path.join(dir, 'demo.inspection');
    expect((await run(['demo', '--out', file, '--without-records'])).code).toBe(0);
    const pass = 'correct horse battery staple';
    process.env['SIGNED_TEST_PASS'] = pass;
    const amaraP12 = demoCertificate({ name: 'Amara Okafor', passphrase: pass });
    const malloryP12 = demoCertificate({ name: 'Mallory Example', passphrase: pass });
    const mallory = path.join(dir, 'mallory.p12');
    await writeFile(mallory, malloryP12);
    const sign = (p12: string) => [
      'report',
      file,
      '--out',
      path.join(dir, `${path.basename(p12)}.pdf`),
      '--sign',
      p12,
      '--pass-env',
      'SIGNED_TEST_PASS',
      '--as',
      'Amara Okafor',
    ];
    // The roster records no certificate for the lead yet: none may sign as them.
    const none = await run(sign(mallory));
    expect(none.code).toBe(1);
    expect(none.stderr).toContain(
      'The team roster records no signing certificate for Amara Okafor',
    );
    // The lead records her own certificate's fingerprint on the roster.
    const amaraSha = openCertificate(amaraP12, pass).sha256;
    const { demoIdentity } = await import('../../../../shared/demo');
    const demoAmara = await demoIdentity('Amara Okafor');
    const recorded = await run([
      'team',
      'add',
      file,
      '--member',
      'Amara Okafor',
      '--signing-key',
      demoAmara.signingKey,
      '--certificate-sha256',
      amaraSha,
      '--as',
      'Amara Okafor',
    ]);
    expect(recorded.code, recorded.stderr).toBe(0);
    const wrong = await run(sign(mallory));
    expect(wrong.code).toBe(1);
    const mallorySha = openCertificate(malloryP12, pass).sha256;
    expect(wrong.stderr).toContain(`This certificate (SHA-256 ${mallorySha})`);
    expect(wrong.stderr).toContain(`records for Amara Okafor (SHA-256 ${amaraSha})`);
    const amara = path.join(dir, 'amara.p12');
    await writeFile(amara, amaraP12);
    const right = await run([...sign(amara), '--json']);
    expect(right.code, right.stderr).toBe(0);
    // The sealed version is itself a signed, verified change.
    const { entries } = await logOf(file);
    const version = entries.filter((e) => e.entity === 'report-version');
    expect(version.length).toBeGreaterThan(0);
    expect(version.every((e) => e.verified && e.author === 'Amara Okafor')).toBe(true);
  });
});
