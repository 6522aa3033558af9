/**
 * Reports: report data built from a workbook (the published ILACS skeleton,
 * the focused-visit and monitoring-visit letters and the council's
 * self-assessment, plus delegated providers, conflicts of interest and a
 * data annex), rendered as a pdfmake document definition and as an
 * accessible HTML twin. Pure: charts are SVG strings from d3-scale and
 * d3-shape; the PDF is rendered, signed and verified on the Node side
 * (electron/main/reports, electron/main/signing).
 */
export { buildReport, reportReadiness } from './build';
export { barChart, escapeXml, type Bar, type BarChartInput } from './charts';
export { reportEvidenceIds } from './common';
export { reportHtml, reportPreviewHtml } from './html/document';
export {
  reportComparatorsSchema,
  reportConflictsSchema,
  reportIndicatorsSchema,
  type ConflictFlag,
  type Indicator,
  type IndicatorValue,
  type ReportComparators,
  type ReportConflicts,
  type ReportIndicators,
} from './inputs';
export { reportDocument, SIGNATURE_BLOCK_ID, signatureBox } from './pdf/document';
export type { PdfContent, PdfDocument, PdfLayoutNode } from './pdf/pdf-types';
export { type PlacedParagraph } from './providers';
export { dateRange, longDate, longDateTime } from './text';
export {
  reportTemplates,
  templateFor,
  type NumberedParagraph,
  type ReportBlock,
  type ReportChart,
  type ReportData,
  type ReportOptions,
  type ReportSignature,
  type ReportTemplate,
} from './types';
