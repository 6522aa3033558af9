import {
  AnchorFileError,
  certificatesFromFile,
  fingerprintText,
} from '../../../shared/signing/verify-anchors';
import { certificateParts, formatName } from '../../../shared/signing/x509-name';
import type { Result } from '../../../shared/util/result';
import { err, ok } from '../../../shared/util/result';
import type { WorkbookDb } from './db';

/**
 * A certificate this person trusts to vouch for report signers: a signer's
 * own certificate, or an authority that issues them. Public data (no key);
 * kept per browser profile, not in any workbook.
 */
export type StoredTrustedCertificate = {
  /** SHA-256 of the DER, as openssl prints it: the key. */
  readonly fingerprint: string;
  readonly subject: string;
  readonly der: Uint8Array;
  readonly addedAt: string;
  readonly addedBy: string;
};

/** SHA-256 with the browser's WebCrypto (the page carries no node-forge). */
async function fingerprintOf(der: Uint8Array): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', new Uint8Array(der));
  return fingerprintText(
    [...new Uint8Array(digest)].map((byte) => byte.toString(16).padStart(2, '0')).join(''),
  );
}

/** The trusted certificates, by subject. */
export async function listTrustedCertificates(db: WorkbookDb): Promise<StoredTrustedCertificate[]> {
  const all = await db.trustedCertificates.toArray();
  return all.sort((a, b) => a.subject.localeCompare(b.subject));
}

/**
 * Adds every certificate in a PEM or DER file (`workbook verify --trust`
 * reads the same files). A certificate already trusted is kept as it was.
 * Refused with a message naming the file if it holds none.
 */
export async function addTrustedCertificates(
  db: WorkbookDb,
  file: { readonly name: string; readonly bytes: Uint8Array },
  by: string,
): Promise<Result<StoredTrustedCertificate[]>> {
  let ders: Uint8Array[];
  try {
    ders = certificatesFromFile(file.bytes);
  } catch (error: unknown) {
    if (!(error instanceof AnchorFileError)) throw error;
    return err(
      'trust.file',
      `${file.name} ${error.message}: choose a certificate file (.pem, .crt, .cer or .der)`,
    );
  }
  const addedAt = new Date().toISOString();
  const rows = await Promise.all(
    ders.map(async (der) => ({
      fingerprint: await fingerprintOf(der),
      subject: formatName(certificateParts(der).subjectAttributes),
      der,
      addedAt,
      addedBy: by,
    })),
  );
  await db.transaction('rw', db.trustedCertificates, async () => {
    for (const row of rows) {
      if ((await db.trustedCertificates.get(row.fingerprint)) === undefined) {
        await db.trustedCertificates.add(row);
      }
    }
  });
  return ok(rows);
}

/** Stops trusting one certificate. */
export async function removeTrustedCertificate(db: WorkbookDb, fingerprint: string): Promise<void> {
  await db.trustedCertificates.delete(fingerprint);
}
