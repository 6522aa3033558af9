import { createHash, verify as verifySignature, X509Certificate } from 'node:crypto';
import { readSignedData, type SignedDataParts } from './cms';
import { readElement, sameBytes } from './der';
import { certificateParts, formatName } from './x509-name';

/** A signature that holds, with what it says. */
export type VerifiedPdf = {
  /** The signer's certificate subject, read as UTF-8. */
  readonly subject: string;
  readonly commonName: string;
  /** The CMS signingTime (from the signer's clock; no timestamp: pdf-signing.md gotcha 3). */
  readonly signedAt: Date | null;
  /** SHA-256 of the whole file, lower-case hex. */
  readonly sha256: string;
  readonly byteRange: readonly [number, number, number, number];
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
  const der = new Uint8Array(Buffer.from(hex, 'hex'));
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

function signerCertificate(parts: SignedDataParts): { cert: X509Certificate; der: Uint8Array } {
  for (const der of parts.certificates) {
    let fields;
    try {
      fields = certificateParts(der);
    } catch {
      continue;
    }
    if (sameBytes(fields.serial, parts.serial) && sameBytes(fields.issuer, parts.issuer)) {
      try {
        return { cert: new X509Certificate(der), der };
      } catch {
        throw new VerifyError("the signer's certificate in the signature is damaged");
      }
    }
  }
  throw new VerifyError("the signer's certificate is not in the signature");
}

/**
 * Checks the signer's certificate's own signature with its issuer: itself
 * when self-signed, or an issuer certificate the CMS carries. Without this a
 * changed byte in the certificate's names would go unnoticed (the CMS signs
 * only the attributes), so a certificate whose issuer is not included is
 * refused rather than passed unchecked.
 */
function checkCertificate(cert: X509Certificate, der: Uint8Array, parts: SignedDataParts): void {
  const { issuer, subject } = certificateParts(der);
  const issuerCert = sameBytes(issuer, subject)
    ? cert
    : parts.certificates
        .filter((other) => {
          try {
            return sameBytes(certificateParts(other).subject, issuer);
          } catch {
            return false;
          }
        })
        .map((other) => new X509Certificate(other))[0];
  if (issuerCert === undefined) {
    throw new VerifyError(
      "the signer's certificate cannot be checked: it is not self-signed and its issuer's certificate is not in the signature (include the chain in the PKCS#12 file), or it was altered",
    );
  }
  if (!cert.verify(issuerCert.publicKey)) {
    throw new VerifyError(
      "the signer's certificate was altered (its own signature does not match)",
    );
  }
}

/**
 * Verifies a signed PDF on its own (PAdES basic, `adbe.pkcs7.detached`;
 * pdf-signing.md "Verification output" and gotcha 6): exactly one
 * signature; its byte range starts at 0, leaves out exactly the /Contents
 * hex string and ends at the end of the file (so nothing was appended);
 * only zeros follow the CMS in /Contents; the message digest matches the
 * signed bytes; the signature over the signed attributes matches the
 * signer's certificate; the certificate's own signature matches its issuer
 * (itself or a carried certificate); and the signing time lies within the certificate's validity.
 * Trust in the certificate (a CA) is not judged here. Throws
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
  const digest = createHash(parts.digest)
    .update(bytes.subarray(0, firstLength))
    .update(bytes.subarray(second))
    .digest();
  if (!sameBytes(new Uint8Array(digest), parts.messageDigest)) {
    throw new VerifyError(
      'digest mismatch: the signed content of the PDF was changed after signing',
    );
  }
  const { cert, der } = signerCertificate(parts);
  if (!verifySignature(parts.digest, parts.signedAttributes, cert.publicKey, parts.signature)) {
    throw new VerifyError("the signature does not match the signer's certificate");
  }
  checkCertificate(cert, der, parts);
  const signedAt = parts.signingTime;
  if (
    signedAt !== null &&
    (signedAt < new Date(cert.validFrom) || signedAt > new Date(cert.validTo))
  ) {
    throw new VerifyError("the PDF was signed outside its certificate's validity dates");
  }
  const attributes = certificateParts(der).subjectAttributes;
  const subject = formatName(attributes);
  return {
    subject,
    commonName: attributes.find((a) => a.type === 'CN')?.value ?? subject,
    signedAt,
    sha256: createHash('sha256').update(bytes).digest('hex'),
    byteRange: range,
  };
}
