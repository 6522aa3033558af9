import forge from 'node-forge';
import { toBinary } from './bytes';
import { SigningError } from './errors';

// PKCS#12 bag types (RFC 7292 §4.2), spelt out: forge's `oids` table is an index signature.
const SHROUDED_KEY_BAG = '1.2.840.113549.1.12.10.1.2';
const CERT_BAG = '1.2.840.113549.1.12.10.1.3';

/** Opens a PKCS#12 file with its passphrase, telling a wrong passphrase from a damaged file. */
export function openPkcs12(p12: Uint8Array, passphrase: string): forge.pkcs12.Pkcs12Pfx {
  let asn1: forge.asn1.Asn1;
  try {
    asn1 = forge.asn1.fromDer(toBinary(p12));
  } catch {
    throw new SigningError('corrupt', 'is not a PKCS#12 (.p12/.pfx) file, or it is damaged');
  }
  try {
    return forge.pkcs12.pkcs12FromAsn1(asn1, false, passphrase);
  } catch (error: unknown) {
    const message = error instanceof Error ? error.message : String(error);
    if (/MAC could not be verified|Invalid password/i.test(message)) {
      throw new SigningError(
        'wrong-passphrase',
        'wrong passphrase: the PKCS#12 file could not be opened',
      );
    }
    throw new SigningError('corrupt', `is not a readable PKCS#12 file (${message})`);
  }
}

/** The RSA private key, from the key bags P12Signer reads: PKCS#8 shrouded keys (PKCS#12, RFC 7292, https://www.rfc-editor.org/rfc/rfc7292). */
export function rsaPrivateKey(pfx: forge.pkcs12.Pkcs12Pfx): forge.pki.rsa.PrivateKey {
  const bags = pfx.getBags({ bagType: SHROUDED_KEY_BAG })[SHROUDED_KEY_BAG];
  const bag = bags?.[0];
  if (bag === undefined) {
    throw new SigningError('no-key', 'holds no (passphrase-protected) private key to sign with');
  }
  // node-forge parses RSA keys only; an EC key comes back empty (PKCS#12, RFC 7292, https://www.rfc-editor.org/rfc/rfc7292).
  if (bag.key === undefined || bag.key === null) {
    throw new SigningError(
      'unsupported-key',
      'holds a key that is not RSA; only RSA keys can sign',
    );
  }
  return bag.key;
}

/** True for an RSA public key (node-forge also parses certificates with other keys, without `n`). */
function isRsaPublicKey(value: unknown): value is forge.pki.rsa.PublicKey {
  if (typeof value !== 'object' || value === null) return false;
  const n: unknown = Reflect.get(value, 'n');
  return typeof n === 'object' && n !== null && typeof Reflect.get(n, 'equals') === 'function';
}

/** The certificate whose public key matches the private key (as P12Signer picks it). */
export function matchingCertificate(
  pfx: forge.pkcs12.Pkcs12Pfx,
  key: forge.pki.rsa.PrivateKey,
): forge.pki.Certificate {
  for (const cert of certificates(pfx)) {
    const publicKey: unknown = cert.publicKey;
    if (isRsaPublicKey(publicKey) && publicKey.n.equals(key.n) && publicKey.e.equals(key.e)) {
      return cert;
    }
  }
  throw new SigningError('no-certificate', 'holds no certificate matching its private key');
}

/** Every certificate the file holds (the signer's and any chain). */
export function certificates(pfx: forge.pkcs12.Pkcs12Pfx): forge.pki.Certificate[] {
  const bags = pfx.getBags({ bagType: CERT_BAG })[CERT_BAG] ?? [];
  return bags.flatMap((bag) => (bag.cert === undefined || bag.cert === null ? [] : [bag.cert]));
}
