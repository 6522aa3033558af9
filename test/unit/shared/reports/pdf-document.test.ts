import type { TDocumentDefinitions } from 'pdfmake/interfaces';
import { describe, expect, it } from 'vitest';
import {
  buildReport,
  reportDocument,
  SIGNATURE_BLOCK_ID,
  type ReportSignature,
} from '../../../../shared/reports';
import { demoWorkbook } from './fixtures';

const signature: ReportSignature = {
  signer: 'Amara Okafor',
  subject: 'CN=Amara Okafor, O=Test, C=GB',
  signedBy: 'Amara Okafor',
  role: 'Lead inspector',
  signedAt: '2026-10-16T14:05:00.000Z',
};

/** Every string in a content tree (text, stacks, columns, lists, table cells), in order. */
function texts(content: unknown): string[] {
  if (typeof content === 'string') return [content];
  if (Array.isArray(content)) return content.flatMap(texts);
  if (typeof content !== 'object' || content === null) return [];
  const table: unknown = Reflect.get(content, 'table');
  const body = typeof table === 'object' && table !== null ? Reflect.get(table, 'body') : undefined;
  return [
    ...['text', 'stack', 'columns', 'ul'].map((key) => Reflect.get(content, key)),
    body,
  ].flatMap(texts);
}

function at(top: number) {
  return {
    startPosition: { pageNumber: 1, top, pageInnerHeight: 700, verticalRatio: top / 700 },
  };
}

describe('the pdfmake document definition', () => {
  const { workbook } = demoWorkbook('ilacs-2026');

  it('is a pdfmake TDocumentDefinitions (the local types agree with @types/pdfmake)', () => {
    const definition: TDocumentDefinitions = reportDocument(
      buildReport(workbook, { version: 1, generatedAt: signature.signedAt }),
    );
    expect(definition.pageSize).toBe('A4');
    expect(definition.language).toBe('en-GB');
  });

  it('carries metadata, DRAFT on every page and the running footer while a draft', () => {
    const report = buildReport(workbook, { version: 2, generatedAt: '2026-10-16T12:00:00Z' });
    const definition = reportDocument(report);
    expect(definition.info).toMatchObject({
      title: report.title,
      author: 'Amara Okafor',
      subject: expect.stringContaining('Northmoor Borough Council'),
      keywords: expect.stringContaining('ILACS'),
    });
    expect(definition.version).toBe('1.7');
    expect(definition.displayTitle).toBe(true);
    expect(texts(definition.header(3, 7))).toEqual(['DRAFT — not signed']);
    // The large DRAFT mark is drawn (not text) behind every page.
    const mark = definition.background?.(3, { width: 595.28, height: 841.89 });
    expect(mark !== undefined && 'canvas' in mark ? mark.canvas.length : 0).toBeGreaterThanOrEqual(
      5,
    );
    expect(texts(mark)).toEqual([]);
    expect(definition.pageBreakBefore).toBeUndefined();
    expect(texts(definition.header(3, 7))).toEqual(['DRAFT — not signed']);
    const footer = texts(definition.footer(3, 7));
    expect(footer).toEqual([report.title, report.dates, 'Page 3 of 7']);
    expect(
      definition.content.some(
        (c) => typeof c === 'object' && 'id' in c && c.id === SIGNATURE_BLOCK_ID,
      ),
    ).toBe(false);
  });

  it('drops DRAFT and ends with a visible signature block naming the signer and time once signed', () => {
    const report = buildReport(workbook, {
      version: 1,
      generatedAt: signature.signedAt,
      signature,
    });
    const definition = reportDocument(report);
    expect(definition.background).toBeUndefined();
    expect(texts(definition.header(1, 5))).toEqual(['']);
    const last = definition.content.at(-1);
    expect(last !== undefined && 'id' in last ? last.id : undefined).toBe(SIGNATURE_BLOCK_ID);
    const block = texts(last);
    expect(block).toContain('Signed by: Amara Okafor');
    expect(block).toContain('Date: 16 October 2026 at 14:05 UTC');
    expect(definition.info.author).toBe('Amara Okafor');
  });

  it('marks every page of a self-assessment', () => {
    const sa = demoWorkbook('self-assessment').workbook;
    const definition = reportDocument(
      buildReport(sa, { version: 1, generatedAt: signature.signedAt, signature }),
    );
    expect(texts(definition.header(2, 4))).toEqual(['Self-assessment — not an Ofsted inspection']);
  });

  it('keeps every heading on one page with the start of what follows it', () => {
    const report = buildReport(workbook, { version: 1, generatedAt: signature.signedAt });
    const definition = reportDocument(report);
    const headings = report.blocks.flatMap((b) => (b.kind === 'heading' ? [b.text] : []));
    const kept = definition.content.filter(
      (c) => 'unbreakable' in c && c.unbreakable && 'stack' in c,
    );
    // Each heading opens an unbreakable stack that holds more than headings.
    const opening = kept.map((c) => ('stack' in c ? texts(c.stack[0]) : []).join(''));
    for (const heading of headings) expect(opening.join('|')).toContain(heading);
    for (const c of kept) expect('stack' in c && c.stack.length).toBeGreaterThan(1);
  });

  it('moves the signature box whole to a new page only when it does not fit', () => {
    const definition = reportDocument(
      buildReport(workbook, { version: 1, generatedAt: signature.signedAt, signature }),
    );
    expect(
      definition.pageBreakBefore?.(
        { id: SIGNATURE_BLOCK_ID, ...at(700) },
        { getFollowingNodesOnPage: () => [] },
      ),
    ).toBe(true);
    expect(
      definition.pageBreakBefore?.(
        { id: SIGNATURE_BLOCK_ID, ...at(300) },
        { getFollowingNodesOnPage: () => [] },
      ),
    ).toBe(false);
    expect(
      definition.pageBreakBefore?.({ ...at(760) }, { getFollowingNodesOnPage: () => [] }),
    ).toBe(false);
  });
});
