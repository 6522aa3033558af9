import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { openWorkbook } from '../../../../electron/cli/store';
import { reportVersions } from '../../../../shared/workbook';
import { flat, pdfText, poppler } from '../reports/poppler';
import { json, run } from './helpers';
import { untrustedVerifyJson } from './verify-helpers';
import {
  expectRefused,
  field,
  LEAD,
  PASS,
  reportTestDir,
  sha256,
  type ReportTestDir,
} from './report-helpers';

let t: ReportTestDir;
let dir = '';
let leadP12 = '';
const demo = (name: string) => t.demo(name);
const emptyDir = (name: string) => t.empty(name);
const recordCertificate = (file: string, p12: string) => t.recordCertificate(file, p12);

beforeAll(async () => {
  t = await reportTestDir();
  dir = t.dir;
  leadP12 = await t.p12('lead');
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
    // The demo is signed: its roster must record the certificate that signs as its lead.
    await recordCertificate(file, leadP12);
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
    expect(
      untrustedVerifyJson(await run(['verify', v1, '--bundle', file, '--json'])),
    ).toMatchObject({
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
      // With the certificate the roster records (a demo one made on the spot would not match it).
      json(
        await run([
          'report',
          file,
          '--out',
          v2,
          '--sign',
          leadP12,
          '--pass-env',
          'WORKBOOK_TEST_PASS',
          '--as',
          LEAD,
          '--json',
        ]),
      ),
    ).toMatchObject({
      version: 2,
      signed: true,
    });
    expect(
      reportVersions((await openWorkbook(file)).bundle.operations).map((v) => v.number),
    ).toEqual([1, 2]);
    expect(
      untrustedVerifyJson(await run(['verify', v1, '--bundle', file, '--json'])),
    ).toMatchObject({
      version: 1,
    });
    expect(
      untrustedVerifyJson(await run(['verify', v2, '--bundle', file, '--json'])),
    ).toMatchObject({
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
    expect(inspector.stderr).toContain('Only the lead inspector');
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
    expect(asLead.stderr).toContain('Only a council officer');
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
    expect(text).toContain('England 88%');
    expect(text).toContain('Flag 1: Keystone Family Support Ltd and Keystone Homes Ltd');
    const html = await readFile(`${out}.html`, 'utf8');
    expect(html).toContain('<svg role="img" aria-label="Bar chart of Reviews on time');
  });
});
