import { X509Certificate } from 'node:crypto';
import type { CertificateCrypto } from '../../../shared/signing/verify-trust';
import { certificateParts, formatName } from '../../../shared/signing/x509-name';

/**
 * The command's X.509 checks, with node:crypto (OpenSSL): `checkIssued`
 * matches the issuer's subject to the child's issuer (and its key
 * identifiers and keyCertSign usage when present), `verify` checks the
 * child's signature with the issuer's public key, whatever its algorithm
 * (https://nodejs.org/api/crypto.html#class-x509certificate).
 */
export const nodeCertificateCrypto: CertificateCrypto = {
  facts(der) {
    const cert = new X509Certificate(der);
    return {
      // Read from the DER as UTF-8, as the signature's subject is, so the two print alike.
      subject: formatName(certificateParts(der).subjectAttributes),
      notBefore: new Date(cert.validFrom),
      notAfter: new Date(cert.validTo),
      isAuthority: cert.ca,
    };
  },
  signedBy(child, issuer) {
    try {
      const childCert = new X509Certificate(child);
      const issuerCert = new X509Certificate(issuer);
      return childCert.checkIssued(issuerCert) && childCert.verify(issuerCert.publicKey);
    } catch {
      return false;
    }
  },
};
