import { reportFonts } from '../../electron/main/reports/fonts';
import { renderPdf } from '../../electron/main/reports/render-pdf';
import { openCertificate } from '../../shared/signing/certificate';
import { demoCertificate } from '../../electron/main/signing/demo-certificate';
import { signPdf } from '../../shared/signing/sign-pdf';
import type { Evidence, Finding, Workbook } from '../../shared/domain';
import {
  buildReport,
  reportDocument,
  type PdfContent,
  type PdfDocument,
  type ReportBlock,
  type ReportData,
} from '../../shared/reports';
import { demoWorkbook, handConflicts, handIndicators } from '../unit/shared/reports/fixtures';
import { timeMs, type Benchmark } from './harness';

const areas = ['help-and-protection', 'children-in-care', 'care-leavers', 'leaders'] as const;

/**
 * A large workbook: the demo with 1,000 more evidence items and 260 more
 * findings spread over the four judgements and every source, enough for a
 * report of about 100 A4 pages.
 */
export function largeWorkbook(): Workbook {
  const { workbook } = demoWorkbook('ilacs-2026');
  const sources = ['council', ...workbook.providers.map((p) => p.id)];
  const evidence: Evidence[] = Array.from({ length: 1000 }, (_, i) => ({
    id: `ev-bench-${i}`,
    source: sources[i % sources.length] ?? 'council',
    kind: 'case-sampling',
    areas: [areas[i % areas.length] ?? 'leaders'],
    checklistItems: [],
    finding: i % 3 === 0 ? 'improvement' : 'strength',
    text: `Sampled case ${i}.`,
    relatesTo: '2026-10-06',
    recordedAt: '2026-10-06T10:00:00Z',
    author: 'Tom Hargreaves',
    childIds: [],
    attachments: [],
  }));
  const findings: Finding[] = Array.from({ length: 260 }, (_, i) => ({
    id: `fin-bench-${String(i).padStart(4, '0')}`,
    area: areas[i % areas.length] ?? 'leaders',
    order: 100 + i,
    text: `Paragraph ${i}: inspectors sampled the records of children supported by every delegated provider and found that plans were mostly up to date, that children were seen alone and their views recorded, but that management oversight was not consistently recorded when risks changed, and that supervision did not always challenge drift.`,
    evidenceIds: [`ev-bench-${(2 * i) % 1000}`, `ev-bench-${(2 * i + 1) % 1000}`],
  }));
  return {
    ...workbook,
    evidence: [...workbook.evidence, ...evidence],
    findings: [...workbook.findings, ...findings],
  };
}

function plainText(block: ReportBlock): PdfContent[] {
  switch (block.kind) {
    case 'heading':
      return [{ text: block.text, fontSize: 14, bold: true }];
    case 'paragraph':
    case 'notice':
      return [{ text: block.text }];
    case 'facts':
      return block.items.map((item) => ({ text: `${item.label}: ${item.value}` }));
    case 'bullets':
      return [{ ul: block.items.map((item) => ({ text: item })) }];
    case 'numbered':
      return block.paragraphs.flatMap((p) => [
        { text: `${p.number}. ${p.text}` },
        { text: `Evidence: ${p.evidenceIds.join(', ')}`, fontSize: 8 },
      ]);
    case 'table':
      return [
        { text: block.caption },
        {
          table: {
            headerRows: 1,
            body: [block.head, ...block.rows].map((row) => row.map((cell) => ({ text: cell }))),
          },
        },
      ];
    case 'chart':
      return [{ svg: block.chart.svg, width: block.chart.width }];
  }
}

/**
 * The same content bare: the body's text, tables and charts and the running
 * header and footer text ("Page x of y"), as plain pdfmake paragraphs and
 * default tables: no styles, table layouts, keep-together rules, outline or
 * DRAFT mark.
 */
export function bare(report: ReportData): PdfDocument {
  const dressed = reportDocument(report);
  const { background: _mark, pageBreakBefore: _keep, ...plain } = dressed;
  return {
    ...plain,
    header: () => ({ text: report.signature === null ? 'DRAFT — not signed' : '' }),
    footer: (page, pages) => ({ text: `${report.title} ${report.dates} Page ${page} of ${pages}` }),
    content: [{ text: report.title }, ...report.blocks.flatMap(plainText)],
    styles: {},
  };
}

function pageCount(pdf: Uint8Array): number {
  return new TextDecoder('latin1').decode(pdf).match(/\/Type \/Page\b/g)?.length ?? 0;
}

let reported = false;
let round = 0;

/** Report rendering and signing benchmarks (the README’s How fast table: report within 1.2× of bare pdfmake). */
export const reportBenchmarks: Benchmark[] = [
  {
    name: 'report: 100-page report from a large workbook, ratio to bare pdfmake on the same content',
    target: 'report',
    runs: 5,
    run: async () => {
      const fonts = await reportFonts();
      const workbook = largeWorkbook();
      const options = {
        version: 1,
        generatedAt: '2026-10-16T14:05:00Z',
        indicators: handIndicators(workbook),
        conflicts: handConflicts(workbook),
      };
      let pages = 0;
      const measureOurs = () =>
        timeMs(async () => {
          const pdf = await renderPdf(reportDocument(buildReport(workbook, options)), { fonts });
          pages = pageCount(pdf);
        });
      const plain = bare(buildReport(workbook, options));
      const measureBare = () => timeMs(async () => renderPdf(plain, { fonts }));
      // Alternate which goes first, so garbage one leaves behind is not always charged to the other.
      round += 1;
      let ours: number;
      let baseline: number;
      if (round % 2 === 0) {
        ours = await measureOurs();
        baseline = await measureBare();
      } else {
        baseline = await measureBare();
        ours = await measureOurs();
      }
      if (!reported) {
        console.log(
          `  (report: ${pages} pages, ${Math.round(ours)} ms; bare: ${Math.round(baseline)} ms)`,
        );
        reported = true;
      }
      return ours / baseline;
    },
  },
  {
    name: 'report: signing a 100-page report (PKCS#12, RSA 2048, SHA-256), ms',
    runs: 5,
    run: async () => {
      const passphrase = 'bench only';
      const p12 = demoCertificate({ name: 'Bench Signer', passphrase });
      const certificate = openCertificate(p12, passphrase);
      const workbook = largeWorkbook();
      const signingTime = new Date();
      const report = buildReport(workbook, {
        version: 1,
        generatedAt: signingTime.toISOString(),
        signature: {
          signer: certificate.commonName,
          subject: certificate.subject,
          signedBy: 'Bench Signer',
          role: 'Lead inspector',
          signedAt: signingTime.toISOString(),
        },
      });
      const unsigned = await renderPdf(reportDocument(report), {
        fonts: await reportFonts(),
        signatureField: {
          name: 'Bench Signer',
          reason: 'bench',
          contactInfo: '',
          location: '',
          signingTime,
        },
      });
      return timeMs(() => signPdf({ pdf: unsigned, p12, passphrase, signingTime }));
    },
  },
];
