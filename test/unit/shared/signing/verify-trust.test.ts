import { X509Certificate } from 'node:crypto';
import forge from 'node-forge';
import { beforeAll, describe, expect, it } from 'vitest';
import { nodeCertificateCrypto } from '../../../../electron/cli/commands/verify-trust-node';
import { certificatesFromFile } from '../../../../shared/signing/verify-anchors';
import { verifyPdf } from '../../../../shared/signing/verify-pdf';
import {
  certificateFingerprint,
  judgeTrust,
  trustWording,
  type CertificateCrypto,
} from '../../../../shared/signing/verify-trust';
import { forgeCertificateCrypto } from '../../../../shared/signing/verify-trust-forge';
import { pemToDer, trustFixtures, type SignedReport, type TrustFixtures } from './trust-fixtures';

let f: TrustFixtures;
beforeAll(async () => {
  f = await trustFixtures();
}, 300_000);

const cryptos: [string, CertificateCrypto][] = [
  ['node:crypto (the command)', nodeCertificateCrypto],
  ['node-forge (the app’s worker)', forgeCertificateCrypto],
];

function judge(report: SignedReport, anchors: readonly string[], crypto: CertificateCrypto) {
  const verified = verifyPdf(report.pdf);
  return judgeTrust(
    {
      signer: verified.certificate,
      carried: verified.carried,
      at: verified.signedAt ?? new Date(),
      anchors: anchors.map(pemToDer),
    },
    crypto,
  );
}

describe('certificate fingerprints', () => {
  it('are SHA-256 of the DER in the form openssl and node:crypto print', () => {
    const fingerprint = certificateFingerprint(f.selfSigned.der);
    expect(fingerprint).toMatch(/^([0-9A-F]{2}:){31}[0-9A-F]{2}$/);
    expect(fingerprint).toBe(new X509Certificate(f.selfSigned.der).fingerprint256);
  });
});

describe.each(cryptos)('judgeTrust with %s', (_name, crypto) => {
  it('trusts nothing without an anchor, and names the signer’s fingerprint', () => {
    const outcome = judge(f.selfSigned, [], crypto);
    expect(outcome).toEqual({
      trusted: false,
      signerFingerprint: certificateFingerprint(f.selfSigned.der),
      anchors: [],
    });
    expect(trustWording(outcome).headline).toBe('Signature intact, signer not trusted');
  });

  it('trusts a self-signed certificate given as its own anchor', () => {
    expect(judge(f.selfSigned, [f.selfSigned.pem], crypto)).toMatchObject({
      trusted: true,
      how: 'certificate',
      anchor: { fingerprint: certificateFingerprint(f.selfSigned.der) },
    });
  });

  it('trusts a certificate issued by an anchor that is an authority', () => {
    const outcome = judge(f.byAuthority, [f.other.pem, f.authority.pem], crypto);
    expect(outcome).toMatchObject({
      trusted: true,
      how: 'authority',
      anchor: { subject: expect.stringContaining('Northmoor Test CA') },
    });
    expect(trustWording(outcome)).toMatchObject({
      headline: 'Signature intact, signer trusted',
      detail: expect.stringContaining('issued by the trusted authority'),
    });
  });

  it.each([
    ['an unrelated certificate', (x: TrustFixtures) => [x.byAuthority, x.other.pem] as const],
    [
      'an impostor authority with the same name but another key',
      (x: TrustFixtures) => [x.byAuthority, x.impostor.pem] as const,
    ],
    [
      'an authority that had expired by the signing time',
      (x: TrustFixtures) => [x.byExpiredAuthority, x.expired.pem] as const,
    ],
    [
      'an issuer that is not a certificate authority',
      (x: TrustFixtures) => [x.byOrdinary, x.ordinary.pem] as const,
    ],
  ])('does not trust a certificate against %s', (_label, pick) => {
    const [report, anchor] = pick(f);
    const outcome = judge(report, [anchor], crypto);
    expect(outcome.trusted).toBe(false);
    const { detail } = trustWording(outcome);
    // Both fingerprints are named, so a person can see which certificate is which.
    expect(detail).toContain(certificateFingerprint(report.der));
    expect(detail).toContain(certificateFingerprint(pemToDer(anchor)));
  });

  it('never trusts the chain the signature carries by itself', () => {
    // The authority's certificate travels in the PDF; without it as an anchor, nothing is trusted.
    expect(verifyPdf(f.byAuthority.pdf).carried).toHaveLength(1);
    expect(judge(f.byAuthority, [], crypto).trusted).toBe(false);
  });
});

describe('trust anchor files', () => {
  it('reads PEM (one or more certificates) and DER', () => {
    const pem = new TextEncoder().encode(`${f.selfSigned.pem}\n${f.authority.pem}`);
    const read = certificatesFromFile(pem);
    expect(read.map(certificateFingerprint)).toEqual([
      certificateFingerprint(f.selfSigned.der),
      certificateFingerprint(pemToDer(f.authority.pem)),
    ]);
    expect(certificatesFromFile(f.selfSigned.der).map(certificateFingerprint)).toEqual([
      certificateFingerprint(f.selfSigned.der),
    ]);
  });

  it('refuses a private key, a damaged block and bytes that are no certificate', () => {
    const key = forge.pki.privateKeyToPem(f.authority.key);
    expect(() => certificatesFromFile(new TextEncoder().encode(key))).toThrow(
      /no PEM "BEGIN CERTIFICATE"/,
    );
    const damaged = f.selfSigned.pem.replace(/\n[A-Za-z0-9+/]{8}/, '\nAAAAAAAA');
    expect(() => certificatesFromFile(new TextEncoder().encode(damaged))).toThrow(
      /not a certificate/,
    );
    expect(() => certificatesFromFile(f.selfSigned.pdf.subarray(0, 400))).toThrow(
      /not an X\.509 certificate/,
    );
  });
});
