import forge from 'node-forge';
import type { DemoAuthority } from './demo-authority';

/** What {@link demoCertificate} makes. */
export type DemoCertificateOptions = {
  /** The person it is for; the subject says it is a demo. */
  readonly name: string;
  readonly passphrase: string;
  readonly notBefore?: Date;
  readonly notAfter?: Date;
  /** keyUsage flags, or `null` for no keyUsage extension at all. */
  readonly keyUsage?: {
    readonly digitalSignature?: boolean;
    readonly nonRepudiation?: boolean;
    readonly keyEncipherment?: boolean;
  } | null;
  /** The demo authority that issues it (./demo-authority.ts); self-signed without one. */
  readonly issuer?: DemoAuthority;
};

const DAY = 86_400_000;

/**
 * An RSA-2048 certificate in a PKCS#12 file, self-signed unless a demo
 * authority issues it, generated on the spot
 * for the demo and for tests, and named as a demo in its subject so it can
 * never pass for a real one: "<name> (DEMO certificate, not for real use)",
 * O = "Inspection Workbook demo". Readers show it as untrusted unless told
 * to trust it or its demo authority (RFC 5280 §6, path validation,
 * https://www.rfc-editor.org/rfc/rfc5280#section-6). Valid from yesterday
 * for 30 days unless told otherwise.
 */
export function demoCertificate(options: DemoCertificateOptions): Uint8Array {
  const keys = forge.pki.rsa.generateKeyPair({ bits: 2048 });
  const cert = forge.pki.createCertificate();
  cert.publicKey = keys.publicKey;
  cert.serialNumber = `0${forge.util.bytesToHex(forge.random.getBytesSync(8))}`;
  cert.validity.notBefore = options.notBefore ?? new Date(Date.now() - DAY);
  cert.validity.notAfter = options.notAfter ?? new Date(Date.now() + 30 * DAY);
  // @types/node-forge types valueTagClass as a tag class, but forge reads it as the
  // string type (UTF8String here, so non-ASCII names encode correctly).
  // oxlint-disable-next-line typescript/no-unsafe-type-assertion -- see above: the published type is wrong.
  const utf8 = forge.asn1.Type.UTF8 as unknown as forge.asn1.Class;
  const subject: forge.pki.CertificateField[] = [
    {
      shortName: 'CN',
      value: `${options.name} (DEMO certificate, not for real use)`,
      valueTagClass: utf8,
    },
    { shortName: 'O', value: 'Inspection Workbook demo', valueTagClass: utf8 },
    { shortName: 'C', value: 'GB' },
  ];
  cert.setSubject(subject);
  cert.setIssuer(options.issuer?.certificate.subject.attributes ?? subject);
  const usage =
    options.keyUsage === undefined
      ? { digitalSignature: true, nonRepudiation: true }
      : options.keyUsage;
  cert.setExtensions([
    { name: 'basicConstraints', cA: false, critical: true },
    ...(usage === null ? [] : [{ name: 'keyUsage', critical: true, ...usage }]),
  ]);
  cert.sign(options.issuer?.key ?? keys.privateKey, forge.md.sha256.create());
  // The issuer's certificate goes in the file too, so the signature carries the chain.
  const chain = options.issuer === undefined ? [cert] : [cert, options.issuer.certificate];
  const p12 = forge.pkcs12.toPkcs12Asn1(keys.privateKey, chain, options.passphrase, {
    algorithm: 'aes256',
    friendlyName: `${options.name} (DEMO)`,
  });
  return new Uint8Array(Buffer.from(forge.asn1.toDer(p12).getBytes(), 'binary'));
}
