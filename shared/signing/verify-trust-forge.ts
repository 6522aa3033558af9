import forge from 'node-forge';
import { toBinary } from './bytes';
import type { CertificateCrypto } from './verify-trust';
import { certificateParts, formatName } from './x509-name';

function parse(der: Uint8Array): forge.pki.Certificate {
  return forge.pki.certificateFromAsn1(forge.asn1.fromDer(toBinary(der)));
}

/**
 * The app's X.509 checks, with node-forge, for the browser worker that has
 * no node:crypto. Forge reads RSA certificates only (as the signer makes);
 * an anchor with another key type is skipped there, so the app may call a
 * signer "not trusted" where the command, with OpenSSL, trusts it.
 */
export const forgeCertificateCrypto: CertificateCrypto = {
  facts(der) {
    const cert = parse(der);
    const constraints: unknown = cert.getExtension('basicConstraints');
    return {
      subject: formatName(certificateParts(der).subjectAttributes),
      notBefore: cert.validity.notBefore,
      notAfter: cert.validity.notAfter,
      isAuthority:
        typeof constraints === 'object' &&
        constraints !== null &&
        Reflect.get(constraints, 'cA') === true,
    };
  },
  signedBy(child, issuer) {
    try {
      const parent = parse(issuer);
      // An issuer whose keyUsage leaves out keyCertSign may not sign certificates (RFC 5280 §4.2.1.3), as OpenSSL's checkIssued holds.
      const usage: unknown = parent.getExtension('keyUsage');
      if (
        typeof usage === 'object' &&
        usage !== null &&
        Reflect.get(usage, 'keyCertSign') !== true
      ) {
        return false;
      }
      // forge checks that the issuer's subject is the child's issuer, then the signature.
      return parent.verify(parse(child));
    } catch {
      return false;
    }
  },
};
