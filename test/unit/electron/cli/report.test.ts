import { createHash } from 'node:crypto';
import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { openWorkbook } from '../../../../electron/cli/store';
import { demoCertificate } from '../../../../electron/main/signing/demo-certificate';
import { reportVersions } from '../../../../shared/workbook';
import { flat, pdfText, poppler } from '../reports/poppler';
import { json, run, runProcess, workDir, type CliRun } from './helpers';

// Test-only certificates, generated on the spot (RSA 2048, self-signed, named as demos).
const PASS = 'test passphrase, not a real one';
const LEAD = 'Amara Okafor';
let dir = '';
let leadP12 = '';

function field(value: unknown, key: string): unknown {
  return typeof value === 'object' && value !== null ? Reflect.get(value, key) : undefined;
}

async function p12File(name: string, options: Partial<Parameters<typeof demoCertificate>[0]> = {}) {
  const file = path.join(dir, `${name}.p12`);
  await writeFile(file, demoCertificate({ name: LEAD, passphrase: PASS, ...options }));
  return file;
}

async function demo(name: string): Promise<string> {
  const file = path.join(dir, `${name}.inspection`);
  // The demo without its synthetic records: the report does not read records (yet).
  const result = await run(['demo', '--out', file, '--without-records']);
  expect(result.code, result.stderr).toBe(0);
  return file;
}

async function emptyDir(name: string): Promise<string> {
  const out = path.join(dir, name);
  await mkdir(out);
  return out;
}

