import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { mutate } from '../../../../electron/cli/mutate';
import { certificateFingerprint } from '../../../../shared/signing/verify-trust';
import { recordReportVersion } from '../../../../shared/workbook';
import { pemToDer, trustFixtures, type TrustFixtures } from '../../shared/signing/trust-fixtures';
import { json, run, workDir } from './helpers';
import { sha256 } from './report-helpers';

let f: TrustFixtures;
let dir = '';
const file = (name: string) => path.join(dir, name);

beforeAll(async () => {
  f = await trustFixtures();
  dir = await workDir();
  await writeFile(file('self.pdf'), f.selfSigned.pdf);
  await writeFile(file('self.pem'), f.selfSigned.pem);
  await writeFile(file('self.der'), f.selfSigned.der);
  await writeFile(file('issued.pdf'), f.byAuthority.pdf);
  await writeFile(file('ca.pem'), f.authority.pem);
  await writeFile(file('impostor.pem'), f.impostor.pem);
  await writeFile(file('other.pem'), f.other.pem);
  await writeFile(file('mallory.pdf'), f.other.pdf);
}, 300_000);

describe('workbook verify --trust', () => {
  it('without a trust anchor: "signature intact, signer not trusted", exit 2, the fingerprint named', async () => {
    const text = await run(['verify', file('self.pdf')]);
    expect(text.code).toBe(2);
    expect(text.stdout.split('\n')[0]).toBe('Signature intact, signer not trusted.');
    expect(text.stderr).toContain('signature intact, signer not trusted');
    const result = await run(['verify', file('self.pdf'), '--json']);
    expect(result.code).toBe(2);
    expect(JSON.parse(result.stdout)).toMatchObject({
      valid: true,
      wholeFile: true,
      trusted: false,
      signerFingerprint: certificateFingerprint(f.selfSigned.der),
      trustedAs: null,
    });
  });

  it.each(['self.pem', 'self.der'])(
    'trusts the signer’s own certificate given as %s: exit 0',
    async (anchor) => {
      const result = await run(['verify', file('self.pdf'), '--trust', file(anchor), '--json']);
      expect(json(result)).toMatchObject({
        trusted: true,
        trustedAs: { how: 'certificate', fingerprint: certificateFingerprint(f.selfSigned.der) },
      });
      const text = await run(['verify', file('self.pdf'), '--trust', file(anchor)]);
      expect(text.stdout.split('\n')[0]).toBe('Signature intact, signer trusted.');
    },
  );

  it('trusts a certificate issued by a trusted authority: exit 0', async () => {
    const result = await run([
      'verify',
      file('issued.pdf'),
      '--trust',
      file('other.pem'),
      '--trust',
      file('ca.pem'),
    ]);
    expect(result.code, result.stderr).toBe(0);
    expect(result.stdout).toContain('issued by the trusted authority');
    expect(result.stdout).toContain(certificateFingerprint(pemToDer(f.authority.pem)));
  });

  it.each([
    ['another certificate', 'self.pdf', 'other.pem', () => f.selfSigned.der, () => f.other.der],
    [
      'an impostor authority (same name, other key)',
      'issued.pdf',
      'impostor.pem',
      () => f.byAuthority.der,
      () => pemToDer(f.impostor.pem),
    ],
  ])(
    'refuses trust against %s: exit 2, naming both fingerprints',
    async (_label, pdf, anchor, signer, anchorDer) => {
      const result = await run(['verify', file(pdf), '--trust', file(anchor)]);
      expect(result.code).toBe(2);
      expect(result.stderr).toContain('signature intact, signer not trusted');
      expect(result.stderr).toContain(certificateFingerprint(signer()));
      expect(result.stderr).toContain(certificateFingerprint(anchorDer()));
    },
  );

  it('keeps exit 1 for a broken signature, trusted anchor or not', async () => {
    const bytes = new Uint8Array(f.selfSigned.pdf);
    bytes[100] = (bytes[100] ?? 0) ^ 0x01;
    await writeFile(file('broken.pdf'), bytes);
    const result = await run(['verify', file('broken.pdf'), '--trust', file('self.pem')]);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('digest mismatch');
  });

  it('refuses a --trust file that is not a certificate, naming it', async () => {
    const result = await run(['verify', file('self.pdf'), '--trust', file('self.pdf')]);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain(`--trust ${file('self.pdf')}: is not an X.509 certificate`);
  });
});

describe('workbook verify --bundle and the version record', () => {
  it('refuses a version record added by hand for another signer’s PDF', async () => {
    const bundle = file('forged.inspection');
    expect((await run(['demo', '--out', bundle, '--without-records'])).code).toBe(0);
    // The forger records Mallory's signed PDF as the lead's signed version 1.
    await mutate(
      bundle,
      { author: 'Mallory', named: false, json: false, today: () => '2026-10-16' },
      (c) =>
        recordReportVersion(c, {
          number: 1,
          template: 'ilacs-report',
          pdfSha256: sha256(f.other.pdf),
          htmlSha256: sha256(new Uint8Array(1)),
          signer:
            'CN=Amara Okafor (DEMO certificate, not for real use), O=Inspection Workbook demo, C=GB',
          signerName: 'Amara Okafor (DEMO certificate, not for real use)',
          signedBy: 'Amara Okafor',
          role: 'lead',
          signedAt: '2026-10-16T14:05:00.000Z',
          evidenceIds: [],
          basis: sha256(new Uint8Array(2)),
        }),
    );
    const result = await run([
      'verify',
      file('mallory.pdf'),
      '--bundle',
      bundle,
      '--trust',
      file('other.pem'),
    ]);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('report version 1');
    expect(result.stderr).toContain('names the signer "CN=Amara Okafor');
    expect(result.stderr).toContain('Mallory Example');
  });
});
