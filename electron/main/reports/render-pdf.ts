import path from 'node:path';
import { pdfkitAddPlaceholder } from '@signpdf/placeholder-pdfkit';
import { SUBFILTER_ADOBE_PKCS7_DETACHED } from '@signpdf/utils';
import { SIGNATURE_BLOCK_ID, signatureBox, type PdfDocument } from '../../../shared/reports';
import { ReportError } from './errors';
import { isPdfKitDocument, loadPdfmake, type FontFiles, type PdfKitDocument } from './pdfmake';

/** The signature field to add before the document ends (ETSI EN 319 142-1 (PAdES) and ISO 32000-1 §12.8, https://opensource.adobe.com/dc-acrobat-sdk-docs/pdfstandards/PDF32000_2008.pdf). */
export type SignatureField = {
  /** The signer's name, for the signature dictionary's /Name. */
  readonly name: string;
  readonly reason: string;
  readonly contactInfo: string;
  readonly location: string;
  readonly signingTime: Date;
};

/**
 * Room for the CMS in /Contents. One self-signed certificate needs about
 * 1.7 KB; a real chain and a future timestamp 5–10 KB (ETSI EN 319 142-1 (PAdES) and ISO 32000-1 §12.8, https://opensource.adobe.com/dc-acrobat-sdk-docs/pdfstandards/PDF32000_2008.pdf,
 * gotcha 7), so 16 KB.
 */
const SIGNATURE_LENGTH = 16_384;

type Position = { readonly pageNumber: number; readonly left: number; readonly top: number };

function firstPosition(node: unknown): Position | undefined {
  const positions: unknown =
    typeof node === 'object' && node !== null ? Reflect.get(node, 'positions') : undefined;
  const first: unknown = Array.isArray(positions) ? positions[0] : undefined;
  if (typeof first !== 'object' || first === null) return undefined;
  const pageNumber: unknown = Reflect.get(first, 'pageNumber');
  const left: unknown = Reflect.get(first, 'left');
  const top: unknown = Reflect.get(first, 'top');
  return typeof pageNumber === 'number' && typeof left === 'number' && typeof top === 'number'
    ? { pageNumber, left, top }
    : undefined;
}

/**
 * The signature widget's rectangle, over the visible signature block on the
 * last page (the placeholder puts the widget on `doc.page`, the last page;
 * `positions[0]` is the block's first text line: pdfmake positions, https://pdfmake.github.io/docs/0.3/).
 */
function widgetRect(
  definition: PdfDocument,
  doc: PdfKitDocument,
  pageCount: number,
): [number, number, number, number] {
  const block = definition.content.find(
    (node) => typeof node === 'object' && node.id === SIGNATURE_BLOCK_ID,
  );
  const position = firstPosition(block);
  if (position === undefined || position.pageNumber !== pageCount) return [0, 0, 0, 0];
  const x = position.left - signatureBox.offsetX;
  const top = doc.page.height - (position.top - signatureBox.offsetY);
  return [x, top - signatureBox.height, x + signatureBox.width, top];
}

function collect(doc: PdfKitDocument): Promise<Uint8Array> {
  return new Promise((resolve, reject) => {
    const chunks: Uint8Array[] = [];
    doc.on('data', (chunk) => chunks.push(chunk));
    doc.on('end', () => resolve(new Uint8Array(Buffer.concat(chunks))));
    doc.on('error', reject);
    doc.end();
  });
}

/**
 * Renders a report's document definition to PDF bytes with pdfmake in Node,
 * once. With a signature field, the placeholder (adbe.pkcs7.detached, a
 * zeroed /Contents of {@link SIGNATURE_LENGTH} bytes) and its widget are
 * added after layout and before the document ends, so the later signature
 * covers the whole file with no incremental update (ETSI EN 319 142-1 (PAdES) and ISO 32000-1 §12.8, https://opensource.adobe.com/dc-acrobat-sdk-docs/pdfstandards/PDF32000_2008.pdf, "Best
 * way", gotcha 1). Only the given font files may be read; no URL is fetched.
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
    doc = await pdfmake.createPdf(counted).getStream();
  } catch (error: unknown) {
    throw new ReportError(
      'render-failed',
      `the PDF could not be laid out: ${error instanceof Error ? error.message : String(error)}`,
    );
  }
  if (!isPdfKitDocument(doc))
    throw new ReportError('render-failed', 'pdfmake returned no document');
  const field = options.signatureField;
  if (field !== undefined) {
    pdfkitAddPlaceholder({
      pdf: doc,
      pdfBuffer: Buffer.alloc(0),
      reason: field.reason,
      contactInfo: field.contactInfo,
      name: field.name,
      location: field.location,
      signingTime: field.signingTime,
      signatureLength: SIGNATURE_LENGTH,
      subFilter: SUBFILTER_ADOBE_PKCS7_DETACHED,
      widgetRect: widgetRect(counted, doc, pageCount),
      // Written as a PDF name: no spaces.
      appName: 'InspectionWorkbook',
    });
  }
  return collect(doc);
}
