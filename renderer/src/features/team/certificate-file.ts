import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex } from '@noble/hashes/utils.js';
import { AnchorFileError, certificatesFromFile } from '../../../../shared/signing/verify-anchors';
import { err, ok, type Result } from '../../../../shared/util/result';

/**
 * The SHA-256 (lower-case hex) of the certificate in a PEM or DER file, the
 * fingerprint the roster records for whoever signs reports (what
 * `workbook verify` and `openssl x509 -fingerprint -sha256` print, there in
 * upper case with colons). A file holding several certificates is refused:
 * the roster records one signer's own certificate.
 */
export function certificateSha256OfFile(name: string, bytes: Uint8Array): Result<string> {
  let ders: Uint8Array[];
  try {
    ders = certificatesFromFile(bytes);
  } catch (error: unknown) {
    if (!(error instanceof AnchorFileError)) throw error;
    return err(
      'roster.certificate-file',
      `${name} ${error.message}: choose their certificate file (.pem, .crt, .cer or .der)`,
    );
  }
  const [der, ...more] = ders;
  if (der === undefined || more.length > 0) {
    return err(
      'roster.certificate-file',
      `${name} holds ${ders.length} certificates: choose the file of their own certificate only`,
    );
  }
  return ok(bytesToHex(sha256(der)));
}
