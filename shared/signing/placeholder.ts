import { pdfkitAddPlaceholder } from '@signpdf/placeholder-pdfkit';
import { SUBFILTER_ADOBE_PKCS7_DETACHED } from '@signpdf/utils';
import { SIGNATURE_BLOCK_ID, signatureBox } from '../reports/pdf/document';
import type { PdfDocument } from '../reports/pdf/pdf-types';
import type { ReportSignature } from '../reports/types';

/**
 * The signature dictionary's descriptive entries (/Name, /Reason,
 * /ContactInfo, /Location, /M: ISO 32000-1 §12.8.1, table 252,
 * https://opensource.adobe.com/dc-acrobat-sdk-docs/pdfstandards/PDF32000_2008.pdf).
 */
export type SignatureField = {
  /** The signer's name, for /Name. */
  readonly name: string;
  readonly reason: string;
  readonly contactInfo: string;
  readonly location: string;
  readonly signingTime: Date;
};

/**
 * Room for the CMS in /Contents. One self-signed certificate needs about
 * 1.7 KB; a CA chain and a later timestamp token 5–10 KB, so 16 KB
 * (ETSI EN 319 142-1, PAdES baseline signatures,
 * https://www.etsi.org/deliver/etsi_en/319100_319199/31914201/).
 */
export const SIGNATURE_LENGTH = 16_384;

/** The part of the pdfkit document pdfmake's `getStream()` resolves to that the placeholder needs. */
export type PdfKitDocument = {
  readonly page: { readonly height: number };
  on(event: 'data', listener: (chunk: Uint8Array) => void): unknown;
  on(event: 'end', listener: () => void): unknown;
  on(event: 'error', listener: (error: unknown) => void): unknown;
  end(): void;
};

function hasFunctions(value: unknown, names: readonly string[]): boolean {
  return (
    typeof value === 'object' &&
    value !== null &&
    names.every((name) => typeof Reflect.get(value, name) === 'function')
  );
}

/** True for a pdfkit document with what the placeholder writes through (`ref`, `initForm`). */
export function isPdfKitDocument(value: unknown): value is PdfKitDocument {
  if (!hasFunctions(value, ['on', 'end', 'ref', 'initForm'])) return false;
  const page: unknown = Reflect.get(Object(value), 'page');
  return (
    typeof page === 'object' && page !== null && typeof Reflect.get(page, 'height') === 'number'
  );
}

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
 * The signature widget's rectangle `[x1, y1, x2, y2]` in PDF user space
 * (origin bottom left), over the visible signature block, which the report
 * puts on its last page: the placeholder adds the widget to the page being
 * written, the last. After layout pdfmake records where each node landed
 * (`positions`, top-left origin; https://pdfmake.github.io/docs/0.3/);
 * `positions[0]` is the block's first text line, so the box's edge is
 * {@link signatureBox}'s offsets away. An invisible widget (all zeros) when
 * the block is missing or not on the last page.
 */
export function signatureWidgetRect(
  definition: PdfDocument,
  pageHeight: number,
  pageCount: number,
): [number, number, number, number] {
  const block = definition.content.find(
    (node) => typeof node === 'object' && node.id === SIGNATURE_BLOCK_ID,
  );
  const position = firstPosition(block);
  if (position === undefined || position.pageNumber !== pageCount) return [0, 0, 0, 0];
  const x = position.left - signatureBox.offsetX;
  const top = pageHeight - (position.top - signatureBox.offsetY);
  return [x, top - signatureBox.height, x + signatureBox.width, top];
}

/**
 * The signature dictionary for a report version: the reason names the
 * report, its version and the signer's role; the location is the council.
 */
export function signatureFieldFor(input: {
  readonly title: string;
  readonly version: number;
  readonly signature: ReportSignature;
  readonly location: string;
}): SignatureField {
  const { signature } = input;
  return {
    name: signature.signer,
    reason: `${input.title}, version ${input.version}, approved by the ${signature.role.toLowerCase()}`,
    contactInfo: signature.signedBy,
    location: input.location,
    signingTime: new Date(signature.signedAt),
  };
}

/**
 * The moment a signature claims: the CMS signingTime is a UTCTime with whole
 * seconds (RFC 5652 §11.3, https://www.rfc-editor.org/rfc/rfc5652#section-11.3),
 * so the visible block prints the same whole second.
 */
export function signingMoment(now: Date): Date {
  return new Date(Math.floor(now.getTime() / 1000) * 1000);
}

/**
 * Adds the signature placeholder to a pdfkit document before it ends:
 * `adbe.pkcs7.detached`, a zeroed /Contents of {@link SIGNATURE_LENGTH}
 * bytes and a widget over the visible block. Added before the document is
 * written out, the later signature covers the whole file with no
 * incremental update (ISO 32000-1 §12.8.1,
 * https://opensource.adobe.com/dc-acrobat-sdk-docs/pdfstandards/PDF32000_2008.pdf).
 * Needs a global `Buffer` (Node's, or the `buffer` package in a browser worker).
 */
export function addSignaturePlaceholder(
  doc: PdfKitDocument,
  field: SignatureField,
  widgetRect: readonly [number, number, number, number],
): void {
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
    widgetRect: [...widgetRect],
    // Written as a PDF name: no spaces.
    appName: 'InspectionWorkbook',
  });
}
