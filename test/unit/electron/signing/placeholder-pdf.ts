import { reportFonts } from '../../../../electron/main/reports/fonts';
import { renderPdf } from '../../../../electron/main/reports/render-pdf';
import { buildReport, reportDocument } from '../../../../shared/reports';
import { demoWorkbook } from '../../shared/reports/fixtures';

/** The moment the test signatures claim; inside the test certificates' validity. */
export const SIGNED_AT = new Date('2026-10-16T14:05:00Z');

/**
 * A demo report rendered as the app renders one to be signed: with the
 * signature placeholder and its visible block, but not yet signed.
 */
export async function placeholderPdf(signer: string): Promise<Uint8Array> {
  const { workbook } = demoWorkbook('ilacs-2026');
  const report = buildReport(workbook, {
    version: 1,
    generatedAt: SIGNED_AT.toISOString(),
    signature: {
      signer,
      subject: `CN=${signer}`,
      signedBy: signer,
      role: 'Lead inspector',
      signedAt: SIGNED_AT.toISOString(),
    },
  });
  return renderPdf(reportDocument(report), {
    fonts: await reportFonts(),
    signatureField: {
      name: signer,
      reason: 'test',
      contactInfo: signer,
      location: workbook.inspection.council.name,
      signingTime: SIGNED_AT,
    },
  });
}
