import path from 'node:path';
import type { PdfDocument } from '../../../shared/reports';
import { type SignatureField } from '../../../shared/signing/placeholder';
import { PdfRenderError, renderPdf as renderWith } from '../../../shared/signing/render-pdf';
import { ReportError } from './errors';
import { loadPdfmake, type FontFiles } from './pdfmake';

export type { SignatureField };

/**
 * Renders a report's document definition to PDF bytes with pdfmake in Node:
 * this host only supplies pdfmake and the font files; layout, the signature
 * placeholder and its widget are the shared pipeline's
 * (shared/signing/render-pdf.ts). Only the given font files may be read; no
 * URL is fetched (pdfmake's access policies, https://pdfmake.github.io/docs/0.3/).
 */
export async function renderPdf(
  definition: PdfDocument,
  options: { readonly fonts: FontFiles; readonly signatureField?: SignatureField },
): Promise<Uint8Array> {
  const pdfmake = loadPdfmake();
  const allowed = new Set(Object.values(options.fonts).map((file) => path.resolve(file)));
  pdfmake.setFonts({ Roboto: options.fonts });
  pdfmake.setUrlAccessPolicy(() => false);
  pdfmake.setLocalAccessPolicy((file) => allowed.has(path.resolve(file)));
  try {
    return await renderWith(
      definition,
      (counted) => pdfmake.createPdf(counted).getStream(),
      options.signatureField,
    );
  } catch (error: unknown) {
    if (error instanceof PdfRenderError) throw new ReportError('render-failed', error.message);
    throw error;
  }
}
