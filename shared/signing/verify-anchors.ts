import { readElement } from './der';
import { certificateParts } from './x509-name';

/**
 * A SHA-256 digest (hex) as certificate fingerprints are shown: upper-case
 * bytes joined by colons, as `openssl x509 -fingerprint -sha256` and
 * node:crypto's `X509Certificate.fingerprint256` print it, so a person can
 * compare it with the one their certificate authority or colleague gives.
 */
export function fingerprintText(sha256Hex: string): string {
  return (sha256Hex.toUpperCase().match(/../g) ?? []).join(':');
}

/** Why a trust anchor file was refused: one line, the caller adds the file name. */
export class AnchorFileError extends Error {
  override readonly name = 'AnchorFileError';
}

const PEM_BLOCK = /-----BEGIN CERTIFICATE-----([A-Za-z0-9+/=\s]*)-----END CERTIFICATE-----/g;

function base64Bytes(text: string): Uint8Array {
  const binary = atob(text.replace(/\s+/g, ''));
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i += 1) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

function checked(der: Uint8Array): Uint8Array {
  try {
    if (readElement(der, 0).end !== der.length) throw new Error('trailing bytes');
    certificateParts(der);
  } catch {
    throw new AnchorFileError('is not an X.509 certificate');
  }
  return der;
}

/**
 * The certificates in a trust anchor file: PEM (one or more `BEGIN
 * CERTIFICATE` blocks, RFC 7468 §5, https://www.rfc-editor.org/rfc/rfc7468#section-5)
 * or a single DER certificate, as `openssl x509 -outform PEM|DER` writes
 * them. A private key or a PKCS#12 file is refused: trusting a certificate
 * never needs its key.
 */
export function certificatesFromFile(bytes: Uint8Array): Uint8Array[] {
  const text = new TextDecoder('latin1').decode(bytes);
  if (text.includes('-----BEGIN')) {
    const blocks = [...text.matchAll(PEM_BLOCK)].map((m) => m[1] ?? '');
    if (blocks.length === 0) {
      throw new AnchorFileError('holds no PEM "BEGIN CERTIFICATE" block');
    }
    return blocks.map((block) => {
      try {
        return checked(base64Bytes(block));
      } catch {
        throw new AnchorFileError('holds a PEM certificate block that is not a certificate');
      }
    });
  }
  return [checked(bytes)];
}
