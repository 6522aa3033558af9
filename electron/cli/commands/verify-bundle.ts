import { reportVersions, type ReportVersion } from '../../../shared/workbook';
import type { VerifiedPdf } from '../../../shared/signing/verify-pdf';
import { recordMismatch } from '../../../shared/signing/verify-record';
import { CliError } from '../errors';
import { openWorkbook } from '../store';

/**
 * The signed report version a bundle records for this very PDF: its SHA-256
 * must be the file's, and the record must name the signature's signer
 * (../../../shared/signing/verify-record.ts).
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
  const mismatch = recordMismatch(recorded, verified);
  if (mismatch !== undefined) throw new CliError(`${pdf}: in ${bundle}, ${mismatch}.`);
  return recorded;
}
