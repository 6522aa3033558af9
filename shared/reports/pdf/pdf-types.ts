/**
 * The part of pdfmake 0.3's document-definition types the report uses,
 * declared here because `pdfmake/interfaces` references the DOM and Node
 * type libraries, which would leak into the whole of `shared/` (whose
 * tsconfig has neither; README, Layout: "declare the small typed
 * surface you use locally instead"). Each type is a structural subset of
 * pdfmake's; test/unit/shared/reports/pdf-types.test.ts assigns a built
 * document to `TDocumentDefinitions`, so the compiler checks they agree.
 */

/** Margins: all, [horizontal, vertical], or [left, top, right, bottom]. */
export type PdfMargins = number | [number, number] | [number, number, number, number];

/** Text and box styling. */
export type PdfStyle = {
  font?: string;
  fontSize?: number;
  bold?: boolean;
  italics?: boolean;
  color?: string;
  lineHeight?: number;
  alignment?: 'left' | 'right' | 'center' | 'justify';
  margin?: PdfMargins;
  fillColor?: string;
  characterSpacing?: number;
};

type PdfBase = PdfStyle & {
  id?: string;
  style?: string | string[];
  headlineLevel?: number;
  pageBreak?: 'before' | 'after';
  /** Kept on one page: used to keep a heading with what follows it. */
  unbreakable?: boolean;
};

/** An inline run of text. */
export type PdfInline = string | (PdfStyle & { text: string });

/** A paragraph (or heading, with an outline entry). */
export type PdfText = PdfBase & {
  text: string | PdfInline[];
  outline?: boolean;
  outlineText?: string;
};

/** Content one below another. */
export type PdfStack = PdfBase & { stack: PdfContent[] };

/** One column of a {@link PdfColumns}. */
export type PdfColumn = (PdfText | PdfStack) & { width?: number | '*' | 'auto' };

/** Side-by-side columns. */
export type PdfColumns = PdfBase & { columns: PdfColumn[]; columnGap?: number };

/** A table cell; `{}` fills the place of a cell another spans. */
export type PdfCell =
  ((PdfText | PdfStack) & { fillColor?: string; colSpan?: number }) | Record<string, never>;

/** A custom table layout (line widths, colours and paddings by index). */
export type PdfTableLayout = {
  hLineWidth?: (index: number) => number;
  vLineWidth?: (index: number) => number;
  hLineColor?: (index: number) => string;
  vLineColor?: (index: number) => string;
  paddingLeft?: (index: number) => number;
  paddingRight?: (index: number) => number;
  paddingTop?: (index: number) => number;
  paddingBottom?: (index: number) => number;
};

/** A table. */
export type PdfTable = PdfBase & {
  table: {
    headerRows?: number;
    dontBreakRows?: boolean;
    keepWithHeaderRows?: number;
    widths?: (number | '*' | 'auto')[];
    heights?: number[];
    body: PdfCell[][];
  };
  layout?: PdfTableLayout;
};

/** A bulleted list. */
export type PdfBullets = PdfBase & { ul: PdfContent[] };

/** A numbered list, numbered from `start`. */
export type PdfNumbers = PdfBase & { ol: PdfContent[]; start?: number };

/** An SVG drawing. */
export type PdfSvg = PdfBase & { svg: string; width?: number };

type PdfStroke = { lineWidth?: number; lineColor?: string; strokeOpacity?: number };

/** Drawn lines: rules, and the DRAFT mark. */
export type PdfCanvas = PdfBase & {
  canvas: (
    | (PdfStroke & { type: 'line'; x1: number; y1: number; x2: number; y2: number })
    | (PdfStroke & {
        type: 'polyline';
        points: { x: number; y: number }[];
        closePath?: boolean;
        lineCap?: 'butt' | 'round' | 'square';
        lineJoin?: 'miter' | 'round' | 'bevel';
      })
  )[];
};

/** Any content node. */
export type PdfContent =
  PdfText | PdfStack | PdfColumns | PdfTable | PdfBullets | PdfNumbers | PdfSvg | PdfCanvas;

/** What pdfmake tells `pageBreakBefore` about a node after laying it out. */
export type PdfLayoutNode = {
  id?: string | undefined;
  headlineLevel?: number | undefined;
  startPosition: {
    pageNumber: number;
    top: number;
    pageInnerHeight: number;
    verticalRatio: number;
  };
};

/** A pdfmake document definition, as the report fills it in. */
export type PdfDocument = {
  info: {
    title: string;
    author: string;
    subject: string;
    keywords: string;
    creator: string;
    producer: string;
  };
  language: string;
  version: '1.7';
  displayTitle: boolean;
  pageSize: 'A4';
  pageMargins: [number, number, number, number];
  header: (currentPage: number, pageCount: number) => PdfContent;
  footer: (currentPage: number, pageCount: number) => PdfContent;
  background?: (
    currentPage: number,
    pageSize: { readonly width: number; readonly height: number },
  ) => PdfContent;
  /** Set only when a page break depends on layout (the signature box); each break it adds costs a full relayout. */
  pageBreakBefore?: (
    node: PdfLayoutNode,
    queries: { getFollowingNodesOnPage: () => unknown[] },
  ) => boolean;
  content: PdfContent[];
  styles: Record<string, PdfStyle>;
  defaultStyle: PdfStyle;
};
