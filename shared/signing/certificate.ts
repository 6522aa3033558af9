import forge from 'node-forge';
import { fromBinary, sha256Hex } from './bytes';
import { SigningError } from './errors';
import { matchingCertificate, openPkcs12, rsaPrivateKey } from './p12';
import { certificateParts, formatName } from './x509-name';

/** The signer's certificate, as far as the report needs it. */
export type SigningCertificate = {
  /** The whole subject, read as UTF-8: `CN=Amara Okafor, O=…, C=GB`. */
  readonly subject: string;
  /** The subject's common name (or the whole subject when it has none). */
  readonly commonName: string;
  /** The issuer as one line, read as the subject is (the subject again when self-signed). */
  readonly issuer: string;
  readonly notBefore: Date;
  readonly notAfter: Date;
  /** SHA-256 of the certificate's DER encoding, as lower-case hex. */
  readonly sha256: string;
};

type KeyUsage = { readonly digitalSignature?: boolean; readonly nonRepudiation?: boolean };

function keyUsageOf(cert: forge.pki.Certificate): KeyUsage | null {
  const extension: unknown = cert.getExtension('keyUsage');
  if (typeof extension !== 'object' || extension === null) return null;
  return {
    digitalSignature: Reflect.get(extension, 'digitalSignature') === true,
    nonRepudiation: Reflect.get(extension, 'nonRepudiation') === true,
  };
}

/**
 * Opens a PKCS#12 file and checks its certificate can sign a report now:
 * the passphrase opens it, it holds an RSA key with its certificate, the
 * certificate is inside its validity dates, and its keyUsage (when present)
 * allows digitalSignature or nonRepudiation; a certificate without a
 * keyUsage extension is accepted. The
 * subject is read from the DER as UTF-8 (node-forge leaves UTF8String values
 * undecoded).
 */
export function openCertificate(
  p12: Uint8Array,
  passphrase: string,
  now: Date = new Date(),
): SigningCertificate {
  const pfx = openPkcs12(p12, passphrase);
  const cert = matchingCertificate(pfx, rsaPrivateKey(pfx));
  const der = fromBinary(forge.asn1.toDer(forge.pki.certificateToAsn1(cert)).getBytes());
  const { notBefore, notAfter } = cert.validity;
  if (now < notBefore) {
    throw new SigningError(
      'not-yet-valid',
      `certificate is not valid until ${notBefore.toISOString()}`,
    );
  }
  if (now > notAfter) {
    throw new SigningError('expired', `certificate expired on ${notAfter.toISOString()}`);
  }
  const usage = keyUsageOf(cert);
  if (usage !== null && usage.digitalSignature !== true && usage.nonRepudiation !== true) {
    throw new SigningError(
      'not-for-signing',
      'certificate is not for signing: its keyUsage allows neither digitalSignature nor nonRepudiation',
    );
  }
  const parts = certificateParts(der);
  const attributes = parts.subjectAttributes;
  const subject = formatName(attributes);
  return {
    subject,
    commonName: attributes.find((a) => a.type === 'CN')?.value ?? subject,
    issuer: formatName(parts.issuerAttributes),
    notBefore,
    notAfter,
    sha256: sha256Hex(der),
  };
}
