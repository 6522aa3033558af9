import { describe, expect, it } from 'vitest';
import {
  barChart,
  buildReport,
  reportHtml,
  reportPreviewHtml,
  type ReportData,
} from '../../../../shared/reports';
import { demoWorkbook, handConflicts, handIndicators } from './fixtures';

const percent = (value: number) => `${value}%`;

/** Start and end tags of an XML/HTML string, checked to nest properly. */
function balanced(markup: string, voids: readonly string[] = []): boolean {
  const stack: string[] = [];
  for (const [, close, name = '', selfClosing] of markup.matchAll(
    /<(\/?)([a-zA-Z][\w-]*)[^>]*?(\/?)>/g,
  )) {
    if (selfClosing === '/' || voids.includes(name.toLowerCase())) continue;
    if (close === '/') {
      if (stack.pop() !== name) return false;
    } else stack.push(name);
  }
  return stack.length === 0;
}

describe('bar charts (d3-scale, SVG strings)', () => {
  const chart = barChart({
    title: 'Visits <on time> & reviews',
    bars: [
      { label: 'Whole council', value: 80 },
      { label: 'A very long provider name that goes on and on Ltd', value: 64.5 },
      { label: 'Small provider', value: null },
    ],
    format: percent,
    national: 75,
  });

  it('draws one bar per value, says where there is none, and a national line', () => {
    expect(balanced(chart.svg)).toBe(true);
    expect(chart.svg.match(/<rect /g)).toHaveLength(2);
    expect(chart.svg).toContain('too few records');
    expect(chart.svg).toContain('stroke-dasharray');
    expect(chart.svg).toContain('England 75%');
    expect(chart.svg).not.toContain('<on time>');
    expect(chart.svg).toContain('Visits &lt;on time&gt; &amp; reviews');
    // Longer labels are shortened in the drawing; the text alternative keeps them whole.
    expect(chart.svg).toContain('…');
    expect(chart.description).toContain('A very long provider name that goes on and on Ltd 64.5%');
    expect(chart.description).toContain('Small provider too few records');
    expect(chart.description).toContain('England 75%');
  });

  it('scales bars to the values', () => {
    const widths = [...chart.svg.matchAll(/<rect [^>]*width="([\d.]+)"/g)].map((m) => Number(m[1]));
    expect(widths[1] ?? 0).toBeCloseTo(((widths[0] ?? 0) * 64.5) / 80, 0);
  });
});

function headingTexts(html: string): string[] {
  return [...html.matchAll(/<h([1-3])>(.*?)<\/h\1>/g)].map((m) => m[2] ?? '');
}

function unescape(text: string): string {
  return text
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, '&');
}

function blockHeadings(report: ReportData): string[] {
  return [report.title, ...report.blocks.flatMap((b) => (b.kind === 'heading' ? [b.text] : []))];
}

describe('the accessible HTML twin', () => {
  const { workbook } = demoWorkbook('ilacs-2026');
  const indicators = handIndicators(workbook);
  const conflicts = handConflicts(workbook);
  const report = buildReport(workbook, {
    version: 1,
    generatedAt: '2026-10-16T12:00:00Z',
    indicators,
    conflicts,
  });
  const html = reportHtml(report);

  it('is one self-contained, well-formed page in British English with the report’s title', () => {
    expect(html.startsWith('<!DOCTYPE html>')).toBe(true);
    expect(html).toContain('<html lang="en-GB">');
    expect(html).toContain(`<title>DRAFT: ${report.title}</title>`);
    expect(balanced(html, ['meta', 'br'])).toBe(true);
    expect(html).not.toMatch(/<script|<link|<img|https?:\/\/(?!www\.w3\.org\/2000\/svg)/);
  });

  it('has the same headings as the PDF, in order, with one h1', () => {
    expect(headingTexts(html).map(unescape)).toEqual(blockHeadings(report));
    expect(html.match(/<h1>/g)).toHaveLength(1);
  });

  it('has tables with captions and header cells, and charts with text alternatives', () => {
    const tableCount = report.blocks.filter((b) => b.kind === 'table').length;
    expect(html.match(/<table>/g)).toHaveLength(tableCount);
    expect(html.match(/<caption>/g)).toHaveLength(tableCount);
    expect(html).toContain('<th scope="col">Judgement</th>');
    const charts = [...html.matchAll(/<svg role="img" aria-label="([^"]+)"/g)];
    expect(charts).toHaveLength(indicators.indicators.length);
    expect(unescape(charts[0]?.[1] ?? '')).toContain('Whole council 11%');
  });

  it('numbers paragraphs as the PDF does, with their evidence', () => {
    for (const finding of workbook.findings) {
      expect(html).toContain(finding.evidenceIds.join(', '));
    }
    const values = [...html.matchAll(/<li value="(\d+)"/g)].map((m) => Number(m[1]));
    expect(values).toEqual(workbook.findings.map((_, i) => i + 1));
  });

  it('escapes what inspectors type', () => {
    const hostile = { ...workbook, summary: '<script>alert(1)</script> & "quotes"' };
    const page = reportHtml(
      buildReport(hostile, { version: 1, generatedAt: '2026-10-16T12:00:00Z' }),
    );
    expect(page).not.toContain('<script>');
    expect(page).toContain('&lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;quotes&quot;');
  });

  it('shows the draft banner until signed, then the signature', () => {
    expect(html).toContain('DRAFT — not signed');
    const signed = reportHtml(
      buildReport(workbook, {
        version: 1,
        generatedAt: '2026-10-16T12:00:00Z',
        signature: {
          signer: 'Siân Pritchard',
          subject: 'CN=Siân Pritchard, C=GB',
          signedBy: 'Siân Pritchard',
          role: 'Lead inspector',
          signedAt: '2026-10-16T12:00:00Z',
        },
      }),
    );
    expect(signed).not.toContain('DRAFT');
    expect(signed).toContain('<dd>Siân Pritchard</dd>');
  });
});

describe('the in-page preview fragment', () => {
  const { workbook } = demoWorkbook('ilacs-2026');
  const report = buildReport(workbook, {
    version: 1,
    generatedAt: '2026-10-16T12:00:00Z',
    indicators: handIndicators(workbook),
  });
  const fragment = reportPreviewHtml(report);

  it('holds the twin’s content but no page of its own: no h1, no style, no document', () => {
    expect(fragment).not.toMatch(/<h1|<style|<html|<head|<body|<script/);
    expect(fragment).toContain('<p class="report-preview-title">');
    expect(balanced(fragment, ['br'])).toBe(true);
    // Every heading of the twin below its title is in the preview, in order.
    expect(headingTexts(fragment).map(unescape)).toEqual(blockHeadings(report).slice(1));
  });

  it('escapes what inspectors type', () => {
    const hostile = { ...workbook, summary: '<img src=x onerror=alert(1)>' };
    const preview = reportPreviewHtml(
      buildReport(hostile, { version: 1, generatedAt: '2026-10-16T12:00:00Z' }),
    );
    expect(preview).not.toContain('<img');
    expect(preview).toContain('&lt;img src=x onerror=alert(1)&gt;');
  });
});
