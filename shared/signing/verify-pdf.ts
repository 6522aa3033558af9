import forge from 'node-forge';
import { digestOf, fromBinary, sha256Hex, toBinary } from './bytes';
import { readSignedData, type SignedDataParts } from './cms';
import { readElement, sameBytes } from './der';
import { certificateParts, formatName } from './x509-name';

/** A signature that holds, with what it says. */
export type VerifiedPdf = {
  /** The signer's certificate subject, read as UTF-8. */
  readonly subject: string;
  readonly commonName: string;
  /** The CMS signingTime (from the signer's clock; no timestamp: CMS signingTime, RFC 5652 §11.3, https://www.rfc-editor.org/rfc/rfc5652#section-11.3). */
  readonly signedAt: Date | null;
  /** SHA-256 of the whole file, lower-case hex. */
  readonly sha256: string;
  readonly byteRange: readonly [number, number, number, number];
  /** The signer's certificate, DER, for a trust decision (./verify-trust.ts). */
  readonly certificate: Uint8Array;
  /** The other certificates the signature carries (a chain to follow, never trusted by itself). */
  readonly carried: readonly Uint8Array[];
};

/** Why a PDF's signature does not hold: one line for stderr. */
export class VerifyError extends Error {
  override readonly name = 'VerifyError';
}

const latin1 = new TextDecoder('latin1');

function byteRange(text: string): [number, number, number, number] {
  const all = [...text.matchAll(/\/ByteRange\s*\[\s*(\d+)\s+(\d+)\s+(\d+)\s+(\d+)\s*\]/g)];
  if (!text.includes('/ByteRange')) throw new VerifyError('the PDF is not signed (no /ByteRange)');
  const found = all[0];
  if (all.length !== 1 || found === undefined || text.split('/ByteRange').length !== 2) {
    throw new VerifyError('the PDF must hold exactly one signature with a well-formed /ByteRange');
  }
  const [, a = '', b = '', c = '', d = ''] = found;
  return [Number(a), Number(b), Number(c), Number(d)];
}

/** The DER CMS in /Contents, checking that only zeros pad it. */
function contents(bytes: Uint8Array, from: number, to: number): Uint8Array {
  if (bytes[from] !== 0x3c || bytes[to - 1] !== 0x3e) {
    throw new VerifyError('the signed byte range does not leave out exactly the /Contents string');
  }
  const hex = latin1.decode(bytes.subarray(from + 1, to - 1));
  if (!/^(?:[0-9a-fA-F]{2})+$/.test(hex)) throw new VerifyError('/Contents is not hexadecimal');
  const der = fromBinary(forge.util.hexToBytes(hex));
  let end: number;
  try {
    end = readElement(der, 0).end;
  } catch {
    throw new VerifyError('/Contents does not hold a CMS signature');
  }
  if (der.subarray(end).some((byte) => byte !== 0)) {
    throw new VerifyError('/Contents holds bytes other than zeros after the signature');
  }
  return der.subarray(0, end);
}

/** A certificate parsed by node-forge (RSA keys only, as the signer makes). */
function parseCertificate(der: Uint8Array): forge.pki.Certificate {
  return forge.pki.certificateFromAsn1(forge.asn1.fromDer(toBinary(der)));
}

function signerCertificate(parts: SignedDataParts): {
  cert: forge.pki.Certificate;
  der: Uint8Array;
} {
  for (const der of parts.certificates) {
    let fields;
    try {
      fields = certificateParts(der);
    } catch {
      continue;
    }
    if (sameBytes(fields.serial, parts.serial) && sameBytes(fields.issuer, parts.issuer)) {
      try {
        return { cert: parseCertificate(der), der };
      } catch {
        throw new VerifyError(
          "the signer's certificate in the signature is damaged or has a key that is not RSA",
        );
      }
    }
  }
  throw new VerifyError("the signer's certificate is not in the signature");
}

/** True when `issuer`'s key signed `cert` (forge re-encodes the parsed TBSCertificate). */
function issuedBy(issuer: forge.pki.Certificate, cert: forge.pki.Certificate): boolean {
  try {
    return issuer.verify(cert);
  } catch {
    return false;
  }
}

/**
 * Checks the signer's certificate's own signature with its issuer: itself
 * when self-signed, or an issuer certificate the CMS carries. Without this a
 * changed byte in the certificate's names would go unnoticed (the CMS signs
 * only the attributes), so a certificate whose issuer is not included is
 * refused rather than passed unchecked.
 */
