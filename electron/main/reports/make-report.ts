import { createHash } from 'node:crypto';
import type { Operation } from '../../../shared/bundle';
import type { Workbook } from '../../../shared/domain';
import {
  buildReport,
  reportDocument,
  reportHtml,
  type ReportComparators,
  type ReportConflicts,
  type ReportData,
  type ReportIndicators,
  type ReportSignature,
} from '../../../shared/reports';
import {
  reportBasisText,
  reportVersionFor,
  reportVersions,
  type ReportVersionRecord,
} from '../../../shared/workbook';
import type { SigningCertificate } from '../../../shared/signing/certificate';
import { signatureFieldFor, signingMoment } from '../../../shared/signing/placeholder';
import { signPdf } from '../../../shared/signing/sign-pdf';
import type { FontFiles } from './pdfmake';
import { renderPdf } from './render-pdf';

/** Who signs, with what. Check the certificate first (`openCertificate`). */
export type ReportSigning = {
  readonly p12: Uint8Array;
  readonly passphrase: string;
  readonly certificate: SigningCertificate;
  /** The team member signing and their role (`lead` or, for a self-assessment, `council-officer`). */
  readonly signedBy: string;
  readonly role: 'lead' | 'council-officer';
};

/** What {@link makeReport} needs. */
export type MakeReportInput = {
  readonly workbook: Workbook;
  /** The workbook's log, for its version history and basis. */
  readonly operations: readonly Operation[];
  readonly fonts: FontFiles;
  readonly now: Date;
  readonly indicators?: ReportIndicators;
  readonly conflicts?: ReportConflicts;
  /** The council's published DfE comparators (shared/comparators). */
  readonly comparators?: ReportComparators;
  readonly titledFor?: string;
  readonly signing?: ReportSigning;
};

/** A made report: its bytes, digests and, when signed, the version to record. */
export type MadeReport = {
  readonly report: ReportData;
  readonly pdf: Uint8Array;
  readonly html: string;
  readonly pdfSha256: string;
  readonly htmlSha256: string;
  readonly version: number;
  /** The signed version to add to the log; `null` for a draft. */
  readonly record: ReportVersionRecord | null;
};

function sha256(data: Uint8Array | string): string {
  return createHash('sha256').update(data).digest('hex');
}

/** SHA-256 of the workbook's log without report versions: what a signed version rests on. */
export function reportBasis(operations: readonly Operation[]): string {
  return sha256(reportBasisText(operations));
}

/**
 * Makes a report from a workbook in Node (the command's host): builds the
 * report data once, renders the PDF once through the shared pipeline (with
 * the signature placeholder when signing), signs it with the shared signer,
 * and writes the HTML twin from the same data. The version is the next after the last signed one unless this
 * very workbook state was signed already. Writes no file.
 */
export async function makeReport(input: MakeReportInput): Promise<MadeReport> {
  const basis = reportBasis(input.operations);
  const { number } = reportVersionFor(reportVersions(input.operations), basis);
  const signedAt = signingMoment(input.now);
  const signing = input.signing;
  const signature: ReportSignature | undefined =
    signing === undefined
      ? undefined
      : {
          signer: signing.certificate.commonName,
          subject: signing.certificate.subject,
          signedBy: signing.signedBy,
          role: signing.role === 'lead' ? 'Lead inspector' : 'Council officer',
          signedAt: signedAt.toISOString(),
        };
  const report = buildReport(input.workbook, {
    version: number,
    generatedAt: signedAt.toISOString(),
    ...(signature === undefined ? {} : { signature }),
    ...(input.indicators === undefined ? {} : { indicators: input.indicators }),
    ...(input.conflicts === undefined ? {} : { conflicts: input.conflicts }),
    ...(input.comparators === undefined ? {} : { comparators: input.comparators }),
    ...(input.titledFor === undefined ? {} : { titledFor: input.titledFor }),
  });
  const unsigned = await renderPdf(reportDocument(report), {
    fonts: input.fonts,
    ...(signature === undefined
      ? {}
      : {
          signatureField: signatureFieldFor({
            title: report.title,
            version: number,
            signature,
            location: input.workbook.inspection.council.name,
          }),
        }),
  });
  const pdf =
    signing === undefined
      ? unsigned
      : await signPdf({
          pdf: unsigned,
          p12: signing.p12,
          passphrase: signing.passphrase,
          signingTime: signedAt,
        });
  const html = reportHtml(report);
  const pdfSha256 = sha256(pdf);
  const htmlSha256 = sha256(html);
  return {
    report,
    pdf,
    html,
    pdfSha256,
    htmlSha256,
    version: number,
    record:
      signing === undefined || signature === undefined
        ? null
        : {
            number,
            template: report.template,
            pdfSha256,
            htmlSha256,
            signer: signature.subject,
            signerName: signature.signer,
            signedBy: signing.signedBy,
            role: signing.role,
            signedAt: signature.signedAt,
            evidenceIds: [...report.evidenceIds],
            basis,
          },
  };
}
