import forge from 'node-forge';
import { beforeAll, describe, expect, it } from 'vitest';
import { SIGNATURE_BLOCK_ID, type PdfDocument } from '../../../../shared/reports';
import { SigningError } from '../../../../shared/signing/errors';
import {
  signatureFieldFor,
  signatureWidgetRect,
  signingMoment,
} from '../../../../shared/signing/placeholder';
import { signPdf } from '../../../../shared/signing/sign-pdf';
import { verifyPdf } from '../../../../shared/signing/verify-pdf';
import { placeholderPdf, SIGNED_AT } from '../../electron/signing/placeholder-pdf';

const PASS = 'test passphrase, not a real one';
const A4_HEIGHT = 841.89;

/** A laid-out definition whose signature block's first line sits at `position`. */
function laidOut(position?: { pageNumber: number; left: number; top: number }): PdfDocument {
  const block = { id: SIGNATURE_BLOCK_ID, text: 'Signed', positions: position ? [position] : [] };
  // Only `content` matters to the widget; the rest of a definition is not read.
  // oxlint-disable-next-line typescript/no-unsafe-type-assertion -- a partial definition for the test
  return { content: [{ text: 'Report' }, block] } as unknown as PdfDocument;
}

describe('the signature widget over the visible block', () => {
  it('covers the block’s first line on the last page, in PDF coordinates (origin bottom left)', () => {
    const line = { pageNumber: 4, left: 120, top: 300 };
    const [x1, y1, x2, y2] = signatureWidgetRect(laidOut(line), A4_HEIGHT, 4);
    const lineFromBottom = A4_HEIGHT - line.top;
    expect(x1).toBeLessThan(line.left);
    expect(x2).toBeGreaterThan(line.left);
    expect(y1).toBeLessThan(lineFromBottom);
    expect(y2).toBeGreaterThanOrEqual(lineFromBottom);
    // On the page, and a box rather than a point.
    expect(x1).toBeGreaterThanOrEqual(0);
    expect(y1).toBeGreaterThanOrEqual(0);
    expect(y2).toBeLessThanOrEqual(A4_HEIGHT);
    expect(x2 - x1).toBeGreaterThan(100);
    expect(y2 - y1).toBeGreaterThan(30);
  });

  it('is invisible (all zeros) when the block is missing or not on the last page', () => {
    expect(signatureWidgetRect(laidOut(), A4_HEIGHT, 4)).toEqual([0, 0, 0, 0]);
    expect(
      signatureWidgetRect(laidOut({ pageNumber: 3, left: 120, top: 300 }), A4_HEIGHT, 4),
    ).toEqual([0, 0, 0, 0]);
  });
});

describe('the signature field and moment', () => {
  it('drops the fraction of a second, as the CMS signingTime does', () => {
    const now = new Date('2026-10-16T14:05:07.891Z');
    expect(signingMoment(now).toISOString()).toBe('2026-10-16T14:05:07.000Z');
  });

  it('names the report, its version and the signer’s role, at the council', () => {
    const field = signatureFieldFor({
      title: 'Northmoor focused visit',
      version: 3,
      location: 'Northmoor Borough Council',
      signature: {
        signer: 'Siân Pritchard',
        subject: 'CN=Siân Pritchard',
        signedBy: 'Siân Pritchard',
        role: 'Council officer',
        signedAt: '2026-10-16T14:05:07.000Z',
      },
    });
    expect(field).toEqual({
      name: 'Siân Pritchard',
      reason: 'Northmoor focused visit, version 3, approved by the council officer',
      contactInfo: 'Siân Pritchard',
      location: 'Northmoor Borough Council',
      signingTime: new Date('2026-10-16T14:05:07.000Z'),
    });
  });
});

/** A key pair and a certificate for it, valid over the test dates, not yet signed. */
function keyAndCertificate(subject: string, serial: string) {
  const keys = forge.pki.rsa.generateKeyPair({ bits: 2048 });
  const cert = forge.pki.createCertificate();
  cert.publicKey = keys.publicKey;
  cert.serialNumber = serial;
  cert.validity.notBefore = new Date('2026-01-01T00:00:00Z');
  cert.validity.notAfter = new Date('2027-06-01T00:00:00Z');
  cert.setSubject([{ shortName: 'CN', value: subject }]);
  return { keys, cert };
}

/** A CA and a leaf certificate it issued, as PKCS#12 files with and without the CA. */
function issuedCertificate(): { leafOnly: Uint8Array; withChain: Uint8Array } {
  const ca = keyAndCertificate('Test CA (not for real use)', '01');
  ca.cert.setIssuer(ca.cert.subject.attributes);
  ca.cert.setExtensions([{ name: 'basicConstraints', cA: true }]);
  ca.cert.sign(ca.keys.privateKey, forge.md.sha256.create());
  const leaf = keyAndCertificate('Amara Okafor (test certificate)', '02');
  leaf.cert.setIssuer(ca.cert.subject.attributes);
  leaf.cert.setExtensions([{ name: 'keyUsage', digitalSignature: true, critical: true }]);
  leaf.cert.sign(ca.keys.privateKey, forge.md.sha256.create());
  const p12 = (chain: forge.pki.Certificate[]) =>
    forge.util.binary.raw.decode(
      forge.asn1
        .toDer(
          forge.pkcs12.toPkcs12Asn1(leaf.keys.privateKey, chain, PASS, { algorithm: 'aes256' }),
        )
        .getBytes(),
    );
  return { leafOnly: p12([leaf.cert]), withChain: p12([leaf.cert, ca.cert]) };
}

describe('the shared signer checks its own signature', () => {
  let unsigned: Uint8Array;
  let certificates: ReturnType<typeof issuedCertificate>;
  beforeAll(async () => {
    unsigned = await placeholderPdf('Amara Okafor');
    certificates = issuedCertificate();
  }, 120_000);

  it('signs with a CA-issued certificate when the PKCS#12 file carries the chain', async () => {
    const signed = await signPdf({
      pdf: unsigned,
      p12: certificates.withChain,
      passphrase: PASS,
      signingTime: SIGNED_AT,
    });
    expect(verifyPdf(signed).commonName).toBe('Amara Okafor (test certificate)');
  });

  it('refuses to hand out a signature the verifier would refuse (issuer missing from the file)', async () => {
    const attempt = signPdf({
      pdf: unsigned,
      p12: certificates.leafOnly,
      passphrase: PASS,
      signingTime: SIGNED_AT,
    });
    await expect(attempt).rejects.toBeInstanceOf(SigningError);
    await expect(attempt).rejects.toThrow(
      /does not verify .*include the chain in the PKCS#12 file/,
    );
  });
});
