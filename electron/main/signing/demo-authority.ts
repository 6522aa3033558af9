import forge from 'node-forge';

/** A demo certificate authority: its certificate and the key that issues with it. */
export type DemoAuthority = {
  readonly certificate: forge.pki.Certificate;
  readonly key: forge.pki.rsa.PrivateKey;
  /** The certificate as PEM, as a reader would be given it to trust. */
  readonly pem: string;
};

const DAY = 86_400_000;

/**
 * A self-signed RSA-2048 certificate authority for the demo and for tests,
 * named as a demo so it can never pass for a real one. basicConstraints
 * cA = TRUE and keyUsage keyCertSign mark it as one that may issue
 * certificates (RFC 5280 §4.2.1.3 and §4.2.1.9,
 * https://www.rfc-editor.org/rfc/rfc5280#section-4.2.1.9). Valid from
 * yesterday for a year unless told otherwise.
 */
export function demoAuthority(options: {
  readonly name: string;
  readonly notBefore?: Date;
  readonly notAfter?: Date;
}): DemoAuthority {
  const keys = forge.pki.rsa.generateKeyPair({ bits: 2048 });
  const cert = forge.pki.createCertificate();
  cert.publicKey = keys.publicKey;
  cert.serialNumber = `0${forge.util.bytesToHex(forge.random.getBytesSync(8))}`;
  cert.validity.notBefore = options.notBefore ?? new Date(Date.now() - DAY);
  cert.validity.notAfter = options.notAfter ?? new Date(Date.now() + 365 * DAY);
  const subject: forge.pki.CertificateField[] = [
    { shortName: 'CN', value: `${options.name} (DEMO authority, not for real use)` },
    { shortName: 'O', value: 'Inspection Workbook demo' },
    { shortName: 'C', value: 'GB' },
  ];
  cert.setSubject(subject);
  cert.setIssuer(subject);
  cert.setExtensions([
    { name: 'basicConstraints', cA: true, critical: true },
    { name: 'keyUsage', keyCertSign: true, cRLSign: true, critical: true },
  ]);
  cert.sign(keys.privateKey, forge.md.sha256.create());
  return { certificate: cert, key: keys.privateKey, pem: forge.pki.certificateToPem(cert) };
}