function sha256(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

/** A refusal: exit 1, one line on stderr naming `file`, nothing written. */
async function expectRefused(
  result: CliRun,
  file: string,
  out: string,
  bundle: readonly [string, Buffer | null] = ['', null],
) {
  expect(result.code, result.stderr).toBe(1);
  expect(result.stdout).toBe('');
  expect(result.stderr.split('\n')).toHaveLength(1);
  expect(result.stderr).toContain(file);
  expect(await readdir(out)).toEqual([]);
  const [workbook, before] = bundle;
  const after = before === null ? null : await readFile(workbook);
  expect(after).toEqual(before);
}

beforeAll(async () => {
  dir = await workDir();
  leadP12 = await p12File('lead');
  process.env['WORKBOOK_TEST_PASS'] = PASS;
});

describe('workbook report', () => {
  it('writes a draft PDF and its HTML twin and leaves the workbook as it was', async () => {
    const file = await demo('draft');
    const before = await readFile(file);
    const out = path.join(dir, 'draft.pdf');
    const result = json(await run(['report', file, '--out', out, '--json']));
    expect(result).toMatchObject({
      pdf: out,
      html: `${out}.html`,
      signed: false,
      signer: null,
      version: 1,
      status: 'draft',
      template: 'ilacs-report',
    });
    expect(field(result, 'sha256')).toBe(sha256(await readFile(out)));
    expect(field(result, 'htmlSha256')).toBe(sha256(await readFile(`${out}.html`)));
    expect(await readFile(file)).toEqual(before);
    expect(await pdfText(out)).toContain('DRAFT — not signed');
    const verify = await run(['verify', out]);
    expect(verify.code).toBe(1);
    expect(verify.stderr).toContain('not signed');
  });

  it('signs with a PKCS#12 file, seals the version in the bundle, and locks it', async () => {
    const file = await demo('signed');
    const v1 = path.join(dir, 'v1.pdf');
    const signed = json(
      await run([
        'report',
        file,
        '--out',
        v1,
        '--sign',
        leadP12,
        '--pass-env',
        'WORKBOOK_TEST_PASS',
        '--as',
        LEAD,
        '--json',
      ]),
    );
    expect(signed).toMatchObject({ signed: true, version: 1, status: 'signed', signedBy: LEAD });
    expect(field(signed, 'signer')).toBe(
      'CN=Amara Okafor (DEMO certificate, not for real use), O=Inspection Workbook demo, C=GB',
    );
    const pdfsig = await poppler('pdfsig', [v1]);
    expect(pdfsig).toContain('Signature is Valid.');
    expect(pdfsig).toContain('Total document signed');
    // The bundle now records the version: hashes, signer, time and evidence.
    const opened = await openWorkbook(file);
    const [version] = reportVersions(opened.bundle.operations);
    expect(version).toMatchObject({
      number: 1,
      pdfSha256: sha256(await readFile(v1)),
      htmlSha256: sha256(await readFile(`${v1}.html`)),
      signer: field(signed, 'signer'),
      signedBy: LEAD,
      role: 'lead',
      evidenceIds: field(signed, 'evidenceIds'),
    });
    expect(json(await run(['verify', v1, '--bundle', file, '--json']))).toMatchObject({
      valid: true,
      version: 1,
      sha256: version?.pdfSha256,
    });
    // The same workbook state cannot be signed twice…
    const again = await emptyDir('again');
    await expectRefused(
      await run(['report', file, '--out', path.join(again, 'r.pdf'), '--sign-demo', '--as', LEAD]),
      file,
      again,
    );
    // …but any change makes a new draft version, which can be signed as version 2.
    expect(
      (await run(['summary', 'set', file, '--text', 'A revised summary.', '--as', LEAD])).code,
    ).toBe(0);
    const v2 = path.join(dir, 'v2.pdf');
    expect(
      json(await run(['report', file, '--out', v2, '--sign-demo', '--as', LEAD, '--json'])),
    ).toMatchObject({
      version: 2,
      signed: true,
    });
    expect(
      reportVersions((await openWorkbook(file)).bundle.operations).map((v) => v.number),
    ).toEqual([1, 2]);
    expect(json(await run(['verify', v1, '--bundle', file, '--json']))).toMatchObject({
      version: 1,
    });
    expect(json(await run(['verify', v2, '--bundle', file, '--json']))).toMatchObject({
      version: 2,
    });
    // A validly signed PDF that this workbook never recorded is refused.
    const other = await demo('other');
    const foreign = await run(['verify', v1, '--bundle', other]);
    expect(foreign.code).toBe(1);
    expect(foreign.stderr).toContain('matches no signed report version');
    // One changed byte fails, with one line naming the file.
    const bytes = await readFile(v1);
    bytes[100] = (bytes[100] ?? 0) ^ 0x01;
    const tampered = path.join(dir, 'tampered.pdf');
    await writeFile(tampered, bytes);
    const bad = await run(['verify', tampered, '--bundle', file]);
    expect(bad.code).toBe(1);
    expect(bad.stderr.split('\n')).toHaveLength(1);
    expect(bad.stderr).toContain(tampered);
  });

  it('lets only the lead sign a report, and only a council officer sign a self-assessment', async () => {
    const file = await demo('roles');
    const out = await emptyDir('roles-out');
    const inspector = await run([
      'report',
      file,
      '--out',
      path.join(out, 'r.pdf'),
      '--sign-demo',
      '--as',
      'Tom Hargreaves',
    ]);
    await expectRefused(inspector, file, out);
    expect(inspector.stderr).toContain('only the lead inspector');
    const sa = path.join(dir, 'sa.inspection');
    await run([
      'new',
      sa,
      '--council',
      'Northmoor',
      '--la-code',
      '899',
      '--kind',
      'self-assessment',
      '--on-site',
      '2026-06-01',
      '--officer',
      'Siân Pritchard',
      '--lead',
      LEAD,
    ]);
    for (const area of ['leaders', 'help-and-protection', 'children-in-care', 'care-leavers']) {
      expect(
        (
          await run([
            'grade',
            sa,
            '--area',
            area,
            '--grade',
            'good',
            '--rationale',
            'Our view.',
            '--as',
            'Siân Pritchard',
          ])
        ).code,
      ).toBe(0);
    }
    const asLead = await run([
      'report',
      sa,
      '--out',
      path.join(out, 'sa.pdf'),
      '--sign-demo',
      '--as',
      LEAD,
    ]);
    await expectRefused(asLead, sa, out);
    expect(asLead.stderr).toContain('only a council officer');
    const saOut = path.join(dir, 'sa.pdf');
    const signed = json(
      await run(['report', sa, '--out', saOut, '--sign-demo', '--as', 'Siân Pritchard', '--json']),
    );
    expect(signed).toMatchObject({ signed: true, template: 'self-assessment' });
    expect(String(field(signed, 'signer'))).toContain('CN=Siân Pritchard (DEMO certificate');
    const text = flat(await pdfText(saOut));
    expect(text).toContain('Self-assessment — not an Ofsted inspection');
    expect(text).toContain('Role: Council officer (Siân Pritchard)');
  });

  it('reads indicators and conflicts from JSON files', async () => {
    const file = await demo('inputs');
    const { workbook } = await openWorkbook(file);
    const keystone = workbook.providers.find((p) => p.name.startsWith('Keystone'))?.id ?? '';
    const indicators = path.join(dir, 'indicators.json');
    await writeFile(
      indicators,
      JSON.stringify({
        asOf: '2026-09-30',
        source: 'test figures',
        indicators: [
          {
            id: 'x',
            label: 'Reviews on time',
            unit: 'percent',
            national: 88,
            values: [
              { source: 'council', value: 91 },
              { source: keystone, value: 75 },
            ],
          },
        ],
      }),
    );
    const conflicts = path.join(dir, 'conflicts.json');
    await writeFile(
      conflicts,
      JSON.stringify({
        checkedAt: '2026-10-01',
        register: 'test register',
        flags: [
          {
            id: 'f',
            provider: keystone,
            placementProvider: { name: 'Keystone Homes Ltd' },
            severity: 'medium',
            chain: [
              {
                from: 'Keystone Homes Ltd',
                relation: 'shares a parent with',
                to: 'Keystone Family Support Ltd',
                source: 'test',
              },
            ],
            childrenAffected: 3,
            review: { status: 'not-reviewed' },
          },
        ],
      }),
    );
    const out = path.join(dir, 'inputs.pdf');
    expect(
      (
        await run([
          'report',
          file,
          '--out',
          out,
          '--indicators',
          indicators,
          '--conflicts',
          conflicts,
        ])
      ).code,
    ).toBe(0);
    const text = flat(await pdfText(out));
    expect(text).toContain('Reviews on time');
    expect(text).toContain('National 88%');
    expect(text).toContain('Flag 1: Keystone Family Support Ltd and Keystone Homes Ltd');
    const html = await readFile(`${out}.html`, 'utf8');
    expect(html).toContain('<svg role="img" aria-label="Bar chart of Reviews on time');
  });
});

describe('bad input: one line naming the file, exit 1, nothing left behind', () => {
  it('refuses wrong passphrases, expired, non-signing and damaged certificates', async () => {
    const file = await demo('bad-certs');
    const bundle: [string, Buffer] = [file, await readFile(file)];
    const cases: [string, string][] = [
      ['wrong passphrase', leadP12],
      [
        'expired',
        await p12File('expired', {
          notBefore: new Date('2020-01-01'),
          notAfter: new Date('2021-01-01'),
        }),
      ],
      ['is not for signing', await p12File('encipher', { keyUsage: { keyEncipherment: true } })],
      ['not a PKCS#12', path.join(dir, 'corrupt.p12')],
      ['cannot be read', path.join(dir, 'missing.p12')],
    ];
    await writeFile(path.join(dir, 'corrupt.p12'), 'this is not a certificate');
    for (const [reason, p12] of cases) {
      const out = await emptyDir(`bad-${reason.replace(/\W/g, '')}`);
      process.env['WORKBOOK_TEST_WRONG'] = reason === 'wrong passphrase' ? 'wrong' : PASS;
      const result = await run([
        'report',
        file,
        '--out',
        path.join(out, 'r.pdf'),
        '--sign',
        p12,
        '--pass-env',
        'WORKBOOK_TEST_WRONG',
        '--as',
        LEAD,
      ]);
      await expectRefused(result, p12, out, bundle);
      expect(result.stderr, reason).toContain(reason);
    }
    const out = await emptyDir('bad-unset');
    const unset = await run([
      'report',
      file,
      '--out',
      path.join(out, 'r.pdf'),
      '--sign',
      leadP12,
      '--pass-env',
      'WORKBOOK_TEST_UNSET',
      '--as',
      LEAD,
    ]);
    await expectRefused(unset, leadP12, out, bundle);
    expect(
      (await run(['report', file, '--out', path.join(out, 'r.pdf'), '--sign', leadP12])).code,
    ).toBe(2);
  });

  it('refuses a missing font and a workbook with no grades', async () => {
    const file = await demo('bad-font');
    const fonts = await emptyDir('no-fonts');
    const out = await emptyDir('bad-font-out');
    const font = await run(['report', file, '--out', path.join(out, 'r.pdf'), '--font-dir', fonts]);
    await expectRefused(font, path.join(fonts, 'Roboto-Regular.ttf'), out);
    const blank = path.join(dir, 'blank.inspection');
    await run([
      'new',
      blank,
      '--council',
      'Northmoor',
      '--la-code',
      '899',
      '--kind',
      'ilacs-standard',
      '--on-site',
      '2026-10-05',
      '--lead',
      LEAD,
    ]);
    const none = await run(['report', blank, '--out', path.join(out, 'r.pdf')]);
    await expectRefused(none, blank, out);
    expect(none.stderr).toContain('no grades');
  });

  it('refuses indicator and conflict files that are not JSON or name unknown sources', async () => {
    const file = await demo('bad-inputs');
    const out = await emptyDir('bad-inputs-out');
    const notJson = path.join(dir, 'not.json');
    await writeFile(notJson, '{ nope');
    await expectRefused(
      await run(['report', file, '--out', path.join(out, 'r.pdf'), '--indicators', notJson]),
      notJson,
      out,
    );
    const unknown = path.join(dir, 'unknown.json');
    await writeFile(
      unknown,
      JSON.stringify({
        checkedAt: '2026-10-01',
        register: 'r',
        flags: [
          {
            id: 'f',
            provider: 'nobody',
            placementProvider: { name: 'X' },
            severity: 'low',
            chain: [{ from: 'a', relation: 'b', to: 'c', source: 'd' }],
            childrenAffected: 0,
            review: { status: 'dismissed' },
          },
        ],
      }),
    );
    const result = await run([
      'report',
      file,
      '--out',
      path.join(out, 'r.pdf'),
      '--conflicts',
      unknown,
    ]);
    await expectRefused(result, unknown, out);
    expect(result.stderr).toContain('"nobody"');
  });
});

describe('workbook verify (child process)', () => {
  it('exits 1 with one line for a file that is not a signed PDF', async () => {
    const fake = path.join(dir, 'fake.pdf');
    await writeFile(fake, '%PDF-1.7\n/ByteRange [0 10 20 5]\n%%EOF\n');
    const result = await runProcess(['verify', fake]);
    expect(result.code).toBe(1);
    expect(result.stdout).toBe('');
    expect(result.stderr.trim().split('\n')).toHaveLength(1);
    expect(result.stderr).toContain(fake);
  });
});
