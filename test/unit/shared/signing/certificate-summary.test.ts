import { X509Certificate } from 'node:crypto';
import forge from 'node-forge';
import { describe, expect, it } from 'vitest';
import { demoAuthority } from '../../../../electron/main/signing/demo-authority';
import { demoCertificate } from '../../../../electron/main/signing/demo-certificate';
import { openCertificate } from '../../../../shared/signing/certificate';
import { matchingCertificate, openPkcs12, rsaPrivateKey } from '../../../../shared/signing/p12';
import { fingerprintText } from '../../../../shared/signing/verify-anchors';

const PASS = 'test passphrase, not a real one';
const YEAR_2026 = { notBefore: new Date('2026-01-01'), notAfter: new Date('2027-01-01') };

function pemOf(p12: Uint8Array): string {
  const pfx = openPkcs12(p12, PASS);
  return forge.pki.certificateToPem(matchingCertificate(pfx, rsaPrivateKey(pfx)));
}

/*
 * What Settings > My certificate shows of the chosen certificate: its issuer
 * and validity, and its SHA-256 in the form `workbook verify` prints, checked
 * against OpenSSL's own reading of the same certificate (node:crypto).
 */
describe('the chosen certificate as Settings shows it', () => {
  it('names its issuer and validity, and its SHA-256 is the one OpenSSL gives', () => {
    const authority = demoAuthority({ name: 'Northmoor Test CA', ...YEAR_2026 });
    const p12 = demoCertificate({
      name: 'Amara Okafor',
      passphrase: PASS,
      ...YEAR_2026,
      issuer: authority,
    });
    const opened = openCertificate(p12, PASS, new Date('2026-06-01'));
    const openssl = new X509Certificate(pemOf(p12));
    expect(opened.issuer).toContain('CN=Northmoor Test CA');
    expect(opened.subject).toContain('CN=Amara Okafor');
    expect(opened.notBefore.toISOString()).toBe('2026-01-01T00:00:00.000Z');
    expect(opened.notAfter.toISOString()).toBe('2027-01-01T00:00:00.000Z');
    expect(fingerprintText(opened.sha256)).toBe(openssl.fingerprint256);
  }, 60_000);

  it('is its own issuer when self-signed', () => {
    const p12 = demoCertificate({ name: 'Ben Hale', passphrase: PASS, ...YEAR_2026 });
    const opened = openCertificate(p12, PASS, new Date('2026-06-01'));
    expect(opened.issuer).toBe(opened.subject);
  }, 60_000);
});
