import { longDateTime } from '../text';
import type { ReportBlock, ReportData, ReportSignature } from '../types';
import { blockContent, colours, numberedList } from './blocks';
import { draftMark } from './draft-mark';
import type { PdfContent, PdfDocument, PdfLayoutNode } from './pdf-types';

/** The id of the visible signature block; the signer puts the signature widget over it. */
export const SIGNATURE_BLOCK_ID = 'signatureBlock';

/**
 * The visible signature box: width and height in points, and the offsets
 * from its first text line (`positions[0]` after layout) to its outer edge:
 * cell margin + padding + border (pdfmake positions,
 * https://pdfmake.github.io/docs/0.3/).
 */
export const signatureBox = { width: 320, height: 102, rowHeight: 96, offsetX: 11, offsetY: 7 };

/** A4 margins [left, top, right, bottom], leaving room for the header and the running footer. */
const PAGE_MARGINS: [number, number, number, number] = [56, 64, 56, 70];

/** Tables up to this many rows are kept with a heading just before them. */
const SHORT_TABLE = 8;

/** A block split into the part to keep with a heading before it, and the rest. */
function lead(block: ReportBlock): [PdfContent | null, PdfContent[]] {
  if (block.kind === 'numbered' && block.paragraphs.length > 1) {
    const [first, ...rest] = block.paragraphs;
    return [numberedList(first === undefined ? [] : [first]), [numberedList(rest)]];
  }
  if (block.kind === 'table' && block.rows.length > SHORT_TABLE)
    return [null, [blockContent(block)]];
  return [blockContent(block), []];
}

/**
 * The blocks as pdfmake content, each heading kept on one page with the start
 * of what follows it (an unbreakable stack), so no heading is left alone at
 * the foot of a page. Done without `pageBreakBefore`, whose every break costs
 * a full relayout of the document.
 */
function flow(blocks: readonly ReportBlock[]): PdfContent[] {
  const content: PdfContent[] = [];
  let held: PdfContent[] = [];
  for (const block of blocks) {
    if (block.kind === 'heading') {
      held.push(blockContent(block));
      continue;
    }
    const [first, rest] = lead(block);
    if (held.length > 0 && first !== null)
      content.push({ stack: [...held, first], unbreakable: true });
    else content.push(...held, ...(first === null ? [] : [first]));
    content.push(...rest);
    held = [];
  }
  return [...content, ...held];
}

function signatureBlock(signature: ReportSignature): PdfContent {
  return {
    id: SIGNATURE_BLOCK_ID,
    margin: [0, 20, 0, 0],
    table: {
      widths: [signatureBox.width],
      heights: [signatureBox.rowHeight],
      body: [
        [
          {
            margin: [6, 4, 6, 4],
            stack: [
              { text: 'Digitally signed', bold: true },
              { text: `Signed by: ${signature.signer}` },
              { text: `Role: ${signature.role} (${signature.signedBy})` },
              { text: `Date: ${longDateTime(signature.signedAt)}` },
              { text: `Certificate subject: ${signature.subject}`, fontSize: 8 },
              {
                text: 'Check the signature in your PDF reader’s signatures panel or with `workbook verify`.',
                fontSize: 8,
                italics: true,
              },
            ],
          },
        ],
      ],
    },
  };
}

/**
 * The pdfmake document definition of a report: A4, Roboto (embedded by the
 * renderer), metadata with title, author, subject, keywords and language
 * (PDF 1.7, so an XMP stream is written too: PDF/UA, ISO 14289, https://pdfa.org/resource/iso-14289-pdfua/ "Accessibility
 * and PDF/A"), a header with the marking and "DRAFT — not signed" on every
 * page until the report is signed (with a large DRAFT mark behind the text), and the running footer "<title> / <dates> / Page x of y"
 * (test/fixtures/docs/ilacs.md §1.1b). Built fresh for every render: pdfmake mutates it
 * (PDF/UA, ISO 14289, https://pdfa.org/resource/iso-14289-pdfua/). Never claims PDF/UA (PDF/UA, ISO 14289, https://pdfa.org/resource/iso-14289-pdfua/).
 */
export function reportDocument(report: ReportData): PdfDocument {
  const draft = report.signature === null;
  const headerText = [report.marking, draft ? 'DRAFT — not signed' : null].filter(
    (text): text is string => text !== null,
  );
  return {
    info: {
      ...report.metadata,
      creator: 'Inspection Workbook',
      producer: 'Inspection Workbook (pdfmake)',
    },
    language: report.metadata.language,
    version: '1.7',
    displayTitle: true,
    pageSize: 'A4',
    pageMargins: PAGE_MARGINS,
    header: () => ({
      text: headerText.join('   ·   '),
      style: 'marking',
      margin: [PAGE_MARGINS[0], 28, PAGE_MARGINS[2], 0],
    }),
    footer: (currentPage, pageCount) => ({
      margin: [PAGE_MARGINS[0], 16, PAGE_MARGINS[2], 0],
      stack: [
        {
          canvas: [
            {
              type: 'line',
              x1: 0,
              y1: 0,
              x2: 483,
              y2: 0,
              lineWidth: 0.5,
              lineColor: colours.border,
            },
          ],
        },
        {
          margin: [0, 6, 0, 0],
          columns: [
            { width: '*', stack: [{ text: report.title }, { text: report.dates }] },
            { width: 'auto', text: `Page ${currentPage} of ${pageCount}`, alignment: 'right' },
          ],
          columnGap: 12,
        },
      ],
      style: 'footer',
    }),
    ...(draft
      ? {
          background: (_page: number, size: { readonly width: number; readonly height: number }) =>
            draftMark(size.width, size.height),
        }
      : {
          // Keeps the signature box whole (not `unbreakable`, which leaves stale
          // positions for the widget: pdfmake positions, https://pdfmake.github.io/docs/0.3/). Only this node
          // is checked: every break the callback adds costs pdfmake a full relayout.
          pageBreakBefore: (node: PdfLayoutNode) => {
            const start = node.startPosition;
            return (
              node.id === SIGNATURE_BLOCK_ID &&
              start.top + signatureBox.height > start.pageInnerHeight + PAGE_MARGINS[1]
            );
          },
        }),
    content: [
      { text: report.title, style: 'title', outline: true },
      ...flow(report.blocks),
      ...(report.signature === null ? [] : [signatureBlock(report.signature)]),
    ],
    styles: {
      title: { fontSize: 21, bold: true, lineHeight: 1.1, margin: [0, 0, 0, 14] },
      h2: { fontSize: 15, bold: true, lineHeight: 1.15, margin: [0, 12, 0, 6] },
      h3: { fontSize: 12, bold: true, lineHeight: 1.15, margin: [0, 8, 0, 4] },
      p: { margin: [0, 0, 0, 8] },
      secondary: { fontSize: 9, color: colours.secondary },
      caption: { fontSize: 9, bold: true, color: colours.secondary, margin: [0, 0, 0, 2] },
      evidence: { fontSize: 8, color: colours.secondary, margin: [0, 2, 0, 0] },
      marking: { fontSize: 9, bold: true, color: colours.red },
      footer: { fontSize: 8, color: colours.secondary },
    },
    defaultStyle: { font: 'Roboto', fontSize: 10.5, lineHeight: 1.2, color: colours.text },
  };
}
