import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { run, runProcess } from './helpers';
import { expectRefused, LEAD, PASS, reportTestDir, type ReportTestDir } from './report-helpers';

let t: ReportTestDir;
let dir = '';
let leadP12 = '';
const p12File = (name: string, options?: Parameters<ReportTestDir['p12']>[1]) =>
  t.p12(name, options);
const demo = (name: string) => t.demo(name);
const emptyDir = (name: string) => t.empty(name);

beforeAll(async () => {
  t = await reportTestDir();
  dir = t.dir;
  leadP12 = await t.p12('lead');
  process.env['WORKBOOK_TEST_PASS'] = PASS;
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
