import { X509Certificate } from 'node:crypto';
import forge from 'node-forge';
import { beforeAll, describe, expect, it } from 'vitest';
import { certificateSha256OfFile } from '../../../../../renderer/src/features/team/certificate-file';
import { certificateText } from '../../../../../renderer/src/features/team/short-keys';

/** A self-signed certificate made here (a small key: only its bytes matter to a fingerprint). */
function certificate(name: string): { pem: string; der: Uint8Array } {
  const keys = forge.pki.rsa.generateKeyPair({ bits: 512, e: 0x10001 });
  const cert = forge.pki.createCertificate();
  cert.publicKey = keys.publicKey;
  cert.serialNumber = '01';
  cert.validity.notBefore = new Date(Date.UTC(2026, 0, 1));
  cert.validity.notAfter = new Date(Date.UTC(2027, 0, 1));
  cert.setSubject([{ name: 'commonName', value: name }]);
  cert.setIssuer([{ name: 'commonName', value: name }]);
  cert.sign(keys.privateKey, forge.md.sha256.create());
  const der = forge.asn1.toDer(forge.pki.certificateToAsn1(cert)).getBytes();
  return { pem: forge.pki.certificateToPem(cert), der: forge.util.binary.raw.decode(der) };
}

let amara: { pem: string; der: Uint8Array };
let other: { pem: string; der: Uint8Array };
beforeAll(() => {
  amara = certificate('Amara Okafor');
  other = certificate('Someone Else');
});

describe('a signer’s certificate file, read for the roster', () => {
  it('gives the SHA-256 openssl and node:crypto print, from PEM and from DER', () => {
    const expected = new X509Certificate(amara.der).fingerprint256;
    const fromPem = certificateSha256OfFile('amara.pem', new TextEncoder().encode(amara.pem));
    const fromDer = certificateSha256OfFile('amara.cer', amara.der);
    expect(fromPem).toMatchObject({ ok: true });
    expect(fromDer).toEqual(fromPem);
    if (!fromPem.ok) return;
    expect(fromPem.data).toMatch(/^[0-9a-f]{64}$/);
    expect(certificateText(fromPem.data)).toBe(expected);
  });

  it('refuses a file of two certificates and one that holds none, naming the file', () => {
    const both = new TextEncoder().encode(`${amara.pem}\n${other.pem}`);
    expect(certificateSha256OfFile('both.pem', both)).toMatchObject({
      ok: false,
      error: { message: expect.stringMatching(/^both\.pem holds 2 certificates/) },
    });
    expect(
      certificateSha256OfFile('notes.txt', new TextEncoder().encode('not a certificate')),
    ).toMatchObject({ ok: false, error: { message: expect.stringMatching(/^notes\.txt /) } });
  });
});
