import { escapeXml } from '../charts';
import { longDateTime } from '../text';
import type { NumberedParagraph, ReportBlock, ReportData, ReportSignature } from '../types';
import { reportStylesheet } from './style';

const esc = escapeXml;

/** Builds the address of an evidence item, for the in-app preview's links. */
export type EvidenceHref = (evidenceId: string) => string;

function evidenceList(ids: readonly string[], link: EvidenceHref | undefined): string {
  if (ids.length === 0) return 'none linked';
  if (link === undefined) return esc(ids.join(', '));
  return ids.map((id) => `<a class="govuk-link" href="${esc(link(id))}">${esc(id)}</a>`).join(', ');
}

function paragraphItem(p: NumberedParagraph, link: EvidenceHref | undefined): string {
  return [
    `<li value="${p.number}" id="paragraph-${p.number}">`,
    `<p>${esc(p.text)}</p>`,
    p.actionTaken === null
      ? ''
      : `<p class="report-action">Action taken during the inspection: ${esc(p.actionTaken)}</p>`,
    `<p class="report-evidence">Evidence: ${evidenceList(p.evidenceIds, link)}</p>`,
    '</li>',
  ].join('');
}

function table(b: Extract<ReportBlock, { kind: 'table' }>): string {
  const numeric = new Set(b.numeric ?? []);
  const cls = (column: number) => (numeric.has(column) ? ' class="report-numeric"' : '');
  const head = b.head.map((h, i) => `<th scope="col"${cls(i)}>${esc(h)}</th>`).join('');
  const rows = b.rows
    .map(
      (row) =>
        `<tr>${row
          .map((cell, i) =>
            i === 0
              ? `<th scope="row"${cls(i)}>${esc(cell)}</th>`
              : `<td${cls(i)}>${esc(cell)}</td>`,
          )
          .join('')}</tr>`,
    )
    .join('');
  return `<table><caption>${esc(b.caption)}</caption><thead><tr>${head}</tr></thead><tbody>${rows}</tbody></table>`;
}

function block(b: ReportBlock, index: number, link?: EvidenceHref): string {
  switch (b.kind) {
    case 'heading':
      return `<h${b.level}>${esc(b.text)}</h${b.level}>`;
    case 'paragraph':
      return b.tone === 'secondary'
        ? `<p class="report-secondary">${esc(b.text)}</p>`
        : `<p>${esc(b.text)}</p>`;
    case 'facts':
      return `<dl class="report-facts">${b.items
        .map((item) => `<div><dt>${esc(item.label)}</dt><dd>${esc(item.value)}</dd></div>`)
        .join('')}</dl>`;
    case 'notice':
      return `<div class="report-inset"><p>${esc(b.text)}</p></div>`;
    case 'bullets':
      return `<ul>${b.items.map((item) => `<li>${esc(item)}</li>`).join('')}</ul>`;
    case 'numbered':
      return `<ol class="report-paragraphs">${b.paragraphs.map((p) => paragraphItem(p, link)).join('')}</ol>`;
    case 'table':
      return table(b);
    case 'chart': {
      // The SVG is an image whose accessible name lists every value (its text
      // alternative); the table before it holds the same figures.
      const svg = b.chart.svg.replace(
        '<svg ',
        `<svg role="img" aria-label="${esc(b.chart.description)}" focusable="false" `,
      );
      return `<figure aria-labelledby="chart-${index}">${svg}<figcaption id="chart-${index}">Chart: ${esc(b.chart.title)}</figcaption></figure>`;
    }
  }
}

function signatureSection(signature: ReportSignature): string {
  const rows: [string, string][] = [
    ['Signed by', signature.signer],
    ['Role', `${signature.role} (${signature.signedBy})`],
    ['Date', longDateTime(signature.signedAt)],
    ['Certificate subject', signature.subject],
  ];
  return [
    '<section class="report-signature" aria-label="Digital signature">',
    '<p><strong>Digitally signed</strong></p>',
    `<dl class="report-facts">${rows.map(([dt, dd]) => `<div><dt>${esc(dt)}</dt><dd>${esc(dd)}</dd></div>`).join('')}</dl>`,
    '<p class="report-secondary">The signature is carried by the PDF, which is the authoritative copy; this page is its accessible version with the same content.</p>',
    '</section>',
  ].join('');
}

/**
 * The accessible HTML twin of a report: the same blocks as the PDF as one
 * self-contained page (inline GOV.UK-style stylesheet, no scripts, nothing
 * fetched), with real headings, landmarks, tables with header cells and
 * captions, and text alternatives for charts. pdfmake cannot make a tagged
 * PDF (PDF/UA, ISO 14289, https://pdfa.org/resource/iso-14289-pdfua/), so this is the version for
 * assistive technology.
 */
export function reportHtml(report: ReportData): string {
  const banner = [
    report.marking === null ? '' : `<p>${esc(report.marking)}</p>`,
    report.signature === null ? '<p class="report-draft">DRAFT — not signed</p>' : '',
  ].join('');
  const meta = report.metadata;
  return [
    '<!DOCTYPE html>',
    `<html lang="${meta.language}">`,
    '<head>',
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${esc(report.signature === null ? `DRAFT: ${meta.title}` : meta.title)}</title>`,
    `<meta name="author" content="${esc(meta.author)}">`,
    `<meta name="description" content="${esc(meta.subject)}">`,
    `<meta name="keywords" content="${esc(meta.keywords)}">`,
    `<style>${reportStylesheet}</style>`,
    '</head>',
    '<body>',
    banner === ''
      ? ''
      : `<header class="report-banner"><div class="report-width">${banner}</div></header>`,
    '<main class="report-width" id="main-content">',
    `<h1>${esc(report.title)}</h1>`,
    ...report.blocks.map((b, index) => block(b, index)),
    report.signature === null ? '' : signatureSection(report.signature),
    '</main>',
    `<footer class="report-width"><p>${esc(report.title)}</p><p>${esc(report.dates)}</p></footer>`,
    '</body>',
    '</html>',
    '',
  ].join('\n');
}

/**
 * The report's content as a fragment for the app's own preview: the same
 * blocks as the HTML twin, with the title as a paragraph so the page keeps
 * its one h1, and no stylesheet (the app styles `.report-*` itself). With
 * `evidenceHref`, each evidence id a paragraph rests on links to its item in
 * the app, so a reader can walk from a finding to what it rests on; the
 * exported twin stays standalone and never links into the app.
 */
export function reportPreviewHtml(report: ReportData, evidenceHref?: EvidenceHref): string {
  return [
    report.signature === null ? '<p class="report-draft">DRAFT — not signed</p>' : '',
    `<p class="report-preview-title">${esc(report.title)}</p>`,
    ...report.blocks.map((b, index) => block(b, index, evidenceHref)),
    report.signature === null ? '' : signatureSection(report.signature),
  ].join('\n');
}
