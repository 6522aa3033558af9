import type { NumberedParagraph, ReportBlock } from '../types';
import type { PdfCell, PdfContent, PdfStack, PdfStyle, PdfTableLayout, PdfText } from './pdf-types';
import { splitForLayout } from './split-text';

/** Text as one node, or as a stack of pieces when long (see split-text.ts). */
function longText(
  text: string,
  extra: PdfStyle & { style?: string | string[] } = {},
): PdfText | PdfStack {
  const pieces = splitForLayout(text);
  if (pieces.length === 1) return { text, ...extra };
  return { stack: pieces.map((piece) => ({ text: piece })), ...extra };
}
/** GOV.UK Frontend palette (GOV.UK Frontend, https://frontend.design-system.service.gov.uk/), so PDF and HTML look alike. */
export const colours = {
  text: '#0b0c0c',
  secondary: '#505a5f',
  border: '#b1b4b6',
  light: '#f3f2f1',
  blue: '#1d70b8',
  red: '#d4351c',
} as const;

/**
 * Horizontal rules only, a heavier one under the column headings (GOV.UK
 * table style). Row 0 is the caption, row 1 the column headings.
 */
function tableLayout(rows: number): PdfTableLayout {
  return {
    hLineWidth: (i) => (i <= 1 ? 0 : i === 2 ? 1 : i === rows ? 0.75 : 0.5),
    vLineWidth: () => 0,
    hLineColor: (i) => (i === 2 ? colours.text : colours.border),
    paddingLeft: (i) => (i === 0 ? 0 : 6),
    paddingRight: () => 6,
    paddingTop: () => 4,
    paddingBottom: () => 4,
  };
}

/** GOV.UK inset text: a thick blue bar on the left of a light panel. */
const insetLayout: PdfTableLayout = {
  hLineWidth: () => 0,
  vLineWidth: (i) => (i === 0 ? 4 : 0),
  vLineColor: () => colours.blue,
  paddingLeft: () => 10,
  paddingRight: () => 8,
  paddingTop: () => 6,
  paddingBottom: () => 6,
};

function numbered(paragraph: NumberedParagraph): PdfContent {
  const evidence =
    paragraph.evidenceIds.length === 0 ? 'none linked' : paragraph.evidenceIds.join(', ');
  return {
    stack: [
      longText(paragraph.text),
      ...(paragraph.actionTaken === null
        ? []
        : [
            {
              text: `Action taken during the inspection: ${paragraph.actionTaken}`,
              italics: true,
              margin: [0, 3, 0, 0] as [number, number, number, number],
            },
          ]),
      { text: `Evidence: ${evidence}`, style: 'evidence' },
    ],
    margin: [0, 0, 0, 8],
  };
}

/**
 * Numbered paragraphs as a pdfmake ordered list starting at the first
 * paragraph's number, so numbering runs on across sections (test/fixtures/docs/ilacs.md §1.1b).
 */
export function numberedList(paragraphs: readonly NumberedParagraph[]): PdfContent {
  return {
    ol: paragraphs.map(numbered),
    start: paragraphs[0]?.number ?? 1,
    margin: [0, 0, 0, 4],
  };
}

function tableContent(block: Extract<ReportBlock, { kind: 'table' }>): PdfContent {
  const numeric = new Set(block.numeric ?? []);
  const cell = (text: string, column: number, header: boolean): PdfCell => ({
    text,
    ...(header ? { bold: true } : {}),
    ...(numeric.has(column) ? { alignment: 'right' as const } : {}),
  });
  // The caption is a header row spanning every column, so it stays with the
  // table and is repeated where the table runs on to another page.
  const caption: PdfCell[] = [
    { text: block.caption, style: 'caption', colSpan: block.head.length },
    ...block.head.slice(1).map((): PdfCell => ({})),
  ];
  return {
    table: {
      headerRows: 2,
      dontBreakRows: true,
      keepWithHeaderRows: 1,
      widths: block.widths === undefined ? block.head.map(() => '*') : [...block.widths],
      body: [
        caption,
        block.head.map((text, column) => cell(text, column, true)),
        ...block.rows.map((row) => row.map((text, column) => cell(text, column, false))),
      ],
    },
    layout: tableLayout(block.rows.length + 2),
    margin: [0, 4, 0, 12],
  };
}

/** One report block as pdfmake content. Headings get an outline (bookmark) entry. */
export function blockContent(block: ReportBlock): PdfContent {
  switch (block.kind) {
    case 'heading':
      return {
        text: block.text,
        style: `h${block.level}`,
        outline: true,
      };
    case 'paragraph':
      return longText(block.text, {
        style: block.tone === 'secondary' ? ['p', 'secondary'] : 'p',
      });
    case 'facts':
      return {
        stack: block.items.map((item) => ({
          text: [{ text: `${item.label}: `, bold: true }, item.value],
          margin: [0, 0, 0, 3] as [number, number, number, number],
        })),
        margin: [0, 0, 0, 10],
      };
    case 'notice':
      return {
        table: {
          widths: ['*'],
          body: [[{ ...longText(block.text), fillColor: colours.light }]],
        },
        layout: insetLayout,
        margin: [0, 2, 0, 12],
      };
    case 'bullets':
      return {
        ul: block.items.map((item) => longText(item, { margin: [0, 0, 0, 4] })),
        margin: [0, 0, 0, 10],
      };
    case 'numbered':
      return numberedList(block.paragraphs);
    case 'table':
      return tableContent(block);
    case 'chart':
      return {
        svg: block.chart.svg,
        width: Math.min(block.chart.width, 480),
        margin: [0, 0, 0, 14],
      };
  }
}
