import type { PdfDocument } from '../reports/pdf/pdf-types';
import {
  addSignaturePlaceholder,
  isPdfKitDocument,
  signatureWidgetRect,
  type PdfKitDocument,
  type SignatureField,
} from './placeholder';

/** pdfmake could not lay out the report; the message says why. */
export class PdfRenderError extends Error {
  override readonly name = 'PdfRenderError';
}

/**
 * A host's pdfmake: lays out a document definition and resolves to the pdfkit
 * document of `createPdf(definition).getStream()`, not yet ended. The Node
 * hosts pass pdfmake's Node build with the font files; the browser host its
 * browser build with the fonts in a virtual file system
 * (https://pdfmake.github.io/docs/0.3/).
 */
export type PdfLayout = (definition: PdfDocument) => Promise<unknown>;

function collect(doc: PdfKitDocument): Promise<Uint8Array> {
  return new Promise((resolve, reject) => {
    const chunks: Uint8Array[] = [];
    doc.on('data', (chunk) => chunks.push(chunk));
    doc.on('end', () => {
      const out = new Uint8Array(chunks.reduce((sum, chunk) => sum + chunk.byteLength, 0));
      let at = 0;
      for (const chunk of chunks) {
        out.set(chunk, at);
        at += chunk.byteLength;
      }
      resolve(out);
    });
    doc.on('error', reject);
    doc.end();
  });
}

/**
 * Renders a report's document definition to PDF bytes once, the same way in
 * every host (the command, the desktop app's and the browser's report
 * worker). With a signature field, the placeholder and its widget over the
 * visible signature block are added after layout and before the document
 * ends, ready for {@link signPdf} (./sign-pdf.ts). The page count comes from
 * the running footer, which pdfmake calls with it for every page.
 * Throws {@link PdfRenderError} when pdfmake fails.
 */
export async function renderPdf(
  definition: PdfDocument,
  layout: PdfLayout,
  field?: SignatureField,
): Promise<Uint8Array> {
  let pageCount = 0;
  const footer = definition.footer;
  const counted: PdfDocument = {
    ...definition,
    footer: (current, count) => {
      pageCount = count;
      return footer(current, count);
    },
  };
  let doc: unknown;
  try {
    doc = await layout(counted);
  } catch (error: unknown) {
    throw new PdfRenderError(
      `the PDF could not be laid out: ${error instanceof Error ? error.message : String(error)}`,
    );
  }
  if (!isPdfKitDocument(doc)) throw new PdfRenderError('pdfmake returned no document');
  if (field !== undefined) {
    addSignaturePlaceholder(doc, field, signatureWidgetRect(counted, doc.page.height, pageCount));
  }
  return collect(doc);
}