function checkCertificate(
  cert: forge.pki.Certificate,
  der: Uint8Array,
  parts: SignedDataParts,
): void {
  const { issuer, subject } = certificateParts(der);
  const issuerDer = sameBytes(issuer, subject)
    ? der
    : parts.certificates.find((other) => {
        try {
          return sameBytes(certificateParts(other).subject, issuer);
        } catch {
          return false;
        }
      });
  if (issuerDer === undefined) {
    throw new VerifyError(
      "the signer's certificate cannot be checked: it is not self-signed and its issuer's certificate is not in the signature (include the chain in the PKCS#12 file), or it was altered",
    );
  }
  let issuerCert: forge.pki.Certificate;
  try {
    issuerCert = issuerDer === der ? cert : parseCertificate(issuerDer);
  } catch {
    throw new VerifyError("the issuer's certificate in the signature is damaged");
  }
  if (!issuedBy(issuerCert, cert)) {
    throw new VerifyError(
      "the signer's certificate was altered (its own signature does not match)",
    );
  }
}

/** RSASSA-PKCS1-v1_5 over the signed attributes with the certificate's public key (RFC 5652 §5.4). */
function attributesSigned(cert: forge.pki.Certificate, parts: SignedDataParts): boolean {
  const key: unknown = cert.publicKey;
  if (typeof key !== 'object' || key === null || typeof Reflect.get(key, 'verify') !== 'function') {
    return false;
  }
  const digest = digestOf(parts.digest, parts.signedAttributes).digest().getBytes();
  try {
    // oxlint-disable-next-line typescript/no-unsafe-type-assertion -- checked above: an RSA key with verify()
    return (key as forge.pki.rsa.PublicKey).verify(digest, toBinary(parts.signature));
  } catch {
    return false;
  }
}

/**
 * Verifies a signed PDF on its own (PAdES basic, `adbe.pkcs7.detached`;
 * ETSI EN 319 142-1 (PAdES) and ISO 32000-1 §12.8, https://opensource.adobe.com/dc-acrobat-sdk-docs/pdfstandards/PDF32000_2008.pdf): exactly one
 * signature; its byte range starts at 0, leaves out exactly the /Contents
 * hex string and ends at the end of the file (so nothing was appended);
 * only zeros follow the CMS in /Contents; the message digest matches the
 * signed bytes; the signature over the signed attributes matches the
 * signer's certificate; the certificate's own signature matches its issuer
 * (itself or a carried certificate); and the signing time lies within the certificate's validity.
 * Trust in the certificate is judged apart, against anchors the reader
 * chose (./verify-trust.ts). Throws
 * {@link VerifyError} with a one-line reason.
 */
export function verifyPdf(bytes: Uint8Array): VerifiedPdf {
  const text = latin1.decode(bytes);
  const range = byteRange(text);
  const [start, firstLength, second, secondLength] = range;
  if (start !== 0 || firstLength >= second || second + secondLength !== bytes.length) {
    throw new VerifyError(
      second + secondLength < bytes.length
        ? `the signature does not cover the whole file: ${bytes.length - second - secondLength} bytes were added after it`
        : 'the signed byte range does not cover the whole file',
    );
  }
  const cms = contents(bytes, firstLength, second);
  let parts: SignedDataParts;
  try {
    parts = readSignedData(cms);
  } catch (error: unknown) {
    throw new VerifyError(
      `the signature is not a readable CMS signature (${error instanceof Error ? error.message : String(error)})`,
    );
  }
  const digest = fromBinary(
    digestOf(parts.digest, bytes.subarray(0, firstLength), bytes.subarray(second))
      .digest()
      .getBytes(),
  );
  if (!sameBytes(digest, parts.messageDigest)) {
    throw new VerifyError(
      'digest mismatch: the signed content of the PDF was changed after signing',
    );
  }
  const { cert, der } = signerCertificate(parts);
  if (!attributesSigned(cert, parts)) {
    throw new VerifyError("the signature does not match the signer's certificate");
  }
  checkCertificate(cert, der, parts);
  const signedAt = parts.signingTime;
  if (
    signedAt !== null &&
    (signedAt < cert.validity.notBefore || signedAt > cert.validity.notAfter)
  ) {
    throw new VerifyError("the PDF was signed outside its certificate's validity dates");
  }
  const attributes = certificateParts(der).subjectAttributes;
  const subject = formatName(attributes);
  return {
    subject,
    commonName: attributes.find((a) => a.type === 'CN')?.value ?? subject,
    signedAt,
    sha256: sha256Hex(bytes),
    byteRange: range,
    certificate: der,
    carried: parts.certificates.filter((other) => other !== der),
  };
}
