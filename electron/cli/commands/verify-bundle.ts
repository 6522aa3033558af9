import { reportVersions, type ReportVersion } from '../../../shared/workbook';
import type { VerifiedPdf } from '../../../shared/signing/verify-pdf';
import { CliError } from '../errors';
import { openWorkbook } from '../store';

/**
 * The signed report version a bundle records for this very PDF. The
 * record's SHA-256 must be the file's, and what it says about the
 * signature must be what the signature says: the certificate's subject
 * and common name. A record added by hand for someone else's signed PDF,
 * or altered after sealing, names a different signer and is refused. A
 * record that copies the right hash and names cannot be told from a real
 * one here: only a record signed by a team member's own key can prove who
 * sealed it.
 */
export async function recordedVersion(
  pdf: string,
  bundle: string,
  verified: VerifiedPdf,
): Promise<ReportVersion> {
  const opened = await openWorkbook(bundle);
  const recorded = reportVersions(opened.bundle.operations).find(
    (v) => v.pdfSha256 === verified.sha256,
  );
  if (recorded === undefined) {
    throw new CliError(
      `${pdf}: its SHA-256 (${verified.sha256}) matches no signed report version recorded in ${bundle}.`,
    );
  }
  const mismatch =
    recorded.signer !== verified.subject
      ? `names the signer "${recorded.signer}" but the PDF is signed by "${verified.subject}"`
      : recorded.signerName !== verified.commonName
        ? `names the signer "${recorded.signerName}" but the PDF's certificate is "${verified.commonName}"`
        : undefined;
  if (mismatch !== undefined) {
    throw new CliError(
      `${pdf}: report version ${recorded.number} in ${bundle} ${mismatch}: the record does not describe this signature (added or changed by hand).`,
    );
  }
  return recorded;
}
