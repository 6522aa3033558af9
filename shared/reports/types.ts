import type { InspectionKindId } from '../domain';
import type { ReportComparators, ReportConflicts, ReportIndicators } from './inputs';

/**
 * The report templates: the published ILACS report, the two letters, and
 * the council's self-assessment (test/fixtures/docs/ilacs.md §1.1b and §1.1c).
 */
export const reportTemplates = [
  'ilacs-report',
  'focused-visit-letter',
  'monitoring-visit-letter',
  'self-assessment',
] as const;

/** One report template. */
export type ReportTemplate = (typeof reportTemplates)[number];

/** The template each kind of inspection produces. */
export function templateFor(kind: InspectionKindId): ReportTemplate {
  switch (kind) {
    case 'focused-visit':
      return 'focused-visit-letter';
    case 'monitoring-visit':
      return 'monitoring-visit-letter';
    case 'self-assessment':
      return 'self-assessment';
    default:
      return 'ilacs-report';
  }
}

/** A numbered report paragraph, traceable to its evidence. */
export type NumberedParagraph = {
  readonly number: number;
  readonly findingId: string;
  readonly text: string;
  /** Action leaders took during the inspection (test/fixtures/docs/ilacs.md §1.1b). */
  readonly actionTaken: string | null;
  readonly evidenceIds: readonly string[];
};

/** A bar chart: an SVG string and its text alternative. */
export type ReportChart = {
  readonly title: string;
  /** The text alternative: what the chart shows, in a sentence or two. */
  readonly description: string;
  /** Standalone SVG markup (d3-scale layout, no script, no styles). */
  readonly svg: string;
  readonly width: number;
};

/**
 * One block of report content. The PDF and the HTML twin are both rendered
 * from the same blocks, so they say the same things in the same order.
 */
export type ReportBlock =
  | { readonly kind: 'heading'; readonly level: 2 | 3; readonly text: string }
  | { readonly kind: 'paragraph'; readonly text: string; readonly tone?: 'secondary' }
  | {
      readonly kind: 'facts';
      readonly items: readonly { readonly label: string; readonly value: string }[];
    }
  | { readonly kind: 'notice'; readonly text: string }
  | { readonly kind: 'bullets'; readonly items: readonly string[] }
  | { readonly kind: 'numbered'; readonly paragraphs: readonly NumberedParagraph[] }
  | {
      readonly kind: 'table';
      readonly caption: string;
      readonly head: readonly string[];
      readonly rows: readonly (readonly string[])[];
      /** Columns holding figures (right-aligned). */
      readonly numeric?: readonly number[];
      /** Relative column widths for the PDF (`*` shares the rest). */
      readonly widths?: readonly (number | '*' | 'auto')[];
    }
  | { readonly kind: 'chart'; readonly chart: ReportChart };

/** Who signed, as the certificate and the team say. */
export type ReportSignature = {
  /** The certificate's subject common name, read as UTF-8. */
  readonly signer: string;
  /** The certificate's whole subject, e.g. `CN=Amara Okafor, O=Ofsted, C=GB`. */
  readonly subject: string;
  /** The team member who signed (`--as`) and their role on the team. */
  readonly signedBy: string;
  readonly role: 'Lead inspector' | 'Council officer';
  /** When it was signed: the CMS signingTime (ISO 8601, UTC). */
  readonly signedAt: string;
};

/** Everything a rendered report shows: pure data, JSON-ready. */
export type ReportData = {
  readonly template: ReportTemplate;
  /** The document's title, as the first heading and in the running footer. */
  readonly title: string;
  /** The dates line of the running footer, e.g. `5 to 16 October 2026`. */
  readonly dates: string;
  /** Document metadata (PDF Info dictionary; HTML head). */
  readonly metadata: {
    readonly title: string;
    readonly author: string;
    readonly subject: string;
    readonly keywords: string;
    readonly language: 'en-GB';
  };
  /** Printed on every page, e.g. "Self-assessment — not an Ofsted inspection". */
  readonly marking: string | null;
  /** The report version: signed versions are numbered 1, 2, …; a draft takes the next number. */
  readonly version: number;
  readonly blocks: readonly ReportBlock[];
  /** Every evidence id the report rests on (findings and grades), sorted. */
  readonly evidenceIds: readonly string[];
  /** `null` while a draft: the PDF then says DRAFT on every page. */
  readonly signature: ReportSignature | null;
  readonly generatedAt: string;
};

/** What a report is built from besides the workbook. */
export type ReportOptions = {
  readonly version: number;
  /** ISO 8601 time the report is made. */
  readonly generatedAt: string;
  readonly signature?: ReportSignature;
  /** Indicators computed from imported records; without them the annex says none were imported. */
  readonly indicators?: ReportIndicators;
  /** The council's published DfE figures beside England, its region and its neighbours. */
  readonly comparators?: ReportComparators;
  /** The conflicts-of-interest check; without it the report says it was not made. */
  readonly conflicts?: ReportConflicts;
  /**
   * A delegated provider's id when the inspection is titled for it, e.g.
   * "Inspection of Bradford Children and Families Trust" (test/fixtures/docs/ilacs.md §1.1c).
   */
  readonly titledFor?: string;
};
