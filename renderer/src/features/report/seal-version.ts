import { reportTemplates } from '../../../../shared/reports/types';
import type { Result } from '../../../../shared/util/result';
import { err } from '../../../../shared/util/result';
import { recordReportVersion } from '../../../../shared/workbook';
import type { WorkbookDb } from '../../db/db';
import { runCommand } from '../../db/workbook-repository';
import type { RenderedReport } from './report-client';

/** SHA-256 as lower-case hex, with the browser's own WebCrypto. */
async function sha256Hex(data: Uint8Array | string): Promise<string> {
  const bytes = typeof data === 'string' ? new TextEncoder().encode(data) : data;
  const digest = await crypto.subtle.digest('SHA-256', bytes.slice().buffer);
  return [...new Uint8Array(digest)].map((byte) => byte.toString(16).padStart(2, '0')).join('');
}

/** Who signed, as the signing step knows it. */
export type SignedBy = {
  /** The certificate's subject and common name. */
  readonly subject: string;
  readonly commonName: string;
  /** The team member who signed, and their role. */
  readonly signedBy: string;
  readonly role: 'lead' | 'council-officer';
  readonly signedAt: string;
};

/**
 * Seals a signed report into the workbook as `workbook report --sign` does
 * (README, "Reports and signatures", Sealing): the signed PDF's and HTML twin's SHA-256, who
 * signed and when, the evidence it rests on, and the basis (the log it was
 * made from), so `verify --bundle` and the app can match the file later.
 */
export async function sealReportVersion(
  db: WorkbookDb,
  inspectionId: string,
  author: string,
  report: RenderedReport,
  signer: SignedBy,
): Promise<Result<string>> {
  const template = reportTemplates.find((t) => t === report.template);
  if (template === undefined) return err('report.template', `Unknown template ${report.template}`);
  const [pdfSha256, htmlSha256] = await Promise.all([
    sha256Hex(report.pdf),
    sha256Hex(report.html),
  ]);
  return runCommand(db, inspectionId, author, (context) =>
    recordReportVersion(context, {
      number: report.version,
      template,
      pdfSha256,
      htmlSha256,
      signer: signer.subject,
      signerName: signer.commonName,
      signedBy: signer.signedBy,
      role: signer.role,
      signedAt: signer.signedAt,
      evidenceIds: [...report.evidenceIds],
      // The log the report was made from, as the worker that made it read it.
      basis: report.basis,
    }),
  );
}
